import Foundation

/// Where rule time goes on a tree of code: each rule's query compiled on its own and run on its
/// own over every file, one thread, so rule authors can see which query is slow (a scan runs
/// them combined, so the sum here is higher than a scan's query time).
public struct RuleProfile: Sendable {
    public struct Entry: Sendable {
        public var ruleID: String
        public var language: Language
        public var compileSeconds: Double
        public var matchSeconds: Double
        public var matches: Int
    }
    public var entries: [Entry]
    public var files: Int
    public var parseSeconds: Double
}

public enum RuleProfiler {
    public static func profile(files: [DiscoveredFile], rules: [Rule], maximumFileSize: Int) -> RuleProfile {
        var entries: [String: RuleProfile.Entry] = [:]
        var queries: [Language: [(key: String, query: CompiledQuery)]] = [:]
        for language in Set(files.map(\.language)).sorted() where language.usesTreeSitter {
            guard let grammar = Grammar.for(language) else { continue }
            for rule in rules where CompiledRuleSet.targets(of: rule).contains(language) {
                let source = rule.patterns.map { $0.query.text.contains("#") ? QueryNormaliser.groupPredicates($0.query.text) : $0.query.text }.joined(separator: "\n")
                let start = DispatchTime.now().uptimeNanoseconds
                guard let query = try? CompiledQuery(grammar: grammar, source: source) else { continue }
                let key = "\(rule.id) \(language.rawValue)"
                entries[key] = .init(ruleID: rule.id, language: language,
                                     compileSeconds: seconds(since: start), matchSeconds: 0, matches: 0)
                queries[language, default: []].append((key, query))
            }
        }
        let parser = TreeSitterParser()
        let runner = QueryRunner()
        var parseSeconds = 0.0
        var parsed = 0
        for file in files {
            guard let languageQueries = queries[file.language], let grammar = Grammar.for(file.language),
                  case .success(let bytes) = SafeFileReader.read(file.absolutePath, limit: maximumFileSize),
                  ContentClassifier.skipReason(bytes, language: file.language) == nil else { continue }
            let parseStart = DispatchTime.now().uptimeNanoseconds
            guard let tree = try? parser.parse(SourceText(bytes: bytes), grammar: grammar, deadline: Deadline(fromNow: 30)) else { continue }
            parseSeconds += seconds(since: parseStart)
            parsed += 1
            for (key, query) in languageQueries {
                let start = DispatchTime.now().uptimeNanoseconds
                let found = runner.matches(of: query, in: tree.root, deadline: Deadline(fromNow: 30)).matches.count
                entries[key]!.matchSeconds += seconds(since: start)
                entries[key]!.matches += found
            }
        }
        let sorted = entries.values.sorted { ($0.matchSeconds + $0.compileSeconds) > ($1.matchSeconds + $1.compileSeconds) }
        return RuleProfile(entries: sorted, files: parsed, parseSeconds: parseSeconds)
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

