import Foundation
import Synchronization

/// What analysing one file produced.
struct FileOutcome: Codable, Sendable {
    var record: FileRecord
    var findings: [Finding] = []
    var projectWitnesses: Set<String> = []
    /// What the file's functions tell its callers (nil when nothing).
    var summaries: FileSummaries?
    /// Called functions whose summaries could change a finding here.
    var unresolvedCallees: [UnresolvedCall] = []
}

/// Reads, parses and runs the rules on each file, in parallel on all cores. Each worker owns
/// its parser and query cursor; compiled queries are shared read-only.
enum FileAnalyser {
    /// Without `project`, each file is analysed on its own and its function summaries gathered;
    /// with it, calls into the rest of the project are judged by their summaries too.
    static func analyseAll(
        _ files: [DiscoveredFile], ruleSet: CompiledRuleSet, configuration: Configuration, jobs: Int, pass: Pass = .standalone
    ) -> [FileOutcome] {
        analyseAll(files.map { ($0, pass) }, ruleSet: ruleSet, configuration: configuration, jobs: jobs)
    }

    /// What an analysis of a file is for.
    enum Pass: Sendable {
        /// The file on its own: findings, and summaries of the functions it hands to sinks.
        case standalone
        /// Again, with what the project's functions do.
        case withProject(ProjectSummaries)
        /// Only the calls of the project's sink functions (the file's own findings are known).
        case callSitesOnly(ProjectSummaries)
        /// Only what these functions return, for the files that call them.
        case returns(of: Set<String>)
    }

