import Foundation
import Yams

/// A rule file that cannot be used, with the file and line at fault.
public struct RuleLoadError: Error, CustomStringConvertible, Sendable {
    public var location: SourceLocation
    public var message: String
    public var description: String { "\(location): \(message)" }
}

/// Reads rule files: one rule per file, or several under a top-level `rules:` list.
public enum RuleLoader {
    public static let ruleFileExtensions: Set<String> = ["yaml", "yml"]

    /// Every rule file below `directory`, in a stable order.
    public static func ruleFiles(in directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where ruleFileExtensions.contains(url.pathExtension.lowercased()) {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Loads all rules below the directories; errors are collected so one bad file spoils nothing else.
    public static func load(directories: [URL]) -> (rules: [Rule], errors: [RuleLoadError]) {
        var rules: [Rule] = []
        var errors: [RuleLoadError] = []
        // Built-in rule ids are taken: a rule pack may not shadow them.
        var seen = Dictionary(uniqueKeysWithValues: BuiltinRules.all.map { ($0.id, $0.origin) })
        for file in directories.flatMap(ruleFiles(in:)) {
            do {
                for rule in try load(file: file) {
                    if let first = seen[rule.id] {
                        errors.append(RuleLoadError(location: rule.origin, message: "duplicate rule id '\(rule.id)' (first defined at \(first))"))
                        continue
                    }
                    seen[rule.id] = rule.origin
                    rules.append(rule)
                }
            } catch let error as RuleLoadError {
                errors.append(error)
            } catch {
                errors.append(RuleLoadError(location: SourceLocation(path: file.path, line: 1), message: "\(error)"))
            }
        }
        return (rules, errors)
    }

    public static func load(file: URL) throws -> [Rule] {
        // Rule folders can be named by the scanned repository's configuration: read defensively.
        guard let text = SafeFileReader.text(file.path) else {
            throw RuleLoadError(location: SourceLocation(path: file.path, line: 1), message: "cannot read rule file: not a regular file, or over 1 MiB")
        }
        return try load(yaml: text, path: file.path)
    }

    public static func load(yaml text: String, path: String) throws -> [Rule] {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw RuleLoadError(location: SourceLocation(path: path, line: 1), message: "empty rule file")
            }
            root = composed
        } catch let error as YamlError {
            throw RuleLoadError(location: SourceLocation(path: path, line: yamlErrorLine(error)), message: "invalid YAML: \(yamlErrorProblem(error))")
        }
        let document = YAMLMapping(node: root, path: path)
        let top = try document.requireMapping()
        if let list = top.optional("rules") {
            return try list.requireSequence().map { try parseRule($0.requireMapping()) }
        }
        return [try parseRule(top)]
    }

    private static let idShape = try! RegexPattern("^[a-z0-9]+(-[a-z0-9]+)*$")
    private static let cweShape = try! RegexPattern("^CWE-[0-9]+(: .+)?$")
    private static let owaspShape = try! RegexPattern("^A[0-9]{2}:20[0-9]{2}( - .+)?$")

