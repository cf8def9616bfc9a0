import ArgumentParser
import Foundation
import SkepticKit
import SkepticLiveDatabase
import Synchronization

struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Audit a live PostgreSQL database's row-level security, grants and functions.",
        subcommands: [DatabaseAuditCommand.self])
}

struct DatabaseAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read a live database's policies, grants and functions (read-only) and run the database rules on them.",
        discussion: """
            Only catalog queries run, inside a READ ONLY transaction with a statement timeout; no
            table data is read. The password comes from the URL, PGPASSWORD or ~/.pgpass (PGPASSFILE)
            and is never printed. With --migrations, the live boundary is compared with the one the
            migrations define and every difference is reported (db-drift).

            Examples:
              PGPASSWORD=... skeptic db audit --url postgres://auditor@db.example.com:5432/app
              skeptic db audit --url "$DATABASE_URL" --migrations supabase/migrations --format sarif -o db.sarif
            """)

    @Option(name: .long, help: "postgres://user@host:port/database[?sslmode=...] (default: $SKEPTIC_DATABASE_URL).")
    var url: String?

    @Option(name: .long, help: ArgumentHelp("Compare with the migrations in this folder.", valueName: "dir"))
    var migrations: String?

    @Option(name: .long, help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .terminal

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("schema-out"), help: ArgumentHelp("Write the reconstructed boundary (the SQL the findings' lines refer to) to this file.", valueName: "file"))
    var schemaOutput: String?

    @Option(name: .customLong("statement-timeout"), help: "Seconds each catalog query may run (also the connect timeout).")
    var statementTimeout: Int = 10

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding has at least this severity.")
    var failOn: Severity = .low

    @Option(name: .customLong("config"), help: "Configuration file for the `database:` settings (default: ./.skeptic.yml when present).")
    var configPath: String?

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let configuration: Configuration
        do {
            if let configPath {
                guard let text = try? String(contentsOfFile: configPath, encoding: .utf8) else {
                    throw UsageFailure(description: "cannot read configuration file \(configPath)")
                }
                configuration = try Configuration.parse(text, path: configPath)
            } else {
                configuration = try Configuration.load(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            }
        } catch let error as ConfigurationError {
            throw UsageFailure(description: "configuration error: \(error)")
        }
        guard let url = url ?? ProcessInfo.processInfo.environment["SKEPTIC_DATABASE_URL"] else {
            throw UsageFailure(description: "db audit needs --url postgres://user@host:port/database (or SKEPTIC_DATABASE_URL)")
        }
        let settings: ConnectionSettings
        do { settings = try ConnectionSettings(url: url) } catch { throw UsageFailure(description: "\(error)") }

        var migrationFiles: [MigrationFile]?
        if let migrations {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: migrations, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw UsageFailure(description: "migrations folder not found: \(migrations)")
            }
            migrationFiles = try MigrationAnalysis.migrations(under: URL(fileURLWithPath: migrations), configuration: configuration)
        }
        let (allRules, errors) = RuleLoader.load(directories: try rules.directories(configured: configuration.ruleDirectories))
        let loaded = allRules.filter { !configuration.disabledRules.contains($0.id) }
        for error in errors { FileHandle.standardError.write(Data("skeptic: rule error: \(error)\n".utf8)) }

        FileHandle.standardError.write(Data("skeptic: reading the catalog of \(settings) (read-only transaction, statement_timeout \(statementTimeout)s)\n".utf8))
        let reader = CatalogReader(settings: settings, statementTimeoutSeconds: statementTimeout)
        let snapshot: CatalogSnapshot
        do {
            snapshot = try blocking { try await reader.read() }
        } catch {
            throw UsageFailure(description: "\(error)")
        }
        let result = LiveDatabaseAudit.audit(
            snapshot: snapshot, source: settings.description, rules: loaded, migrations: migrationFiles, statementTimeoutSeconds: reader.statementTimeoutSeconds,
            settings: configuration.database)
        if let schemaOutput {
            try writeOutput(result.schemaSQL, to: schemaOutput)
        }
        let useColour = output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let text = format.reporter(options: ReporterOptions(colour: useColour, failOn: failOn, showSuppressed: false)).render(result.report)
        if let output {
            try writeOutput(text, to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if result.report.activeFindings.contains(where: { $0.severity >= failOn }) { throw ExitCode(1) }
    }
}

/// Runs async work to completion from the synchronous command line.
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Mutex<Result<T, any Error>?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
        let result: Result<T, any Error>
        do { result = .success(try await work()) } catch { result = .failure(error) }
        outcome.withLock { $0 = result }
        done.signal()
    }
    done.wait()
    return try outcome.withLock { $0! }.get()
}