    static func analyseAll(_ work: [(DiscoveredFile, Pass)], ruleSet: CompiledRuleSet, configuration: Configuration, jobs: Int) -> [FileOutcome] {
        let files = work.map(\.0)
        // Largest first, so one big file does not start last and leave the other cores idle.
        let order = files.indices.sorted { files[$0].size > files[$1].size }
        let next = Atomic<Int>(0)
        let collected = Mutex<[(Int, FileOutcome)]>([])
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, files.count))) { _ in
            let worker = Worker(
                ruleSet: ruleSet, timeoutSeconds: configuration.fileTimeoutSeconds, maximumFileSize: configuration.maximumFileSize,
                secretRules: Set(BuiltinRules.secretRules.map(\.id)).subtracting(configuration.disabledRules))
            var local: [(Int, FileOutcome)] = []
            while true {
                let position = next.add(1, ordering: .relaxed).oldValue
                guard position < order.count else { break }
                let index = order[position]
                local.append((index, worker.analyse(files[index], pass: work[index].1)))
            }
            collected.withLock { $0 += local }
        }
        return collected.withLock { $0 }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    final class Worker {
        let ruleSet: CompiledRuleSet
        let timeoutSeconds: Double
        let maximumFileSize: Int
        /// The built-in secret rules that are enabled.
        let secretRules: Set<String>
        let parser = TreeSitterParser()
        let runner = QueryRunner()
        private var summarizers: [Language: ReturnSummarizer?] = [:]

        init(ruleSet: CompiledRuleSet, timeoutSeconds: Double, maximumFileSize: Int, secretRules: Set<String>) {
            self.ruleSet = ruleSet
            self.timeoutSeconds = timeoutSeconds
            self.maximumFileSize = maximumFileSize
            self.secretRules = secretRules
        }

        /// Whether the built-in secret search runs on this file. Test folders and example
        /// environment files hold fake values by convention.
        private func searchesSecrets(_ file: DiscoveredFile) -> Bool {
            !secretRules.isEmpty && BuiltinRules.secretSearchLanguages.contains(file.language) && !PathClassifier.isTestPath(file.path)
        }

        /// The return summariser for a language, with the `bound-regex` patterns of its rules.
        private func summarizer(for language: Language) -> ReturnSummarizer? {
            if let known = summarizers[language] { return known }
            var regexes: [String: RegexPattern] = [:]
            for rule in ruleSet.rules where CompiledRuleSet.targets(of: rule).contains(language) {
                for pattern in rule.patterns {
                    for condition in pattern.conditions {
                        if case .boundRegex(let regex) = condition.test { regexes[regex.source] = regex }
                    }
                }
            }
            let made = ReturnSummarizer(language: language, regexes: regexes.keys.sorted().compactMap { regexes[$0] })
            summarizers[language] = made
            return made
        }

        func analyse(_ file: DiscoveredFile, pass: Pass = .standalone) -> FileOutcome {
            var project: ProjectSummaries?
            switch pass {
            case .withProject(let summaries), .callSitesOnly(let summaries): project = summaries
            case .standalone, .returns: project = nil
            }
            var record = FileRecord(path: file.path, language: file.language, status: .analysed)
            let bytes: [UInt8]
            switch SafeFileReader.read(file.absolutePath, limit: maximumFileSize) {
            case .success(let read): bytes = read
            case .failure(.tooLarge(let size)):
                record.status = .tooLarge
                record.detail = "\(size) bytes when read, over the \(maximumFileSize)-byte cap"
                return FileOutcome(record: record)
            case .failure(.notRegularFile):
                record.status = .unreadable
                record.detail = "no longer a regular file when read"
                return FileOutcome(record: record)
            case .failure:
                record.status = .unreadable
                record.detail = "cannot read file"
                return FileOutcome(record: record)
            }
            if let reason = ContentClassifier.skipReason(bytes, language: file.language) {
                record.status = reason.status
                record.detail = reason.detail
                return FileOutcome(record: record)
            }
            let source = SourceText(bytes: bytes)
            record.lines = source.lineCount
            if file.language == .text || file.language == .sql {
                var outcome = file.language == .sql ? analyseSQL(source, record: record) : FileOutcome(record: record)
                if searchesSecrets(file) {
                    outcome.findings = SecretScanner.findings(
                        SecretScanner.scanText(source, path: file.path), source: source, path: file.path,
                        suppressions: SuppressionComment.all(inText: source), enabled: secretRules)
                }
                return outcome
            }
            guard let grammar = Grammar.for(file.language) else {
                record.status = .unsupported
                return FileOutcome(record: record)
            }
            // One budget for the whole file: parse, queries and conditions.
            let deadline = Deadline(fromNow: timeoutSeconds)
            let tree: SyntaxTree
            do {
                tree = try parser.parse(source, grammar: grammar, deadline: deadline)
            } catch ParseFailure.incompatibleGrammar {
                record.status = .unsupported
                record.detail = "the \(file.language.rawValue) grammar is incompatible with the tree-sitter runtime"
                return FileOutcome(record: record)
            } catch {
                record.status = .timedOut
                record.detail = "parsing stopped after the per-file time limit"
                return FileOutcome(record: record)
            }
            if tree.root.hasError {
                record.status = .partiallyParsed
                record.detail = "syntax errors; first near line \(firstErrorLine(tree.root))"
            }
            let facts = FileFacts(tree: tree, language: file.language, path: file.path, project: project)
            facts.returnSummarizer = summarizer(for: file.language)
            var outcome = FileOutcome(record: record)
            switch pass {
            case .callSitesOnly:
                if let plan = ruleSet.plan(for: file.language) {
                    outcome.findings = RuleEvaluator(ruleSet: ruleSet, plan: plan).callSiteFindings(facts: facts, relativePath: file.path, deadline: deadline)
                }
                return outcome
            case .returns(let names):
                let returns = summarizer(for: file.language)?.summaries(of: facts, only: names, runner: runner, deadline: deadline) ?? []
                outcome.summaries = returns.isEmpty ? nil : FileSummaries(returns: returns)
                return outcome
            case .standalone, .withProject:
                break
            }
            if let plan = ruleSet.plan(for: file.language) {
                let evaluator = RuleEvaluator(ruleSet: ruleSet, plan: plan)
                let result = evaluator.evaluate(facts: facts, relativePath: file.path, runner: runner, deadline: deadline)
                if result.queryTimedOut {
                    outcome.record.status = .timedOut
                    outcome.record.detail = "rules stopped after the per-file time limit; findings so far are kept"
                }
                outcome.findings = Self.withoutRepeatedSecrets(result.findings)
                outcome.projectWitnesses = result.projectWitnesses
                if project == nil {
                    outcome.summaries = result.sinkSummaries.isEmpty ? nil : FileSummaries(sinks: result.sinkSummaries)
                    outcome.unresolvedCallees = facts.unresolvedCallees.sorted {
                        ($0.callee.name, $0.callee.module ?? "", $0.wants) < ($1.callee.name, $1.callee.module ?? "", $1.wants)
                    }
                } else {
                    let reported = Set(outcome.findings.map { "\($0.ruleID)@\($0.range.start)" })
                    outcome.findings += evaluator.callSiteFindings(facts: facts, relativePath: file.path, deadline: deadline)
                        .filter { !reported.contains("\($0.ruleID)@\($0.range.start)") }
                }
            }
            if searchesSecrets(file) {
                // A rule of the language's own pack that already reports a credential on a line
                // (a hard-coded JWT key, a Flask SECRET_KEY) says more than the generic search.
                let reported = Set(outcome.findings.filter { $0.category == "secrets" || $0.category == "jwt" }.map(\.range.start.line))
                outcome.findings += SecretScanner.findings(
                    SecretScanner.scanLiterals(facts), source: source, path: file.path,
                    suppressions: SuppressionComment.all(in: tree), enabled: secretRules)
                    .filter { !reported.contains($0.range.start.line) }
                outcome.findings.sort(by: Finding.reportOrder)
            }
            return outcome
        }

        /// A literal that a JWT rule reports as its signing key is not reported again as a
        /// generic credential: one finding per secret, the one that says what it protects.
        static func withoutRepeatedSecrets(_ findings: [Finding]) -> [Finding] {
            let keyLines = Set(findings.filter { $0.category == "jwt" }.map(\.range.start.line))
            guard !keyLines.isEmpty else { return findings }
            return findings.filter { !($0.category == "secrets" && keyLines.contains($0.range.start.line)) }
        }

        private func analyseSQL(_ source: SourceText, record: FileRecord) -> FileOutcome {
            var record = record
            let statements = SQLParser.parse(source)
            let failures = statements.compactMap(\.error)
            if let first = failures.first {
                record.status = .partiallyParsed
                record.detail = "\(failures.count) of \(statements.count) statements did not parse; first at line \(first.line): \(first.message)"
            }
            return FileOutcome(record: record)
        }

        private func firstErrorLine(_ root: SyntaxNode) -> Int {
            var line = root.startRow + 1
            var found = false
            root.walk { node in
                if found { return false }
                if node.isError {
                    line = node.startRow + 1
                    found = true
                    return false
                }
                return node.hasError
            }
            return line
        }
    }
}

