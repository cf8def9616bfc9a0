/// What the rules found in one file.
public struct FileMatchResult: Sendable {
    public var findings: [Finding] = []
    /// Rules whose `unless-project-has` query matched here: they stay quiet project-wide.
    public var projectWitnesses: Set<String> = []
    public var queryTimedOut = false
    /// Functions here that pass a parameter to a rule's sink (found while the project's
    /// summaries are gathered).
    var sinkSummaries: [SinkSummary] = []
}

/// Runs a language plan over one parsed file and turns matches into findings.
public struct RuleEvaluator {
    let rules: [Rule]
    let plan: LanguagePlan
    let sharedRegexResults: SharedRegexMemo

    public init(ruleSet: CompiledRuleSet, plan: LanguagePlan) {
        rules = ruleSet.rules
        self.plan = plan
        sharedRegexResults = ruleSet.regexResults
    }

    enum HelperKey: Hashable {
        case inside(Int, Int, Int)
        case notInside(Int, Int)
        case fileHas(Int)
    }

    struct Candidate {
        var rule: Int
        var match: QueryMatch
        var pattern: Int
        var focus: SyntaxNode
    }

    /// A helper match, with its predicates' verdict once someone asked.
    struct HelperMatch {
        var match: QueryMatch
        var context: Range<Int>
        var verdict: Bool?
    }

    public func evaluate(facts: FileFacts, relativePath: String, runner: QueryRunner, deadline: Deadline) -> FileMatchResult {
        var result = FileMatchResult()
        let root = facts.tree.root
        let memo = RegexMemo(shared: sharedRegexResults)

        let mainRun = runner.matches(of: plan.main.query, in: root, deadline: deadline)
        result.queryTimedOut = mainRun.timedOut
        var candidates: [Candidate] = []
        var admitted: [Int: Bool] = [:]
        let gates = FileGateChecker(bytes: facts.tree.source.bytes)
        for match in mainRun.matches {
            var predicatesPass: Bool?
            func passes() -> Bool {
                if let known = predicatesPass { return known }
                let verdict = passesInlinePredicates(match, in: plan.main, memo: memo)
                predicatesPass = verdict
                return verdict
            }
            for (roleIndex, role) in plan.main.roles[match.patternIndex].enumerated()
            where gates.admits(plan.mainGates[match.patternIndex][roleIndex]) {
                switch role {
                case .main(let rule, let pattern):
                    let admits = admitted[rule] ?? rules[rule].paths.admits(relativePath)
                    admitted[rule] = admits
                    guard admits, rules[rule].patterns[pattern].paths?.admits(relativePath) ?? true, passes(),
                        let focus = focusNode(match, name: rules[rule].patterns[pattern].focus) else { continue }
                    candidates.append(Candidate(rule: rule, match: match, pattern: pattern, focus: focus))
                case .projectHas(let rule):
                    let id = rules[rule].id
                    if !result.projectWitnesses.contains(id), passes() {
                        result.projectWitnesses.insert(id)
                    }
                case .inside, .notInside, .fileHas:
                    continue
                }
            }
        }
        let suppressions = SuppressionComment.all(in: facts.tree)
        var bare: [(Finding, String)] = []
        for suppression in suppressions where suppression.reason == nil || suppression.ruleIDs.isEmpty {
            bare.append(BuiltinRules.bareSuppression(at: suppression, path: relativePath, source: facts.tree.source) { lines in
                facts.secretLiteralRanges + SecretDetector.knownFormatWords(in: facts.tree.source, lines)
            })
        }
        // Conditions first: they need no other query, and most candidates fail them, so the
        // helper query below runs only for files where some candidate survived.
        var survivors: [Candidate] = []
        // Candidates whose only objection is that the value is a parameter: the function is a
        // sink for its callers (`def query_all(sql): return db.execute(sql)`).
        let summarising = facts.project == nil && (facts.language == .python || facts.language.family == "javascript")
        var sinkCandidates: [(candidate: Candidate, parameter: SinkParameter)] = []
        for candidate in candidates {
            // Conditions follow bindings and can be slow on adversarial files: they share the deadline.
            if deadline.hasPassed {
                result.queryTimedOut = true
                break
            }
            let pattern = rules[candidate.rule].patterns[candidate.pattern]
            guard let failed = pattern.conditions.firstIndex(where: { !holds($0, in: candidate.match, facts: facts, memo: memo) }) else {
                survivors.append(candidate)
                continue
            }
            if summarising, let parameter = sinkParameter(candidate, failingFrom: failed, facts: facts, memo: memo) {
                sinkCandidates.append((candidate, parameter))
            }
        }
        candidates = survivors
        guard !candidates.isEmpty || !sinkCandidates.isEmpty else {
            result.findings = bare.map(\.0)
            assignFingerprints(&result.findings, matchedTexts: bare.map(\.1))
            return result
        }

        // Helper patterns run only where a candidate needs them, and their predicates only for
        // helper matches that enclose a candidate: broad helpers cost nothing elsewhere.
        var helpers: Helpers?
        if candidates.contains(where: { plan.rulesWithHelpers.contains($0.rule) }) {
            helpers = Helpers(self, root: root, runner: runner, deadline: deadline, memo: memo)
            result.queryTimedOut = result.queryTimedOut || helpers?.timedOut == true
        }
        // Only sinks to summarise: the helper matches around each one's function are enough (an
        // `unless-file-has` elsewhere in the file is not seen; the callers are in other files).
        var helpersAround: [Range<Int>: Helpers] = [:]
        func sinkPlaced(_ candidate: Candidate) -> Bool {
            guard plan.rulesWithHelpers.contains(candidate.rule) else { return true }
            if let helpers { return helpers.placed(rule: candidate.rule, pattern: candidate.pattern, range: candidate.focus.byteRange) }
            let around = FunctionShape.enclosingFunction(of: candidate.focus)?.byteRange ?? candidate.focus.byteRange
            if helpersAround[around] == nil {
                helpersAround[around] = Helpers(self, root: root, within: around, runner: runner, deadline: deadline, memo: memo)
            }
            return helpersAround[around]?.placed(rule: candidate.rule, pattern: candidate.pattern, range: candidate.focus.byteRange) ?? false
        }
        func placed(_ candidate: Candidate) -> Bool {
            guard plan.rulesWithHelpers.contains(candidate.rule) else { return true }
            return helpers?.placed(rule: candidate.rule, pattern: candidate.pattern, range: candidate.focus.byteRange) ?? false
        }

        var seen = Set<String>()
        result.findings = bare.map(\.0)
        var matchedTexts = bare.map(\.1)
        for (candidate, parameter) in sinkCandidates where sinkPlaced(candidate) {
            result.sinkSummaries.append(sinkSummary(candidate, parameter: parameter))
        }
        for candidate in candidates {
            let rule = rules[candidate.rule]
            let pattern = rule.patterns[candidate.pattern]
            guard placed(candidate) else { continue }
            var reported = candidate
            if pattern.reportAtDefinition { reported.focus = definition(of: candidate.focus, in: facts) }
            let key = "\(rule.id)@\(reported.focus.startByte):\(reported.focus.endByte)"
            guard seen.insert(key).inserted else { continue }
            let (finding, matchedText) = makeFinding(rule: rule, candidate: reported, facts: facts, relativePath: relativePath, suppressions: suppressions)
            result.findings.append(finding)
            matchedTexts.append(matchedText)
        }
        assignFingerprints(&result.findings, matchedTexts: matchedTexts)
        return result
    }

