import CTreeSitter

/// The rules that run on one language, compiled into a single tree-sitter query so one pass over
/// a file feeds every rule. Pattern indices map back to the rule and the role they play.
public final class LanguagePlan: @unchecked Sendable {
    enum Role {
        case main(rule: Int, pattern: Int)
        case inside(rule: Int, pattern: Int, list: Int)
        case notInside(rule: Int, pattern: Int)
        case fileHas(rule: Int)
        case projectHas(rule: Int)
        /// Comments, read for suppressions.
        case comment
    }

    let language: Language
    let query: CompiledQuery
    let roles: [Role]
    /// Compiled `#match?` expressions, keyed by pattern then predicate position.
    let predicateRegexes: [Int: [Int: RegexPattern]]
    public let ruleIndices: [Int]

    init(language: Language, query: CompiledQuery, roles: [Role], predicateRegexes: [Int: [Int: RegexPattern]], ruleIndices: [Int]) {
        self.language = language
        self.query = query
        self.roles = roles
        self.predicateRegexes = predicateRegexes
        self.ruleIndices = ruleIndices
    }
}

/// All loaded rules, validated and compiled once per language for a scan.
public final class CompiledRuleSet: @unchecked Sendable {
    public let rules: [Rule]
    let plans: [Language: LanguagePlan]

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
        plans[language]?.ruleIndices.map { rules[$0].id } ?? []
    }

    /// Compiles every rule for every language it targets. A rule whose query does not compile
    /// for one of its languages is dropped everywhere (so results never depend on file type by
    /// accident) and reported with the rule file's line.
    public static func compile(_ candidates: [Rule]) -> (CompiledRuleSet, [RuleLoadError]) {
        var errors: [RuleLoadError] = []
        var accepted: [Rule] = []
        var snippetsPerRule: [[(role: LanguagePlan.Role, query: HelperQuery)]] = []

        for var rule in candidates {
            let ruleIndex = accepted.count
            rule = normalisingQueries(rule)
            var snippets: [(role: LanguagePlan.Role, query: HelperQuery)] = []
            for (patternIndex, pattern) in rule.patterns.enumerated() {
                snippets.append((.main(rule: ruleIndex, pattern: patternIndex), pattern.query))
                for (listIndex, inside) in pattern.inside.enumerated() {
                    snippets.append((.inside(rule: ruleIndex, pattern: patternIndex, list: listIndex), inside))
                }
                for notInside in pattern.notInside {
                    snippets.append((.notInside(rule: ruleIndex, pattern: patternIndex), notInside))
                }
            }
            for query in rule.unlessFileHas { snippets.append((.fileHas(rule: ruleIndex), query)) }
            for query in rule.unlessProjectHas { snippets.append((.projectHas(rule: ruleIndex), query)) }

            var ruleErrors: [RuleLoadError] = []
            for language in targets(of: rule).sorted() {
                if language == .sql {
                    ruleErrors.append(RuleLoadError(location: rule.origin, message: "SQL rules are native checks; query rules cannot target sql"))
                    break
                }
                guard let grammar = Grammar.for(language) else { continue }
                for snippet in snippets {
                    do {
                        let compiled = try CompiledQuery(grammar: grammar, source: snippet.query.text)
                        if case .main(_, let patternIndex) = snippet.role {
                            ruleErrors += validateCaptures(rule.patterns[patternIndex], rule: rule, captures: compiled.captureNames, at: snippet.query.location)
                        }
                    } catch let error as QueryCompileError {
                        ruleErrors.append(RuleLoadError(
                            location: SourceLocation(path: snippet.query.location.path, line: snippet.query.location.line + error.line - 1),
                            message: "rule '\(rule.id)': \(error) for \(language.rawValue)"))
                    } catch {
                        ruleErrors.append(RuleLoadError(location: snippet.query.location, message: "rule '\(rule.id)': \(error)"))
                    }
                }
                if !ruleErrors.isEmpty { break }
            }
            if ruleErrors.isEmpty {
                accepted.append(rule)
                snippetsPerRule.append(snippets)
            } else {
                errors += ruleErrors
            }
        }

        var plans: [Language: LanguagePlan] = [:]
        for language in Language.allCases where language.usesTreeSitter {
            guard let grammar = Grammar.for(language) else { continue }
            var source = ""
            var roles: [LanguagePlan.Role] = []
            var ruleIndices: [Int] = []
            for (ruleIndex, rule) in accepted.enumerated() where targets(of: rule).contains(language) {
                ruleIndices.append(ruleIndex)
                for snippet in snippetsPerRule[ruleIndex] {
                    // Each snippet compiled alone above; its pattern count says how many roles it adds.
                    let count = (try? CompiledQuery(grammar: grammar, source: snippet.query.text).patternCount) ?? 0
                    roles += Array(repeating: snippet.role, count: count)
                    source += snippet.query.text + "\n"
                }
            }
            for commentKind in ["comment", "multiline_comment", "line_comment", "block_comment"] where grammar.hasNodeKind(commentKind) {
                source += "(\(commentKind)) @skeptic.comment\n"
                roles.append(.comment)
            }
            guard let query = try? CompiledQuery(grammar: grammar, source: source), query.patternCount == roles.count else {
                errors.append(RuleLoadError(location: SourceLocation(path: "<rule set>", line: 1), message: "internal: combined query for \(language.rawValue) did not compile"))
                continue
            }
            var regexes: [Int: [Int: RegexPattern]] = [:]
            for (patternIndex, predicates) in query.predicates.enumerated() {
                for (position, predicate) in predicates.enumerated() where predicate.name.hasSuffix("match?") {
                    if case .string(let source)? = predicate.arguments.last, let regex = try? RegexPattern(source) {
                        regexes[patternIndex, default: [:]][position] = regex
                    } else {
                        errors.append(RuleLoadError(location: SourceLocation(path: "<rule set>", line: 1), message: "invalid #match? expression in \(language.rawValue) pattern \(patternIndex)"))
                    }
                }
            }
            plans[language] = LanguagePlan(language: language, query: query, roles: roles, predicateRegexes: regexes, ruleIndices: ruleIndices)
        }
        return (CompiledRuleSet(rules: accepted, plans: plans), errors)
    }

    /// Groups trailing predicates with their patterns in every query of the rule (see
    /// QueryNormaliser). A query that does not compile is left as written, for its error.
    private static func normalisingQueries(_ rule: Rule) -> Rule {
        guard let grammar = targets(of: rule).sorted().first.flatMap(Grammar.for) else { return rule }
        func normalise(_ query: HelperQuery) -> HelperQuery {
            var result = query
            if let text = try? QueryNormaliser.groupPredicates(query.text, grammar: grammar) { result.text = text }
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

    private static func validateCaptures(_ pattern: RulePattern, rule: Rule, captures: [String], at location: SourceLocation) -> [RuleLoadError] {
        var names = pattern.conditions.map(\.capture)
        if let focus = pattern.focus { names.append(focus) }
        if let mask = rule.maskCapture { names.append(mask) }
        return Set(names).subtracting(captures).sorted().map {
            RuleLoadError(location: location, message: "rule '\(rule.id)' refers to capture @\($0), which its query does not define (it has: \(captures.map { "@" + $0 }.joined(separator: ", ")))")
        }
    }
}

extension Grammar {
    func hasNodeKind(_ name: String) -> Bool {
        name.withCString { ts_language_symbol_for_name(pointer, $0, UInt32(name.utf8.count), true) } != 0
    }
}
