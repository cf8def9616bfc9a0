import Foundation

/// Runs rule fixtures in the style of Semgrep's rule tests: in a fixture named like its rule
/// file (`<id>.yaml` + `<id>.ts`), a `ruleid: ID` comment marks the next code line as one the
/// rule must flag, `ok: ID` one it must not; `todoruleid:` / `todook:` record known misses and
/// known false positives, which are expected to stay as they are until fixed. Files under a
/// folder named like the rule (`<id>/app/api/login/route.ts`) are fixtures too, seen at their
/// path inside it, for rules that apply to some paths only.
public struct RuleFixtureRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public var location: SourceLocation
        public var message: String
        public var description: String { "\(location): \(message)" }
    }

    public struct RuleResult: Sendable {
        public var ruleID: String
        public var flagged = 0
        public var ok = 0
        public var failures: [Failure] = []
        public var passed: Bool { failures.isEmpty }
    }

    public struct Summary: Sendable {
        public var results: [RuleResult] = []
        public var loadErrors: [RuleLoadError] = []
        public var passed: Int { results.filter(\.passed).count }
        public var failed: Int { results.count - passed + loadErrors.count }
    }

    /// Each rule needs at least this many flagged and this many safe cases.
    public var minimumCases = 2

    public init() {}

    public func run(directory: URL) -> Summary {
        var summary = Summary()
        for ruleFile in RuleLoader.ruleFiles(in: directory) {
            let rules: [Rule]
            do {
                rules = try RuleLoader.load(file: ruleFile)
            } catch let error as RuleLoadError {
                summary.loadErrors.append(error)
                continue
            } catch {
                summary.loadErrors.append(RuleLoadError(location: SourceLocation(path: ruleFile.path, line: 1), message: "\(error)"))
                continue
            }
            let (ruleSet, errors) = CompiledRuleSet.compile(rules.map { rule in
                var unfiltered = rule
                unfiltered.paths = PathFilter()  // fixtures live wherever the rule does
                return unfiltered
            })
            summary.loadErrors += errors
            let fixtures = fixtureFiles(for: ruleFile)
            for rule in ruleSet.rules {
                summary.results.append(test(rule, ruleSet: ruleSet, fixtures: fixtures, ruleFile: ruleFile))
            }
        }
        return summary
    }

    /// A fixture file and the path the rule sees it at (rules may apply to some paths only).
    struct Fixture {
        var url: URL
        var relativePath: String
    }

    /// `<rule>.<ext>` beside the rule file, and every file under a `<rule>/` folder beside it,
    /// seen at its path inside that folder (`js-login-without-rate-limit/app/api/login/route.ts`
    /// is scanned as `app/api/login/route.ts`).
    func fixtureFiles(for ruleFile: URL) -> [Fixture] {
        let stem = ruleFile.deletingPathExtension().lastPathComponent
        let folder = ruleFile.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let beside = names.sorted().compactMap { name -> Fixture? in
            let url = folder.appendingPathComponent(name)
            guard url.deletingPathExtension().lastPathComponent == stem, !RuleLoader.ruleFileExtensions.contains(url.pathExtension.lowercased()),
                Language.detect(fileName: name) != nil
            else { return nil }
            return Fixture(url: url, relativePath: name)
        }
        let tree = folder.appendingPathComponent(stem)
        let nested = (FileManager.default.subpaths(atPath: tree.path) ?? []).sorted().compactMap { path -> Fixture? in
            guard Language.detect(fileName: (path as NSString).lastPathComponent) != nil else { return nil }
            return Fixture(url: tree.appendingPathComponent(path), relativePath: path)
        }
        return beside + nested
    }

    private func test(_ rule: Rule, ruleSet: CompiledRuleSet, fixtures: [Fixture], ruleFile: URL) -> RuleResult {
        var result = RuleResult(ruleID: rule.id)
        if fixtures.isEmpty {
            result.failures.append(Failure(location: rule.origin, message: "no fixture file beside the rule (expected \(ruleFile.deletingPathExtension().lastPathComponent).<ext>)"))
            return result
        }
        for item in fixtures {
            let fixture = item.url
            guard let language = Language.detect(fileName: fixture.lastPathComponent),
                let data = FileManager.default.contents(atPath: fixture.path),
                CompiledRuleSet.targets(of: rule).contains(language)
            else { continue }
            let source = SourceText(bytes: [UInt8](data))
            let expectations: [Annotation]
            let reportedLines: Set<Int>
            if rule.check != nil {
                // Database checks run on the fixture replayed as one migration.
                let migration = MigrationFile(path: fixture.lastPathComponent, source: source)
                for error in migration.statements.compactMap(\.error) {
                    result.failures.append(Failure(location: SourceLocation(path: fixture.path, line: error.line), message: "fixture statement did not parse: \(error.message)"))
                }
                expectations = Self.annotations(commentRows: Self.sqlCommentRows(source), source: source).filter { $0.ruleIDs.contains(rule.id) }
                reportedLines = Set(MigrationAnalysis.findings(for: [migration], rules: [rule]).filter { !$0.isSuppressed }.map(\.range.start.line))
            } else {
                guard let plan = ruleSet.plan(for: language), let grammar = Grammar.for(language) else { continue }
                guard let tree = try? TreeSitterParser().parse(source, grammar: grammar, deadline: Deadline(fromNow: 10)) else {
                    result.failures.append(Failure(location: SourceLocation(path: fixture.path, line: 1), message: "fixture did not parse in time"))
                    continue
                }
                if tree.root.hasError {
                    result.failures.append(Failure(location: SourceLocation(path: fixture.path, line: 1), message: "fixture has syntax errors; fixtures must be valid \(language.rawValue)"))
                }
                expectations = Self.annotations(in: tree.root, source: source).filter { $0.ruleIDs.contains(rule.id) }
                let evaluation = RuleEvaluator(ruleSet: ruleSet, plan: plan)
                    .evaluate(facts: FileFacts(tree: tree, language: language), relativePath: item.relativePath, runner: QueryRunner(), deadline: Deadline(fromNow: 10))
                reportedLines = Set(evaluation.findings.filter { $0.ruleID == rule.id && !$0.isSuppressed }.map(\.range.start.line))
            }
            var annotated = Set<Int>()
            for expectation in expectations {
                let line = expectation.targetLine
                annotated.insert(line)
                let location = SourceLocation(path: fixture.path, line: line)
                switch expectation.kind {
                case .ruleID, .todoOK:
                    if expectation.kind == .ruleID { result.flagged += 1 }
                    if !reportedLines.contains(line) {
                        result.failures.append(Failure(location: location, message: "\(rule.id) should flag this line but did not" + (expectation.kind == .todoOK ? " (todook: was a known false positive — now fixed? change it to ok:)" : "")))
                    }
                case .ok, .todoRuleID:
                    if expectation.kind == .ok { result.ok += 1 }
                    if reportedLines.contains(line) {
                        result.failures.append(Failure(location: location, message: "\(rule.id) flagged a line marked safe" + (expectation.kind == .todoRuleID ? " (todoruleid: a known miss now caught? change it to ruleid:)" : "")))
                    }
                }
            }
            for line in reportedLines.subtracting(annotated).sorted() {
                result.failures.append(Failure(location: SourceLocation(path: fixture.path, line: line), message: "\(rule.id) flagged a line with no annotation"))
            }
        }
        if result.flagged < minimumCases || result.ok < minimumCases {
            result.failures.append(Failure(location: rule.origin, message: "needs at least \(minimumCases) `ruleid:` and \(minimumCases) `ok:` cases; has \(result.flagged) and \(result.ok)"))
        }
        return result
    }

    struct Annotation {
        enum Kind: String { case ruleID = "ruleid", ok, todoRuleID = "todoruleid", todoOK = "todook" }
        var kind: Kind
        var ruleIDs: [String]
        /// One-based line the annotation is about: the next line that is not itself an annotation.
        var targetLine: Int
    }

    static func annotations(in root: SyntaxNode, source: SourceText) -> [Annotation] {
        var comments: [Int: String] = [:]
        root.walk { node in
            if node.kind.contains("comment") {
                comments[node.startRow] = node.text
                return false
            }
            return true
        }
        return annotations(commentRows: comments, source: source)
    }

    /// `-- ...` comments of a SQL file, by row.
    static func sqlCommentRows(_ source: SourceText) -> [Int: String] {
        var comments: [Int: String] = [:]
        for row in 0..<source.lineStarts.count {
            let line = source.line(row).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("--") { comments[row] = line }
        }
        return comments
    }

    static func annotations(commentRows comments: [Int: String], source: SourceText) -> [Annotation] {
        var pending: [(Annotation.Kind, [String])] = []
        var found: [Annotation] = []
        var commentRows: [Int: (Annotation.Kind, [String])] = [:]
        for (row, comment) in comments {
            let text = comment.trimmingCharacters(in: CharacterSet(charactersIn: "/#*- \t"))
            for kind in [Annotation.Kind.todoRuleID, .todoOK, .ruleID, .ok] where text.hasPrefix(kind.rawValue + ":") {
                let ids = text.dropFirst(kind.rawValue.count + 1).split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
                commentRows[row] = (kind, ids)
                break
            }
        }
        for row in commentRows.keys.sorted() {
            guard let annotation = commentRows[row] else { continue }
            pending.append(annotation)
            if commentRows[row + 1] == nil {
                var target = row + 1
                // Blank lines between an annotation and its code are allowed.
                while target < source.lineStarts.count, source.line(target).trimmingCharacters(in: .whitespaces).isEmpty { target += 1 }
                for (kind, ids) in pending { found.append(Annotation(kind: kind, ruleIDs: ids, targetLine: target + 1)) }
                pending = []
            }
        }
        return found
    }
}