    /// The helper query's matches for one file, by the role they play, each judged once.
    final class Helpers {
        private let evaluator: RuleEvaluator
        private let memo: RegexMemo
        private var entries: [HelperKey: [HelperMatch]] = [:]
        let timedOut: Bool

        init?(_ evaluator: RuleEvaluator, root: SyntaxNode, within range: Range<Int>? = nil, runner: QueryRunner, deadline: Deadline, memo: RegexMemo) {
            guard let helperQuery = evaluator.plan.helpers else { return nil }
            self.evaluator = evaluator
            self.memo = memo
            let run = runner.matches(of: helperQuery.query, in: root, within: range, deadline: deadline)
            timedOut = run.timedOut
            for match in run.matches {
                var context: Range<Int>?
                for role in helperQuery.roles[match.patternIndex] {
                    let key: HelperKey
                    switch role {
                    case .inside(let rule, let pattern, let list): key = .inside(rule, pattern, list)
                    case .notInside(let rule, let pattern): key = .notInside(rule, pattern)
                    case .fileHas(let rule):
                        entries[.fileHas(rule), default: []].append(HelperMatch(match: match, context: 0..<Int.max))
                        continue
                    case .main, .projectHas: continue
                    }
                    if context == nil { context = evaluator.contextNode(match, in: helperQuery)?.byteRange }
                    guard let context else { continue }
                    entries[key, default: []].append(HelperMatch(match: match, context: context))
                }
            }
        }

