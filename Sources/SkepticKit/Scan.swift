import Foundation
import Synchronization

/// What to scan and how.
public struct ScanRequest: Sendable {
    public var root: URL
    public var configuration: Configuration
    /// Rule folders: the bundled pack (unless disabled) plus the user's own.
    public var ruleDirectories: [URL]
    public var jobs: Int

    public init(root: URL, configuration: Configuration, ruleDirectories: [URL], jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.root = root
        self.configuration = configuration
        self.ruleDirectories = ruleDirectories
        self.jobs = max(1, jobs)
    }
}

/// Rule files that could not be used. A scan goes on without them and its report says so.
public struct ScanWarnings: Sendable {
    public var ruleErrors: [RuleLoadError] = []
}

/// The whole pipeline: discover → parse → facts → analyses → findings. Reporters take the result.
public struct Scan {
    public var request: ScanRequest

    public init(request: ScanRequest) { self.request = request }

    public func perform() throws -> ScanReport {
        var timings: [StageTiming] = []
        func timed<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
            let start = Date()
            defer { timings.append(StageTiming(stage: stage, seconds: Date().timeIntervalSince(start))) }
            return try work()
        }
        let configuration = request.configuration

        let discovered = try timed("discover") { try discover() }
        let languages = Set(discovered.files.map(\.language))
        let (ruleSet, ruleErrors) = timed("compile rules") { loadRules(languages: languages) }
        let outcomes = timed("parse and analyse") {
            FileAnalyser.analyseAll(discovered.files, ruleSet: ruleSet, configuration: configuration, jobs: request.jobs)
        }
        let findings = timed("findings") { collectFindings(outcomes, ruleSet: ruleSet) }

        let records = (outcomes.map(\.record) + discovered.skipped).sorted { $0.path < $1.path }
        return ScanReport(
            root: request.root.path,
            findings: findings,
            files: records,
            rulesRun: ruleSet.rules.map(\.id) + BuiltinRules.all.map(\.id),
            rules: ruleSet.rules + BuiltinRules.all,
            rulesByLanguage: Dictionary(uniqueKeysWithValues: Language.allCases.compactMap { language in
                let ids = ruleSet.ruleIDs(for: language)
                return ids.isEmpty ? nil : (language.rawValue, ids)
            }),
            ruleErrors: ruleErrors.map(\.description),
            timings: timings,
            configurationFile: configuration.sourcePath.map { path in
                path.hasPrefix(request.root.path + "/") ? String(path.dropFirst(request.root.path.count + 1)) : path
            },
            disabledRules: configuration.disabledRules.sorted(),
            excludePatterns: configuration.excludes)
    }

    public func discover() throws -> (files: [DiscoveredFile], skipped: [FileRecord]) {
        let configuration = request.configuration
        let excludes = configuration.excludes.compactMap { try? Glob($0) }
        var discovery = FileDiscovery(root: request.root, excludes: excludes, maximumFileSize: configuration.maximumFileSize)
        discovery.includeVendored = configuration.includeVendored
        return try discovery.discover()
    }

    /// Loads the rules and compiles them for the languages present (all when nil).
    public func loadRules(languages: Set<Language>? = nil) -> (CompiledRuleSet, [RuleLoadError]) {
        let loaded = RuleLoader.load(directories: request.ruleDirectories)
        let enabled = loaded.rules.filter { !request.configuration.disabledRules.contains($0.id) }
        let (ruleSet, compileErrors) = CompiledRuleSet.compile(enabled, languages: languages)
        return (ruleSet, loaded.errors + compileErrors)
    }

    /// Applies project-wide conditions and the confidence floor, in report order.
    func collectFindings(_ outcomes: [FileOutcome], ruleSet: CompiledRuleSet) -> [Finding] {
        let witnessed = outcomes.reduce(into: Set<String>()) { $0.formUnion($1.projectWitnesses) }
        return outcomes.flatMap(\.findings)
            .filter { !witnessed.contains($0.ruleID) && $0.confidence >= request.configuration.minimumConfidence }
            .sorted(by: Finding.reportOrder)
    }
}

public struct StageTiming: Codable, Sendable {
    public var stage: String
    public var seconds: Double
}
