import CTreeSitter
import Dispatch
import Synchronization

/// Verdicts of rule regular expressions on short texts, shared across the files and workers of
/// a scan: conditions test names and keys (`options`, `callback`, `apiKey`) that recur in file
/// after file. Bounded in entries and text length.
final class SharedRegexMemo: Sendable {
    struct Key: Hashable, Sendable {
        var expression: ObjectIdentifier
        var text: String
    }
    static let maximumTextBytes = 128
    static let maximumEntries = 262_144
    private let results = Mutex<[Key: Bool]>([:])

    func verdict(_ key: Key) -> Bool? {
        guard key.text.utf8.count <= Self.maximumTextBytes else { return nil }
        return results.withLock { $0[key] }
    }

    func record(_ key: Key, _ verdict: Bool) {
        guard key.text.utf8.count <= Self.maximumTextBytes else { return }
        results.withLock { table in
            if table.count < Self.maximumEntries { table[key] = verdict }
        }
    }
}

/// One compiled tree-sitter query and what each of its patterns is for. Rules often repeat a
/// query (a YAML anchor reused with other `inside` clauses, the same "inside a request
/// handler" helper in many rules): each distinct text is compiled and matched once, and its
/// patterns carry every role that text plays.
final class RoleQuery: @unchecked Sendable {
    let query: CompiledQuery
    let roles: [[LanguagePlan.Role]]
    /// Compiled `#match?` expressions, keyed by pattern then predicate position.
    let predicateRegexes: [Int: [Int: RegexPattern]]
    /// Capture ids used by the evaluator, looked up once.
    let matchCapture: Int?
    let contextCapture: Int?

    init(query: CompiledQuery, roles: [[LanguagePlan.Role]], predicateRegexes: [Int: [Int: RegexPattern]]) {
        self.query = query
        self.roles = roles
        self.predicateRegexes = predicateRegexes
        matchCapture = query.captureIndex(named: "match")
        contextCapture = query.captureIndex(named: "context")
    }
}

/// The rules that run on one language, compiled into two tree-sitter queries: the main one,
/// run on every file, whose matches are candidate findings; and the helper one (`inside`,
/// `not-inside`, `unless-file-has`), run only on files where a candidate needs it.
public final class LanguagePlan: @unchecked Sendable {
    enum Role {
        case main(rule: Int, pattern: Int)
        case inside(rule: Int, pattern: Int, list: Int)
        case notInside(rule: Int, pattern: Int)
        case fileHas(rule: Int)
        case projectHas(rule: Int)

        var isHelper: Bool {
            switch self {
            case .inside, .notInside, .fileHas: return true
            case .main, .projectHas: return false
            }
        }
    }

    let language: Language
    let main: RoleQuery
    let helpers: RoleQuery?
    /// Rules with helper patterns: only their candidates make the helper query run.
    let rulesWithHelpers: Set<Int>
    public let ruleIndices: [Int]
    /// Per main-query pattern and role, text a file must contain for the role to count there.
    let mainGates: [[[FileGate]]]

    init(language: Language, main: RoleQuery, helpers: RoleQuery?, rulesWithHelpers: Set<Int>, ruleIndices: [Int], mainGates: [[[FileGate]]]) {
        self.language = language
        self.main = main
        self.mainGates = mainGates
        self.helpers = helpers
        self.rulesWithHelpers = rulesWithHelpers
        self.ruleIndices = ruleIndices
    }
}

/// All loaded rules, validated and compiled once per language for a scan.
public final class CompiledRuleSet: @unchecked Sendable {
    public let rules: [Rule]
    let plans: [Language: LanguagePlan]
    /// Regular-expression verdicts on short texts, shared by every file scanned with these rules.
    let regexResults = SharedRegexMemo()

    /// Rule languages expand within the JavaScript family: a `javascript` rule also runs on
    /// TypeScript and TSX (supersets), and a `typescript` rule on TSX.
    static func targets(of rule: Rule) -> Set<Language> {
        var result = Set<Language>()
        for language in rule.languages {
            switch language {
            case .javascript: result.formUnion([.javascript, .typescript, .tsx])
            case .typescript: result.formUnion([.typescript, .tsx])
            default: result.insert(language)
            }
        }
        return result
    }