        private func any(_ key: HelperKey, encloses range: Range<Int>) -> Bool {
            guard var list = entries[key], let helperQuery = evaluator.plan.helpers else { return false }
            defer { entries[key] = list }
            for index in list.indices where list[index].context.contains(range) {
                if list[index].verdict == nil {
                    list[index].verdict = evaluator.passesInlinePredicates(list[index].match, in: helperQuery, memo: memo)
                }
                if list[index].verdict == true { return true }
            }
            return false
        }

        /// Whether a match at `range` is where the rule's pattern wants it: inside every `inside`
        /// context, in none of its `not-inside` ones, in a file without an `unless-file-has` match.
        func placed(rule: Int, pattern: Int, range: Range<Int>) -> Bool {
            if any(.fileHas(rule), encloses: range) { return false }
            guard evaluator.rules[rule].patterns[pattern].inside.indices.allSatisfy({ any(.inside(rule, pattern, $0), encloses: range) }) else {
                return false
            }
            return !any(.notInside(rule, pattern), encloses: range)
        }
    }

    // MARK: Matches

    /// Capture ids of the main query, where candidates and their conditions live.
    func captureIndex(_ name: String) -> Int? { plan.main.query.captureIndex(named: name) }

    private func focusNode(_ match: QueryMatch, name: String?) -> SyntaxNode? {
        if let name, let index = captureIndex(name), let node = match.nodes(forCapture: index).first { return node }
        if let index = plan.main.matchCapture, let node = match.nodes(forCapture: index).first { return node }
        return widest(match)
    }

    /// The call whose result an expression is, through `await`, parentheses and methods that
    /// keep a string's content (`ask(q).strip()`, `await llm.complete(p)`).
    static func producingCall(_ expression: SyntaxNode) -> SyntaxNode? {
        var node = expression
        for _ in 0..<8 {
            switch node.kind {
            case "await", "await_expression", "parenthesized_expression", "non_null_expression", "as_expression":
                guard let inner = node.namedChildren.first else { return nil }
                node = inner
            case "call", "call_expression":
                guard let function = node.field("function") else { return nil }
                if ["attribute", "member_expression"].contains(function.kind), let receiver = function.field("object"),
                    ["call", "call_expression", "await", "await_expression", "parenthesized_expression"].contains(receiver.kind) {
                    node = receiver
                } else {
                    return node
                }
            default:
                return nil
            }
        }
        return nil
    }

    /// The values a conditional expression may take (`c ? a : b`, `a if c else b`), or the node itself.
    static func branches(of node: SyntaxNode, depth: Int = 0) -> [SyntaxNode] {
        guard depth < 4 else { return [node] }
        switch node.kind {
        case "ternary_expression":
            let arms = [node.field("consequence"), node.field("alternative")].compactMap { $0 }
            return arms.isEmpty ? [node] : arms.flatMap { branches(of: $0, depth: depth + 1) }
        case "conditional_expression" where node.namedChildren.count == 3:
            let children = node.namedChildren
            return branches(of: children[0], depth: depth + 1) + branches(of: children[2], depth: depth + 1)
        case "parenthesized_expression" where node.namedChildren.count == 1:
            return branches(of: node.namedChildren[0], depth: depth + 1)
        default:
            return [node]
        }
    }

    /// The value a name is bound to in this file, followed through aliases (`const KEY = SECRET`);
    /// the node itself when it is not a name with one reaching value.
    private func definition(of node: SyntaxNode, in facts: FileFacts) -> SyntaxNode {
        guard let model = facts.model else { return node }
        var current = node
        for _ in 0..<4 {
            guard current.kind == "identifier", let value = model.singleBoundValue(current, in: facts) else { break }
            current = value
        }
        return current
    }

    func contextNode(_ match: QueryMatch, in roleQuery: RoleQuery) -> SyntaxNode? {
        if let index = roleQuery.contextCapture, let node = match.nodes(forCapture: index).first { return node }
        return widest(match)
    }

    private func widest(_ match: QueryMatch) -> SyntaxNode? {
        match.captures.max { $0.node.byteRange.count < $1.node.byteRange.count }?.node
    }

    /// Results of regular expressions already run on a text: in this file, and for short texts
    /// (names, keys) in the whole scan, since the same names recur from file to file.
    final class RegexMemo {
        let shared: SharedRegexMemo
        var results: [SharedRegexMemo.Key: Bool] = [:]

        init(shared: SharedRegexMemo) { self.shared = shared }

        func matches(_ regex: RegexPattern, _ text: String) -> Bool {
            if let quick = regex.quickVerdict(text) { return quick }
            let key = SharedRegexMemo.Key(expression: ObjectIdentifier(regex.expression), text: text)
            if let known = results[key] ?? shared.verdict(key) { return known }
            let matched = regex.fullMatch(text)
            results[key] = matched
            shared.record(key, matched)
            return matched
        }
    }