/// Decides from a file's bytes whether it is code worth parsing.
enum ContentClassifier {
    struct Skip {
        var status: FileStatus
        var detail: String
    }

    static func skipReason(_ bytes: [UInt8], language: Language) -> Skip? {
        let head = bytes.prefix(8192)
        if head.contains(0) { return Skip(status: .binary, detail: "contains NUL bytes") }
        let headText = String(decoding: bytes.prefix(2048), as: UTF8.self)
        let firstLines = headText.split(separator: "\n", maxSplits: 6).prefix(5).joined(separator: "\n")
        if firstLines.contains("@generated") || (firstLines.contains("Code generated") && firstLines.contains("DO NOT EDIT"))
            || firstLines.contains("<auto-generated") {
            return Skip(status: .generated, detail: "marked as generated in its header")
        }
        if language.family == "javascript", bytes.count > 2048 {
            // Bundlers write long lines; people do not. Most lines must be long: one long line
            // (a data URL, a key) in hand-written code does not hide the rest.
            var longest = 0, current = 0, longLines = 0, nonEmptyLines = 0
            func endLine() {
                longest = max(longest, current)
                if current > 1_000 { longLines += 1 }
                if current > 0 { nonEmptyLines += 1 }
                current = 0
            }
            for byte in bytes {
                if byte == 0x0A { endLine() } else { current += 1 }
            }
            endLine()
            if longLines * 2 >= nonEmptyLines {
                return Skip(status: .minified, detail: "minified or bundled (longest line \(longest) characters)")
            }
        }
        return nil
    }
}