    public func plan(for language: Language) -> LanguagePlan? { plans[language] }

    public func ruleIDs(for language: Language) -> [String] {
        (plans[language]?.ruleIndices.map { rules[$0].id } ?? []) + rules.filter { $0.check != nil && $0.languages.contains(language) }.map(\.id)
    }

    /// Rules that run as native checks on the database model.
    public var databaseRules: [Rule] { rules.filter { $0.check != nil } }

    /// A query text in a combined query, and the role its patterns play.
    struct Snippet {
        var role: LanguagePlan.Role
        var query: HelperQuery
        var ruleID: String
    }

    /// Compiles the rules into one query per language, for `languages` (default: all). A rule
    /// whose query does not compile for one of its languages is dropped everywhere (so results
    /// never depend on file type by accident) and reported with the rule file's line.
    ///
    /// Each language costs one tree-sitter query compilation on the happy path (they are slow
    /// for large grammars, so languages are compiled in parallel and only when needed); a broken
    /// rule is located from the error offset and the compilation repeated without it.
    public static func compile(_ candidates: [Rule], languages requested: Set<Language>? = nil) -> (CompiledRuleSet, [RuleLoadError]) {
        var errors: [RuleLoadError] = []
        var valid: [Rule] = []
        for rule in candidates {
            let problems = structuralProblems(rule)
            if problems.isEmpty { valid.append(normalisingQueries(rule)) } else { errors += problems }
        }
        let languages = (requested ?? Set(Language.allCases)).filter(\.usesTreeSitter).sorted()

        var dropped = Set<String>()
        var compiled: [Language: LanguagePlan] = [:]
        while true {
            let accepted = valid.filter { !dropped.contains($0.id) }
            let results = Mutex<[(Language, LanguagePlan?, [(String, RuleLoadError)])]>([])
            DispatchQueue.concurrentPerform(iterations: languages.count) { index in
                let language = languages[index]
                let (plan, failures) = buildPlan(for: language, rules: accepted)
                results.withLock { $0.append((language, plan, failures)) }
            }
            let newlyDropped = results.withLock { $0 }.flatMap(\.2)
            if newlyDropped.isEmpty {
                compiled = Dictionary(uniqueKeysWithValues: results.withLock { $0 }.compactMap { entry in entry.1.map { (entry.0, $0) } })
                return (CompiledRuleSet(rules: accepted, plans: compiled), errors)
            }
            for (ruleID, error) in newlyDropped where !dropped.contains(ruleID) {
                errors.append(error)
                dropped.insert(ruleID)
            }
        }
    }

    /// Problems visible without compiling: impossible targets, captures the query never defines.
    private static func structuralProblems(_ rule: Rule) -> [RuleLoadError] {
        if let check = rule.check {
            return rule.languages == [.sql] ? [] : [RuleLoadError(location: rule.origin, message: "rule '\(rule.id)': check '\(check.rawValue)' runs on SQL only; set languages: [sql]")]
        }
        if targets(of: rule).contains(.sql) {
            return [RuleLoadError(location: rule.origin, message: "rule '\(rule.id)': SQL rules are native checks; query rules cannot target sql")]
        }
        var problems: [RuleLoadError] = []
        for pattern in rule.patterns {
            var names = pattern.conditions.map(\.capture)
            if let focus = pattern.focus { names.append(focus) }
            if let mask = rule.maskCapture { names.append(mask) }
            let defined = captureNames(in: pattern.query.text)
            for name in Set(names).subtracting(defined).sorted() {
                problems.append(RuleLoadError(location: pattern.query.location,
                    message: "rule '\(rule.id)' refers to capture @\(name), which its query does not define (it has: \(defined.sorted().map { "@" + $0 }.joined(separator: ", ")))"))
            }
        }
        return problems
    }

    /// Capture names written in a query: `@name` outside string literals.
    static func captureNames(in query: String) -> Set<String> {
        var names = Set<String>()
        var inString = false
        var escaped = false
        var current: String?
        for char in query + " " {
            if inString {
                if escaped { escaped = false } else if char == "\\" { escaped = true } else if char == "\"" { inString = false }
                continue
            }
            if let name = current {
                if char.isLetter || char.isNumber || char == "_" || char == "." || char == "-" {
                    current = name + String(char)
                    continue
                }
                if !name.isEmpty { names.insert(name) }
                current = nil
            }
            if char == "\"" { inString = true } else if char == "@" { current = "" }
        }
        return names
    }

