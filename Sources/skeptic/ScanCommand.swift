import ArgumentParser
import Foundation
import SkepticKit

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension Confidence: ExpressibleByArgument {}

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan a folder or file and report findings (the default command).",
        discussion: """
            Settings come from .skeptic.yml at the scan root; flags override them.

            Results of files unchanged since the last scan of the same folder, under the same
            rules, settings and Skeptic build, are reused from a cache outside the scanned tree.

            Examples:
              skeptic scan .                                   # terminal report
              skeptic scan app --format sarif -o app.sarif     # for GitHub code scanning
              skeptic scan . --fail-on high --require-complete # CI gate
            """)

    enum ColourChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Argument(help: "Folder or file to scan.")
    var path: String = "."

    @Option(name: .long, help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .terminal

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding has at least this severity (default: low, or .skeptic.yml).")
    var failOn: Severity?

    @Option(name: .customLong("min-confidence"), help: "Drop findings below this confidence (default: low).")
    var minimumConfidence: Confidence?

    @Flag(name: .customLong("require-complete"), help: "Fail (exit 1) when any file could not be fully analysed.")
    var requireComplete = false

    @Option(name: .long, help: ArgumentHelp("Exclude paths matching this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Flag(name: .customLong("no-config"), help: "Ignore the scanned tree's .skeptic.yml (for reviewing untrusted repositories).")
    var ignoreConfiguration = false

    @Option(name: .customLong("config"), help: "Configuration file (default: <path>/.skeptic.yml).")
    var configPath: String?

    @Option(name: [.short, .long], help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(name: .customLong("no-cache"), help: "Analyse every file afresh and leave the cache alone.")
    var noCache = false

    @Option(name: .customLong("cache-dir"), help: ArgumentHelp("Keep per-file results here between scans (default: $SKEPTIC_CACHE_DIR, else ~/.cache/skeptic/scans).", valueName: "dir"))
    var cacheDirectory: String?

    @Flag(name: .customLong("show-suppressed"), help: "Show suppressed findings in the terminal report.")
    var showSuppressed = false

    @Option(name: .customLong("color"), help: "Colour: auto, always, never.")
    var colour: ColourChoice = .auto

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let root = URL(fileURLWithPath: path)
        var configuration = try loadConfiguration(root: root)
        configuration.excludes += exclude
        if let failOn { configuration.failOn = failOn }
        if let minimumConfidence { configuration.minimumConfidence = minimumConfidence }
        if requireComplete { configuration.requireComplete = true }

        let request = ScanRequest(
            root: root, configuration: configuration,
            ruleDirectories: try rules.directories(configured: configuration.ruleDirectories),
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            cacheDirectory: noCache ? nil : cacheDirectory.map { URL(fileURLWithPath: $0) } ?? ScanCache.defaultDirectory())
        let report: ScanReport
        do {
            report = try Scan(request: request).perform()
        } catch {
            throw UsageFailure(description: "\(error)")
        }

        let useColour: Bool
        switch colour {
        case .always: useColour = true
        case .never: useColour = false
        case .auto: useColour = output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
        let options = ReporterOptions(colour: useColour, failOn: configuration.failOn, showSuppressed: showSuppressed)
        let text = format.reporter(options: options).render(report)
        if let output {
            try writeOutput(text, to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        for error in report.ruleErrors where format != .terminal {
            FileHandle.standardError.write(Data("skeptic: rule error: \(TerminalReporter.inert(error))\n".utf8))
        }

        let failing = report.activeFindings.contains { $0.severity >= configuration.failOn }
        if failing { throw ExitCode(1) }
        if configuration.requireComplete, report.coverage.isIncomplete {
            FileHandle.standardError.write(Data("skeptic: --require-complete: some files or rules were not fully used (see the report)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func loadConfiguration(root: URL) throws -> Configuration {
        if ignoreConfiguration, configPath == nil { return Configuration() }
        do {
            if let configPath {
                guard let text = try? String(contentsOfFile: configPath, encoding: .utf8) else {
                    throw UsageFailure(description: "cannot read configuration file \(configPath)")
                }
                return try Configuration.parse(text, path: configPath)
            }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory)
            return try Configuration.load(root: isDirectory.boolValue ? root : root.deletingLastPathComponent())
        } catch let error as ConfigurationError {
            throw UsageFailure(description: "configuration error: \(error)")
        }
    }
}