    func passesInlinePredicates(_ match: QueryMatch, in roleQuery: RoleQuery, memo: RegexMemo) -> Bool {
        let predicates = roleQuery.query.predicates[match.patternIndex]
        if predicates.isEmpty { return true }
        // Cheap comparisons first; regular expressions only when they still matter.
        for cheap in [true, false] {
            for (position, predicate) in predicates.enumerated() where predicate.name.hasSuffix("match?") != cheap {
                guard case .capture(let captureID)? = predicate.arguments.first else { continue }
                // An optional capture that did not match leaves its predicates nothing to test.
                guard let text = match.nodes(forCapture: captureID).first?.text else { continue }
                let rest = predicate.arguments.dropFirst()
                switch predicate.name {
                case "eq?", "not-eq?":
                    let other: String?
                    switch rest.first {
                    case .string(let value)?: other = value
                    case .capture(let id)?: other = match.nodes(forCapture: id).first?.text
                    case nil: other = nil
                    }
                    if (text == other) != (predicate.name == "eq?") { return false }
                case "match?", "not-match?":
                    guard let regex = roleQuery.predicateRegexes[match.patternIndex]?[position] else { return false }
                    let matched = memo.matches(regex, text)
                    if matched != (predicate.name == "match?") { return false }
                case "any-of?", "not-any-of?":
                    let options = rest.compactMap { argument -> String? in if case .string(let value) = argument { return value } else { return nil } }
                    if options.contains(text) != (predicate.name == "any-of?") { return false }
                default:
                    continue
                }
            }
        }
        return true
    }

    // MARK: Conditions

    private func holds(_ condition: CaptureCondition, in match: QueryMatch, facts: FileFacts, memo: RegexMemo) -> Bool {
        guard let index = captureIndex(condition.capture), let node = match.nodes(forCapture: index).first else {
            // A condition on an optional capture that is absent: only "lacks-keys" can hold.
            if case .lacksKeys = condition.test { return true }
            return false
        }
        return holds(condition, on: node, facts: facts, memo: memo)
    }

    func holds(_ condition: CaptureCondition, on node: SyntaxNode, facts: FileFacts, memo: RegexMemo) -> Bool {
        let model = facts.model
        switch condition.test {
        case .regex(let regex, let negated):
            return memo.matches(regex, node.text) != negated
        case .oneOf(let options, let negated):
            return options.contains(node.text) != negated
        case .kind(let kinds, let negated):
            return kinds.contains(node.kind) != negated
        case .value(let requirement, let sanitizers):
            guard let model else { return false }
            let unresolvedBefore = facts.unresolvedCallees
            let verdict = model.classify(node, sanitizers: sanitizers, in: facts, depth: 0).satisfies(requirement)
            // A call the file cannot judge matters only where a built string is required and
            // missing: a result of unknown origin already counts as not constant.
            if verdict || requirement != .built { facts.unresolvedCallees = unresolvedBefore }
            return verdict
        case .numberBelow(let limit):
            guard let value = model?.number(node, in: facts, depth: 0) else { return false }
            return value < limit
        case .durationOver(let limit):
            // `remember ? "365d" : "8h"`: a duration over the limit on any branch is issued.
            return Self.branches(of: node).contains { branch in
                if let text = model?.constantString(branch, in: facts, depth: 0) {
                    // A bare numeric string is milliseconds in the `ms` package jsonwebtoken uses.
                    guard let seconds = DurationParser.seconds(fromText: text, bareNumberUnit: 0.001) else { return false }
                    return seconds > limit
                }
                guard let seconds = model?.number(branch, in: facts, depth: 0) else { return false }
                return seconds > limit
            }
        case .lacksKeys(let keys):
            guard let model, let object = model.objectLiteral(node, in: facts, depth: 0), let present = model.keys(ofObject: object) else {
                return false
            }
            return keys.allSatisfy { !present.contains($0) }
        case .hasKeys(let keys):
            guard let model, let object = model.objectLiteral(node, in: facts, depth: 0), let present = model.keys(ofObject: object) else {
                return false
            }
            return keys.allSatisfy { present.contains($0) }
        case .importedFrom(let modules):
            return facts.bindings.reaching(node).contains { binding in
                guard let module = binding.module else { return false }
                return modules.contains { module == $0 || module.hasPrefix($0 + "/") || module.hasPrefix($0 + ".") }
            }
        case .boundRegex(let regex):
            let bindings = facts.bindings.reaching(node)
            if bindings.contains(where: { binding in binding.source.map { regex.matches($0.text) } ?? false }) { return true }
            // `sql = llm.sql_for(question)`: what that function returns, as the project's summaries say.
            return bindings.contains { binding in
                guard let source = binding.source, let call = Self.producingCall(source), let callee = facts.callee(of: call) else { return false }
                return facts.returns(CalleeReference(name: callee.name, module: callee.module), regex.fingerprint)
            }
        case .secret(let requirement):
            let text = model?.constantString(node, in: facts, depth: 0) ?? node.text
            switch requirement {
            case .knownFormat: return SecretDetector.knownFormat(in: text) != nil
            case .likely: return SecretDetector.isLikelySecret(text)
            }
        }
    }