    /// One language's combined query; the rules whose snippets broke it, with their errors.
    private static func buildPlan(for language: Language, rules: [Rule]) -> (LanguagePlan?, [(String, RuleLoadError)]) {
        guard let grammar = Grammar.for(language) else { return (nil, []) }
        var snippets: [Snippet] = []
        var ruleIndices: [Int] = []
        for (ruleIndex, rule) in rules.enumerated() where targets(of: rule).contains(language) {
            ruleIndices.append(ruleIndex)
            for (patternIndex, pattern) in rule.patterns.enumerated() {
                snippets.append(Snippet(role: .main(rule: ruleIndex, pattern: patternIndex), query: pattern.query, ruleID: rule.id))
                for (listIndex, inside) in pattern.inside.enumerated() {
                    snippets.append(Snippet(role: .inside(rule: ruleIndex, pattern: patternIndex, list: listIndex), query: inside, ruleID: rule.id))
                }
                for notInside in pattern.notInside {
                    snippets.append(Snippet(role: .notInside(rule: ruleIndex, pattern: patternIndex), query: notInside, ruleID: rule.id))
                }
            }
            for query in rule.unlessFileHas { snippets.append(Snippet(role: .fileHas(rule: ruleIndex), query: query, ruleID: rule.id)) }
            for query in rule.unlessProjectHas { snippets.append(Snippet(role: .projectHas(rule: ruleIndex), query: query, ruleID: rule.id)) }
        }
        guard !snippets.isEmpty else { return (nil, []) }

        let mainSnippets = snippets.filter { !$0.role.isHelper }
        let helperSnippets = snippets.filter { $0.role.isHelper }
        var failures: [(String, RuleLoadError)] = []
        var compiled: [RoleQuery] = []
        for part in [mainSnippets, helperSnippets] where !part.isEmpty {
            switch compileRoleQuery(part, grammar: grammar, language: language) {
            case .success(let roleQuery): compiled.append(roleQuery)
            case .failure(let failure): failures += failure.errors
            }
        }
        guard failures.isEmpty, let main = compiled.first, !mainSnippets.isEmpty else { return (nil, failures) }
        let rulesWithHelpers = Set(helperSnippets.compactMap { snippet -> Int? in
            switch snippet.role {
            case .inside(let rule, _, _), .notInside(let rule, _), .fileHas(let rule): return rule
            default: return nil
            }
        })
        let mainGates = main.roles.indices.map { patternIndex in
            main.roles[patternIndex].map { role -> [FileGate] in
                let conditions: [CaptureCondition]
                if case .main(let rule, let pattern) = role { conditions = rules[rule].patterns[pattern].conditions } else { conditions = [] }
                return FileGate.gates(query: main.query, pattern: patternIndex, conditions: conditions)
            }
        }
        let plan = LanguagePlan(language: language, main: main, helpers: compiled.count > 1 ? compiled[1] : nil,
                                rulesWithHelpers: rulesWithHelpers, ruleIndices: ruleIndices, mainGates: mainGates)
        return (plan, [])
    }

    struct CompileFailure: Error {
        var errors: [(String, RuleLoadError)]
    }