    static func parseRule(_ map: YAMLMapping.Map) throws -> Rule {
        let allowed: Set<String> = [
            "id", "title", "languages", "severity", "confidence", "likelihood", "impact", "category", "cwe", "owasp",
            "message", "fix", "references", "docs", "match", "check", "unless-file-has", "unless-project-has", "mask", "paths",
        ]
        try map.rejectUnknownKeys(allowed)
        let id = try map.string("id")
        guard idShape.matches(id) else { throw map.error(at: "id", "rule id '\(id)' must be lowercase words joined by '-'") }
        let languages = try map.stringList("languages").enumerated().map { index, name in
            guard let language = Language(ruleName: name) else {
                throw map.error(at: "languages", "unknown language '\(name)' (known: \(Language.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return language
        }
        guard !languages.isEmpty else { throw map.error(at: "languages", "a rule needs at least one language") }
        let cwe = try map.stringList("cwe")
        guard !cwe.isEmpty else { throw map.error(at: "cwe", "a rule needs at least one CWE") }
        for entry in cwe where !cweShape.matches(entry) {
            throw map.error(at: "cwe", "'\(entry)' is not of the form 'CWE-89: Name'")
        }
        let owasp = try map.stringList("owasp")
        guard !owasp.isEmpty else { throw map.error(at: "owasp", "a rule needs at least one OWASP category") }
        for entry in owasp where !owaspShape.matches(entry) {
            throw map.error(at: "owasp", "'\(entry)' is not of the form 'A03:2021 - Injection'")
        }
        let references = try map.stringList("references")
        guard !references.isEmpty else { throw map.error(at: "references", "a rule needs at least one reference") }
        let docsMap = try map.mapping("docs")
        try docsMap.rejectUnknownKeys(["what", "why", "example", "fix"])
        let docs = RuleDocs(
            what: try docsMap.string("what"), why: try docsMap.string("why"),
            example: try docsMap.string("example"), fix: try docsMap.string("fix"))

        // A rule either matches queries or names a native check (`check: rls-public-read`).
        var check: DatabaseCheck?
        var patterns: [RulePattern] = []
        if let name = try map.optionalString("check") {
            guard map.optional("match") == nil else { throw map.error(at: "check", "a rule has either 'match' or 'check', not both") }
            guard let known = DatabaseCheck(rawValue: name) else {
                throw map.error(at: "check", "unknown check '\(name)' (known: \(DatabaseCheck.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            check = known
        } else {
            let matchNode = try map.require("match")
            let patternMaps = try matchNode.isSequence ? matchNode.requireSequence().map { try $0.requireMapping() } : [matchNode.requireMapping()]
            guard !patternMaps.isEmpty else { throw map.error(at: "match", "a rule needs at least one pattern") }
            patterns = try patternMaps.map(parsePattern)
        }

        let paths = try pathFilter(map) ?? PathFilter()

        return Rule(
            id: id,
            title: try map.string("title"),
            languages: languages,
            severity: try map.enumValue("severity"),
            confidence: try map.enumValue("confidence"),
            likelihood: try map.enumValue("likelihood"),
            impact: try map.enumValue("impact"),
            category: try map.string("category"),
            cwe: cwe,
            owasp: owasp,
            message: try map.string("message"),
            fix: try map.string("fix"),
            references: references,
            docs: docs,
            patterns: patterns,
            check: check,
            unlessFileHas: try map.queries("unless-file-has"),
            unlessProjectHas: try map.queries("unless-project-has"),
            maskCapture: try map.optionalString("mask"),
            paths: paths,
            origin: map.location)
    }

    /// `paths: {include: [...], exclude: [...], skip-tests: true}`, of a rule or of one pattern.
    private static func pathFilter(_ map: YAMLMapping.Map) throws -> PathFilter? {
        guard let pathsMap = try map.optionalMapping("paths") else { return nil }
        var paths = PathFilter()
        try pathsMap.rejectUnknownKeys(["include", "exclude", "skip-tests"])
        paths.include = try pathsMap.optionalStringList("include").map { try glob($0, pathsMap, "include") }
        paths.exclude = try pathsMap.optionalStringList("exclude").map { try glob($0, pathsMap, "exclude") }
        paths.skipTests = try pathsMap.optionalBool("skip-tests") ?? false
        return paths
    }

    private static func glob(_ pattern: String, _ map: YAMLMapping.Map, _ key: String) throws -> Glob {
        do { return try Glob(pattern) } catch { throw map.error(at: key, "invalid glob '\(pattern)'") }
    }

    static func parsePattern(_ map: YAMLMapping.Map) throws -> RulePattern {
        try map.rejectUnknownKeys(["query", "where", "inside", "not-inside", "focus", "report-at", "paths"])
        guard let query = try map.queries("query").first else { throw map.error(at: "query", "missing 'query'") }
        var conditions: [CaptureCondition] = []
        if let whereNode = map.optional("where") {
            for entry in try whereNode.requireSequence() {
                conditions += try parseConditions(entry.requireMapping())
            }
        }
        return RulePattern(
            query: query,
            conditions: conditions,
            inside: try map.queries("inside"),
            notInside: try map.queries("not-inside"),
            focus: try map.optionalString("focus"),
            reportAtDefinition: try reportAt(map) == "definition",
            paths: try pathFilter(map))
    }

    private static func reportAt(_ map: YAMLMapping.Map) throws -> String {
        let value = try map.optionalString("report-at") ?? "use"
        guard ["use", "definition"].contains(value) else {
            throw map.error(at: "report-at", "'report-at' is 'use' or 'definition', not '\(value)'")
        }
        return value
    }

    static func parseConditions(_ map: YAMLMapping.Map) throws -> [CaptureCondition] {
        try map.rejectUnknownKeys([
            "capture", "regex", "not-regex", "in", "not-in", "kind", "not-kind", "value", "sanitizers",
            "number-below", "duration-over", "lacks-keys", "has-keys", "secret", "imported-from",
            "bound-regex",
        ])
        let capture = try map.string("capture")
        var tests: [CaptureCondition.Test] = []
        func regex(_ key: String) throws -> RegexPattern? {
            guard let source = try map.optionalString(key) else { return nil }
            do { return try RegexPattern(source) } catch { throw map.error(at: key, "invalid regular expression '\(source)'") }
        }
        if let pattern = try regex("regex") { tests.append(.regex(pattern, negated: false)) }
        if let pattern = try regex("not-regex") { tests.append(.regex(pattern, negated: true)) }
        if map.optional("in") != nil { tests.append(.oneOf(Set(try map.stringList("in")), negated: false)) }
        if map.optional("not-in") != nil { tests.append(.oneOf(Set(try map.stringList("not-in")), negated: true)) }
        if map.optional("kind") != nil { tests.append(.kind(Set(try map.stringList("kind")), negated: false)) }
        if map.optional("not-kind") != nil { tests.append(.kind(Set(try map.stringList("not-kind")), negated: true)) }
        if map.optional("value") != nil {
            tests.append(.value(try map.enumValue("value"), sanitizers: Set(try map.optionalStringList("sanitizers"))))
        } else if map.optional("sanitizers") != nil {
            throw map.error(at: "sanitizers", "'sanitizers' only applies together with 'value'")
        }
        if let limit = try map.optionalNumber("number-below") { tests.append(.numberBelow(limit)) }
        if let duration = try map.optionalString("duration-over") {
            guard let seconds = DurationParser.seconds(fromText: duration) else {
                throw map.error(at: "duration-over", "'\(duration)' is not a duration such as 7d, 12h or 3600")
            }
            tests.append(.durationOver(seconds: seconds))
        }
        if map.optional("lacks-keys") != nil { tests.append(.lacksKeys(try map.stringList("lacks-keys"))) }
        if map.optional("has-keys") != nil { tests.append(.hasKeys(try map.stringList("has-keys"))) }
        if map.optional("secret") != nil { tests.append(.secret(try map.enumValue("secret"))) }
        if map.optional("imported-from") != nil { tests.append(.importedFrom(try map.stringList("imported-from"))) }
        if let pattern = try regex("bound-regex") { tests.append(.boundRegex(pattern)) }
        guard !tests.isEmpty else { throw map.error(at: "capture", "a condition on @\(capture) needs a test (regex, in, value, ...)") }
        return tests.map { CaptureCondition(capture: capture, test: $0) }
    }
}
