import Foundation
import Yams

/// Settings for a scan. `.skeptic.yml` at the scan root maps onto this type and command-line
/// flags override it, so the two cannot drift: the CLI's defaults are these defaults.
public struct Configuration: Sendable {
    public var excludes: [String] = []
    /// Extra rule folders, relative to the configuration file or absolute.
    public var ruleDirectories: [String] = []
    public var disabledRules: Set<String> = []
    public var failOn: Severity = .low
    public var minimumConfidence: Confidence = .low
    public var maximumFileSize: Int = 1_048_576
    /// Parsing and matching of one file stop after this long; the file is reported as timed out.
    public var fileTimeoutSeconds: Double = 10
    public var includeVendored = false
    public var requireComplete = false
    /// How to read the database boundary (`database:`).
    public var database = DatabaseSettings()

    public init() {}

    public static let fileName = ".skeptic.yml"
    static let maximumAllowedFileSize = 64 * 1_048_576
    static let maximumAllowedTimeout = 600.0
    /// Where the settings came from, for the report (nil: defaults and flags only).
    public var sourcePath: String?

    /// Reads `.skeptic.yml` from `root` when present.
    public static func load(root: URL) throws -> Configuration {
        let file = root.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: file.path) else { return Configuration() }
        guard let text = SafeFileReader.text(file.path, limit: 1_048_576) else {
            throw ConfigurationError(path: file.path, line: 1, message: "cannot read: not a regular file, or over 1 MiB")
        }
        return try parse(text, path: file.path)
    }

    public static func parse(_ text: String, path: String) throws -> Configuration {
        var configuration = Configuration()
        configuration.sourcePath = path
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else { return configuration }
            root = composed
        } catch let error as YamlError {
            throw ConfigurationError(path: path, line: yamlErrorLine(error), message: "invalid YAML: \(yamlErrorProblem(error))")
        }
        do {
            let map = try YAMLMapping(node: root, path: path).requireMapping()
            try map.rejectUnknownKeys(["exclude", "rules", "disable", "fail-on", "min-confidence", "max-file-size", "file-timeout", "include-vendored", "require-complete", "database"])
            configuration.excludes = try map.optionalStringList("exclude")
            for pattern in configuration.excludes where (try? Glob(pattern)) == nil {
                throw map.error(at: "exclude", "invalid glob '\(pattern)'")
            }
            configuration.ruleDirectories = try map.optionalStringList("rules").map { directory in
                directory.hasPrefix("/") ? directory : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(directory)
            }
            configuration.disabledRules = Set(try map.optionalStringList("disable"))
            if map.optional("fail-on") != nil { configuration.failOn = try map.enumValue("fail-on") }
            if map.optional("min-confidence") != nil { configuration.minimumConfidence = try map.enumValue("min-confidence") }
            // The file may come from the repository being scanned: bound what it can ask for.
            if let size = try map.optionalNumber("max-file-size") {
                guard size.isFinite, size >= 1, size <= Double(maximumAllowedFileSize), size == size.rounded() else {
                    throw map.error(at: "max-file-size", "'max-file-size' must be a whole number of bytes from 1 to \(maximumAllowedFileSize)")
                }
                configuration.maximumFileSize = Int(size)
            }
            if let timeout = try map.optionalNumber("file-timeout") {
                guard timeout.isFinite, timeout > 0, timeout <= maximumAllowedTimeout else {
                    throw map.error(at: "file-timeout", "'file-timeout' must be a number of seconds above 0 and at most \(Int(maximumAllowedTimeout))")
                }
                configuration.fileTimeoutSeconds = timeout
            }
            configuration.includeVendored = try map.optionalBool("include-vendored") ?? false
            configuration.requireComplete = try map.optionalBool("require-complete") ?? false
            if let database = try map.optionalMapping("database") { configuration.database = try DatabaseSettings.parse(database) }
        } catch let error as RuleLoadError {
            throw ConfigurationError(path: error.location.path, line: error.location.line, message: error.message)
        }
        return configuration
    }
}

public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var line: Int
    public var message: String
    public var description: String { "\(path):\(line): \(message)" }
}

/// `database:` in `.skeptic.yml`: which schemas an API serves, which roles the application
/// connects as, and what the data is when names and comments do not say it (or say it wrongly).
///
/// ```yaml
/// database:
///   exposed-schemas: [public, api]
///   app-roles: [journal_app]
///   sensitivity:
///     public.audit_log: none
///     public.profiles.bio: free-text
///     public.sessions: health
/// ```
public struct DatabaseSettings: Sendable, Hashable {
    public var exposedSchemas: Set<String> = MigrationReplay.defaultExposedSchemas
    /// `schema.table` or `schema.table.column` (unqualified tables are in `public`) → class.
    public var sensitivity: [String: DataSensitivity] = [:]
    /// Roles the application's own server code connects as (the user in its DATABASE_URL).
    public var appRoles: Set<String> = []

    public init() {}

    static func parse(_ map: YAMLMapping.Map) throws -> DatabaseSettings {
        try map.rejectUnknownKeys(["exposed-schemas", "sensitivity", "app-roles"])
        var settings = DatabaseSettings()
        if map.optional("exposed-schemas") != nil { settings.exposedSchemas = Set(try map.stringList("exposed-schemas").map { $0.lowercased() }) }
        if map.optional("app-roles") != nil { settings.appRoles = Set(try map.stringList("app-roles").map { $0.lowercased() }) }
        if let overrides = try map.optionalMapping("sensitivity") {
            for entry in overrides.entries {
                let text = try entry.value.requireScalar()
                guard let level = DataSensitivity(configurationName: text) else {
                    throw overrides.error(at: entry.key, "'\(text)' is not a sensitivity (expected one of: \(DataSensitivity.configurationNames.joined(separator: ", ")))")
                }
                let parts = entry.key.lowercased().split(separator: ".").map(String.init)
                guard (1...3).contains(parts.count) else { throw overrides.error(at: entry.key, "expected schema.table or schema.table.column") }
                settings.sensitivity[(parts.count == 1 ? ["public"] + parts : parts).joined(separator: ".")] = level
            }
        }
        return settings
    }
}