    /// Concatenates the distinct snippet texts into one query; a compile error is traced to its
    /// snippet and line.
    private static func compileRoleQuery(_ all: [Snippet], grammar: Grammar, language: Language) -> Result<RoleQuery, CompileFailure> {
        var snippets: [Snippet] = []
        var rolesOfSnippet: [[LanguagePlan.Role]] = []
        var position: [String: Int] = [:]
        for snippet in all {
            if let index = position[snippet.query.text] {
                rolesOfSnippet[index].append(snippet.role)
            } else {
                position[snippet.query.text] = snippets.count
                snippets.append(snippet)
                rolesOfSnippet.append([snippet.role])
            }
        }
        var source = ""
        var starts: [Int] = []
        for snippet in snippets {
            starts.append(source.utf8.count)
            source += snippet.query.text + "\n"
        }
        func snippetIndex(containing offset: Int) -> Int {
            (starts.lastIndex { $0 <= offset }) ?? 0
        }
        let query: CompiledQuery
        do {
            query = try CompiledQuery(grammar: grammar, source: source)
        } catch let error as QueryCompileError {
            // In the joined text one snippet's unbalanced parenthesis surfaces in a later one:
            // blame the snippet that fails on its own, trying the one at the offset first.
            let suspect = snippetIndex(containing: error.offset)
            for index in [suspect] + snippets.indices.filter({ $0 != suspect }) {
                do { _ = try CompiledQuery(grammar: grammar, source: snippets[index].query.text + "\n") } catch let own as QueryCompileError {
                    return .failure(CompileFailure(errors: [locate(own, in: snippets[index], language: language)]))
                } catch {}
            }
            var local = error
            local.offset -= starts[suspect]
            return .failure(CompileFailure(errors: [locate(local, in: snippets[suspect], language: language)]))
        } catch {
            return .failure(CompileFailure(errors: []))
        }
        let roles = (0..<query.patternCount).map { rolesOfSnippet[snippetIndex(containing: query.startByte(ofPattern: $0))] }
        var regexes: [Int: [Int: RegexPattern]] = [:]
        var failures: [(String, RuleLoadError)] = []
        for (patternIndex, predicates) in query.predicates.enumerated() {
            for predicate in predicates where !supportedPredicates.contains(predicate.name) {
                let snippet = snippets[snippetIndex(containing: query.startByte(ofPattern: patternIndex))]
                failures.append((snippet.ruleID, RuleLoadError(location: snippet.query.location,
                    message: "rule '\(snippet.ruleID)': unsupported predicate #\(predicate.name) (supported: \(supportedPredicates.sorted().map { "#" + $0 }.joined(separator: ", ")))")))
            }
            for (position, predicate) in predicates.enumerated() where predicate.name.hasSuffix("match?") {
                if case .string(let expression)? = predicate.arguments.last, let regex = try? RegexPattern(expression) {
                    regexes[patternIndex, default: [:]][position] = regex
                } else {
                    let snippet = snippets[snippetIndex(containing: query.startByte(ofPattern: patternIndex))]
                    failures.append((snippet.ruleID, RuleLoadError(location: snippet.query.location, message: "rule '\(snippet.ruleID)': invalid #match? regular expression")))
                }
            }
        }
        if !failures.isEmpty { return .failure(CompileFailure(errors: failures)) }
        return .success(RoleQuery(query: query, roles: roles, predicateRegexes: regexes))
    }

    /// The predicates the evaluator implements; any other is an error, not silently true.
    static let supportedPredicates: Set<String> = ["eq?", "not-eq?", "match?", "not-match?", "any-of?", "not-any-of?"]

    /// A compile error of `snippet`'s own text, at its line in the rule file.
    private static func locate(_ error: QueryCompileError, in snippet: Snippet, language: Language) -> (String, RuleLoadError) {
        let lineInSnippet = snippet.query.text.utf8.prefix(error.offset).filter { $0 == UInt8(ascii: "\n") }.count
        return (snippet.ruleID, RuleLoadError(
            location: SourceLocation(path: snippet.query.location.path, line: snippet.query.location.line + lineInSnippet),
            message: "rule '\(snippet.ruleID)': invalid query (\(error.kind)) for \(language.rawValue)"))
    }

    /// Groups trailing predicates with their patterns in every query of the rule (see
    /// QueryNormaliser). A query whose brackets do not balance is left as written, for its error.
    private static func normalisingQueries(_ rule: Rule) -> Rule {
        func normalise(_ query: HelperQuery) -> HelperQuery {
            var result = query
            guard query.text.contains("#") else { return result }
            result.text = QueryNormaliser.groupPredicates(query.text)
            return result
        }
        var rule = rule
        rule.patterns = rule.patterns.map { pattern in
            var pattern = pattern
            pattern.query = normalise(pattern.query)
            pattern.inside = pattern.inside.map(normalise)
            pattern.notInside = pattern.notInside.map(normalise)
            return pattern
        }
        rule.unlessFileHas = rule.unlessFileHas.map(normalise)
        rule.unlessProjectHas = rule.unlessProjectHas.map(normalise)
        return rule
    }

    private init(rules: [Rule], plans: [Language: LanguagePlan]) {
        self.rules = rules
        self.plans = plans
    }

}