    // MARK: Findings

    /// Numbers repeated (rule, text) pairs in source order, so identical lines get distinct, stable fingerprints.
    func assignFingerprints(_ findings: inout [Finding], matchedTexts: [String]) {
        let order = findings.indices.sorted { Finding.reportOrder(findings[$0], findings[$1]) }
        var occurrences: [String: Int] = [:]
        for index in order {
            let key = findings[index].ruleID + "\u{0}" + matchedTexts[index]
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            findings[index].fingerprint = Fingerprint.make(
                ruleID: findings[index].ruleID, path: findings[index].path, matchedText: matchedTexts[index], occurrence: occurrence)
        }
    }

    private func makeFinding(rule: Rule, candidate: Candidate, facts: FileFacts, relativePath: String, suppressions: [SuppressionComment]) -> (Finding, String) {
        let source = candidate.focus.source
        let focus = candidate.focus
        let startRow = focus.startRow
        let rows = startRow...max(startRow, focus.endRow)
        // Secrets are hidden wherever they show: the rule's own capture and the literals it
        // resolves to, credential literals anywhere in the file, and known key formats in any text.
        var masked = facts.secretLiteralRanges
        if let mask = rule.maskCapture, let index = captureIndex(mask) {
            for node in candidate.match.nodes(forCapture: index) { masked += Self.literalSources(of: node, facts: facts) }
        }
        if let lines = Excerpt.byteRange(of: source, rows: rows)?.range {
            masked += SecretDetector.knownFormatWords(in: source, lines)
        }
        masked += SecretDetector.knownFormatWords(in: source, focus.byteRange)
        let message = render(rule.message, match: candidate.match, masked: masked)
        let suppression = suppressions.first { $0.reason != nil && $0.covers(ruleID: rule.id, row: startRow) }
        let finding = Finding(
            ruleID: rule.id,
            title: rule.title,
            severity: rule.severity,
            confidence: rule.confidence,
            category: rule.category,
            cwe: rule.cweIDs,
            owasp: rule.owasp,
            message: message,
            fix: rule.fix,
            path: relativePath,
            range: SourceRange(start: source.position(ofByte: focus.startByte), end: source.position(ofByte: focus.endByte)),
            snippet: Excerpt.lines(of: source, rows: rows, masking: masked),
            fingerprint: "",
            suppression: suppression.map { Suppression(justification: $0.reason ?? "", line: $0.row + 1) })
        return (finding, Excerpt.maskedText(source, focus.byteRange, masking: masked))
    }

    /// The string contents of `node` and of the literals its names are bound to, a few steps
    /// deep: `jwt.sign(p, secret)` must mask the literal `secret` was set to.
    static func literalSources(of node: SyntaxNode, facts: FileFacts) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var pending = [(node: node, depth: 0)]
        var visited = 0
        while let (current, depth) = pending.popLast(), visited < 64 {
            visited += 1
            ranges += current.stringContentNodes.map(\.byteRange)
            guard depth < 4 else { continue }
            current.walk { child in
                if child.kind == "identifier" {
                    for binding in facts.bindings.reaching(child) {
                        if let value = binding.value { pending.append((value, depth + 1)) }
                    }
                }
                return true
            }
        }
        return ranges
    }

    /// Fills `{{capture}}` placeholders with the captured text, shortened to one line.
    /// Captures named in `placeholders` become `argumentPlaceholder`, for a caller's argument.
    func render(_ template: String, match: QueryMatch, masked: [Range<Int>], placeholders: Set<String> = []) -> String {
        guard template.contains("{{") else { return template }
        var output = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            output += rest[..<open.lowerBound]
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if placeholders.contains(name) {
                output += Self.argumentPlaceholder
            } else if let index = captureIndex(name), let node = match.nodes(forCapture: index).first {
                output += Excerpt.shorten(Excerpt.maskedText(node.source, node.byteRange, masking: masked))
            } else {
                output += "{{\(name)}}"
            }
            rest = rest[close.upperBound...]
        }
        return output + rest
    }
}
