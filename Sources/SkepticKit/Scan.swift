import Foundation
import Synchronization

/// What to scan and how.
public struct ScanRequest: Sendable {
    public var root: URL
    public var configuration: Configuration
    /// Rule folders: the bundled pack (unless disabled) plus the user's own.
    public var ruleDirectories: [URL]
    public var jobs: Int
    /// Where per-file results are kept between scans of the same root; nil scans everything afresh.
    public var cacheDirectory: URL?
    /// Files changed this recently before the scan are not cached (see FileStamp.isSettled).
    var cacheSettlingNanoseconds: Int64 = 2_000_000_000

    public init(root: URL, configuration: Configuration, ruleDirectories: [URL], jobs: Int = ProcessInfo.processInfo.activeProcessorCount, cacheDirectory: URL? = nil) {
        self.root = root
        self.configuration = configuration
        self.ruleDirectories = ruleDirectories
        self.jobs = max(1, jobs)
        self.cacheDirectory = cacheDirectory
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

        let scanStart = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        let discovered = try timed("discover") { try discover() }
        let languages = Set(discovered.files.map(\.language))

        // Files unchanged since the last scan under the same rules and settings keep their results.
        let cache = request.cacheDirectory.map { ScanCache(directory: $0, root: request.root) }
        let cacheKey = cache.map { _ in ScanCacheKey(ruleDirectories: request.ruleDirectories, configuration: configuration) }
        var previous: ScanCache.Contents?
        if let cache, let cacheKey { previous = timed("read cache") { cache.load(key: cacheKey) } }
        var stamps: [FileStamp?] = []
        var outcomes: [FileOutcome?] = []
        func reuse(_ previous: ScanCache.Contents?) {
            stamps = discovered.files.map { cache == nil ? nil : FileStamp(path: $0.absolutePath) }
            outcomes = discovered.files.indices.map { index in
                guard let entry = previous?.files[discovered.files[index].path], entry.stamp == stamps[index] else { return nil }
                return entry.outcome
            }
        }
        reuse(previous)

        var summary: ScanCache.RuleSummary
        var loadedRules: [Rule]
        var compiled: CompiledRuleSet?
        if let cached = previous?.rules, !outcomes.contains(where: { $0 == nil }), Set(cached.languages) == languages {
            // Everything is cached: the rules need loading (for the report) but not compiling.
            summary = cached
            let ruleIDs = Set(cached.ruleIDs)
            loadedRules = timed("load rules") { RuleLoader.load(directories: request.ruleDirectories).rules.filter { ruleIDs.contains($0.id) } }
        } else {
            let needed = Set(outcomes.indices.filter { outcomes[$0] == nil }.map { discovered.files[$0].language })
            let (ruleSet, fresh) = timed("compile rules") { compileRules(languages: languages, needed: needed, cached: previous?.rules) }
            if let cached = previous?.rules, cached.ruleIDs != fresh.ruleIDs || cached.ruleErrors != fresh.ruleErrors {
                // A rule that compiled before may fail for a language now present: start afresh.
                previous = nil
                reuse(nil)
            }
            summary = fresh
            loadedRules = ruleSet.rules
            compiled = ruleSet
            let missing = outcomes.indices.filter { outcomes[$0] == nil }
            let analysed = timed("parse and analyse") {
                FileAnalyser.analyseAll(missing.map { discovered.files[$0] }, ruleSet: ruleSet, configuration: configuration, jobs: request.jobs)
            }
            for (index, outcome) in zip(missing, analysed) { outcomes[index] = outcome }
        }
        // Every file has an outcome now, cached or fresh, in discovery order.
        let fileOutcomes = outcomes.compactMap { $0 }
        let reused = discovered.files.indices.filter { index in
            previous?.files[discovered.files[index].path].map { $0.stamp == stamps[index] } == true
        }
        let filesFromCache = reused.filter { fileOutcomes[$0].record.status.wasAnalysed }.count
        // Across files: calls of the project's own functions, judged by what those functions do.
        // Cached outcomes keep their sink summaries and undecided calls; only the files involved
        // are parsed again.
        // When no file changed, neither did what the pass found last time.
        let unchanged = reused.count == fileOutcomes.count && previous?.files.count == fileOutcomes.count
        let crossFile: [String: FileOutcome] = timed("across files") {
            if unchanged, let known = previous?.crossFile { return known }
            return crossFilePass(discovered.files, outcomes: fileOutcomes, rules: loadedRules, compiled: compiled, configuration: configuration)
        }
        let reported = fileOutcomes.map { crossFile[$0.record.path] ?? $0 }
        var findings = timed("findings") { collectFindings(reported) }
        // The database boundary spans files: migrations are replayed in order, every scan (the
        // SQL is small; its per-file parse results are cached above).
        let databaseFindings = timed("database policies") {
            MigrationAnalysis.findings(
                sqlFiles: discovered.files.filter { $0.language == .sql }, rules: loadedRules, configuration: configuration)
        }
        if !databaseFindings.isEmpty {
            findings = (findings + databaseFindings.filter { $0.confidence >= configuration.minimumConfidence }).sorted(by: Finding.reportOrder)
        }

        if let cache, let cacheKey, reused.count < fileOutcomes.count || previous?.files.count != fileOutcomes.count {
            timed("write cache") {
                var entries: [String: ScanCache.Entry] = [:]
                for (index, outcome) in fileOutcomes.enumerated() {
                    guard let stamp = stamps[index], stamp.isSettled(before: scanStart, margin: request.cacheSettlingNanoseconds), ScanCache.isReusable(outcome) else { continue }
                    entries[discovered.files[index].path] = ScanCache.Entry(stamp: stamp, outcome: outcome)
                }
                // The pass's results hold for the next scan only if it finds every file as cached here.
                let complete = entries.count == fileOutcomes.count
                cache.save(ScanCache.Contents(
                    format: ScanCache.Contents.currentFormat, root: cache.root, key: cacheKey, files: entries, rules: summary,
                    crossFile: complete ? crossFile : nil))
            }
        }

        let records = (reported.map(\.record) + discovered.skipped).sorted { $0.path < $1.path }
        return ScanReport(
            root: request.root.path,
            findings: findings,
            files: records,
            rulesRun: loadedRules.map(\.id) + BuiltinRules.all.map(\.id),
            rules: loadedRules + BuiltinRules.all,
            rulesByLanguage: summary.rulesByLanguage,
            ruleErrors: summary.ruleErrors,
            timings: timings,
            filesFromCache: filesFromCache,
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

    /// The rules compiled for the files still to analyse, and what the report says of them.
    /// When the cached scan compiled the same rule files for the same languages without losing
    /// a rule, only the languages `needed` now are compiled; otherwise every language present.
    private func compileRules(languages: Set<Language>, needed: Set<Language>, cached: ScanCache.RuleSummary?) -> (CompiledRuleSet, ScanCache.RuleSummary) {
        if let cached, Set(cached.languages) == languages {
            let ruleIDs = Set(cached.ruleIDs)
            let rules = RuleLoader.load(directories: request.ruleDirectories).rules.filter { ruleIDs.contains($0.id) }
            let (ruleSet, errors) = CompiledRuleSet.compile(rules, languages: needed)
            if errors.isEmpty, ruleSet.rules.map(\.id) == cached.ruleIDs { return (ruleSet, cached) }
        }
        let (ruleSet, ruleErrors) = loadRules(languages: languages)
        let summary = ScanCache.RuleSummary(
            languages: languages.sorted(), ruleIDs: ruleSet.rules.map(\.id),
            rulesByLanguage: Dictionary(uniqueKeysWithValues: Language.allCases.compactMap { language in
                let builtin = BuiltinRules.secretRules.filter {
                    $0.languages.contains(language) && !request.configuration.disabledRules.contains($0.id)
                }
                let ids = ruleSet.ruleIDs(for: language) + builtin.map(\.id)
                return ids.isEmpty ? nil : (language.rawValue, ids)
            }),
            ruleErrors: ruleErrors.map(\.description))
        return (ruleSet, summary)
    }

    /// Judges calls into the project's own functions. The functions that callers could not judge
    /// alone are summarised where they are defined (and the functions whose results those return,
    /// a few hops); then files with a condition such a summary decides are analysed again, and
    /// files that may call a function which hands a parameter to a sink have those calls checked.
    /// Every other file keeps its outcome.
    /// Returns the outcomes it changed, by path.
    func crossFilePass(
        _ files: [DiscoveredFile], outcomes: [FileOutcome], rules: [Rule], compiled: CompiledRuleSet?, configuration: Configuration
    ) -> [String: FileOutcome] {
        let analysable = files.indices.filter { index in
            (files[index].language == .python || files[index].language.family == "javascript") && outcomes[index].record.status.wasAnalysed
        }
        let sinks = analysable.compactMap { index in outcomes[index].summaries.map { (files[index].path, $0) } }
        let hasUnresolved = analysable.contains { !outcomes[$0].unresolvedCallees.isEmpty }
        guard !sinks.isEmpty || hasUnresolved else { return [:] }
        var ruleSetForPass: CompiledRuleSet?
        func ruleSet() -> CompiledRuleSet {
            if let ruleSetForPass { return ruleSetForPass }
            let made = compiled ?? CompiledRuleSet.compile(rules, languages: Set(analysable.map { files[$0].language })).0
            ruleSetForPass = made
            return made
        }

        // Functions imported from other files, summarised where they are defined: files named like
        // the module. A file is read for the functions a condition wanted a built string from, or
        // when its text has a match for a wanted `bound-regex` pattern at all.
        let byStem = Dictionary(grouping: analysable, by: { ProjectSummaries.fileStem(files[$0].path) })
        let patterns = Dictionary(
            rules.flatMap { $0.patterns.flatMap(\.conditions) }.compactMap { condition -> (String, RegexPattern)? in
                if case .boundRegex(let regex) = condition.test { return (regex.fingerprint, regex) } else { return nil }
            }, uniquingKeysWith: { first, _ in first })
        var requested: [Int: [String: Set<String>]] = [:]
        var asked: [Int: [String: Set<String>]] = [:]
        func ask(_ call: UnresolvedCall) {
            guard let module = call.callee.module else { return }
            for target in byStem[ProjectSummaries.moduleStem(module)] ?? [] where !(asked[target]?[call.callee.name]?.contains(call.wants) ?? false) {
                requested[target, default: [:]][call.callee.name, default: []].insert(call.wants)
            }
        }
        for index in analysable { outcomes[index].unresolvedCallees.forEach(ask) }
        var returns: [Int: [ReturnSummary]] = [:]
        for _ in 0..<3 where !requested.isEmpty {
            var work: [(Int, [String: Set<String>])] = []
            for (index, wanted) in requested.sorted(by: { $0.key < $1.key }) {
                for (name, wants) in wanted { asked[index, default: [:]][name, default: []].formUnion(wants) }
                let regexWants = Set(wanted.values.joined()).subtracting([UnresolvedCall.built]).compactMap { patterns[$0] }
                if wanted.values.contains(where: { $0.contains(UnresolvedCall.built) }) || Self.anyLine(of: files[index], configuration: configuration, matches: regexWants) {
                    work.append((index, wanted))
                }
            }
            requested = [:]
            let summarised = FileAnalyser.analyseAll(
                work.map { (files[$0.0], FileAnalyser.Pass.returns(of: Set($0.1.keys))) }, ruleSet: ruleSet(), configuration: configuration, jobs: request.jobs)
            for ((index, wanted), outcome) in zip(work, summarised) {
                let found = outcome.summaries?.returns ?? []
                returns[index, default: []] += found
                for summary in found {
                    for callee in summary.returnsResultsOf {
                        for wants in wanted[summary.function] ?? [] {
                            // A callee of the same file keeps the module the caller imported it from.
                            ask(UnresolvedCall(callee: callee.module == nil ? CalleeReference(name: callee.name, module: files[index].path) : callee, wants: wants))
                        }
                    }
                }
            }
        }
        let returnSummaries = returns.map { (files[$0.key].path, FileSummaries(returns: $0.value)) }
        let project = ProjectSummaries(sinks + returnSummaries)
        guard !project.isEmpty else { return [:] }

        let hasSinks = !project.sinkFunctionNames.isEmpty
        var again: [Int] = []
        var callSitesOnly: [Int] = []
        for index in analysable {
            let file = files[index]
            if outcomes[index].unresolvedCallees.contains(where: { project.decides($0, from: file.path) }) {
                again.append(index)
            } else if hasSinks, case .success(let bytes) = SafeFileReader.read(file.absolutePath, limit: configuration.maximumFileSize),
                !project.sinkCalls(in: bytes, path: file.path).isEmpty {
                callSitesOnly.append(index)
            }
        }
        guard !again.isEmpty || !callSitesOnly.isEmpty else { return [:] }
        var changed: [String: FileOutcome] = [:]
        let reanalysed = Set(again)
        let analysed = FileAnalyser.analyseAll(
            again.map { (files[$0], FileAnalyser.Pass.withProject(project)) } + callSitesOnly.map { (files[$0], FileAnalyser.Pass.callSitesOnly(project)) },
            ruleSet: ruleSet(), configuration: configuration, jobs: request.jobs)
        for (index, outcome) in zip(again + callSitesOnly, analysed) where outcome.record.status.wasAnalysed {
            if reanalysed.contains(index) {
                changed[files[index].path] = outcome
            } else {
                var merged = outcomes[index]
                let reported = Set(merged.findings.map { "\($0.ruleID)@\($0.range.start)" })
                let added = outcome.findings.filter { !reported.contains("\($0.ruleID)@\($0.range.start)") }
                guard !added.isEmpty else { continue }
                merged.findings += added
                changed[files[index].path] = merged
            }
        }
        return changed
    }

    /// Whether some line of the file has a match for one of `patterns` (lines bound the work a
    /// pattern with `[\\s\\S]*` can do).
    static func anyLine(of file: DiscoveredFile, configuration: Configuration, matches patterns: [RegexPattern]) -> Bool {
        guard !patterns.isEmpty, case .success(let bytes) = SafeFileReader.read(file.absolutePath, limit: configuration.maximumFileSize) else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: true).contains { line in
            patterns.contains { $0.matches(String(line)) }
        }
    }

    /// Applies project-wide conditions and the confidence floor, in report order.
    func collectFindings(_ outcomes: [FileOutcome]) -> [Finding] {
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
