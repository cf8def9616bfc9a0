import Foundation

/// The parameter that kept a candidate from being a finding: the value reaches the sink from
/// the function's caller.
struct SinkParameter {
    var conditions: [Int]
    var function: String
    var index: Int
    var name: String
}

/// Sinks one call away. A module-level function that passes a parameter to a rule's sink, where
/// the rule judges how the value was built (`value:` conditions), is summarised while its file is
/// analysed; once every file is, each call of it is judged as the sink would judge the argument:
/// `query_all(f"... '{email}'")` is SQL injection when `query_all` runs `db.execute(sql)`, in
/// whichever file it is defined. (Rules that recognise where a value came from, `bound-regex`,
/// are not summarised this way: in library code nearly every function would be one.)
extension RuleEvaluator {
    /// Whether every condition the candidate fails is a value test on one parameter of the
    /// enclosing function. The conditions before `first` hold, and `first` does not.
    func sinkParameter(_ candidate: Candidate, failingFrom first: Int, facts: FileFacts, memo: RegexMemo) -> SinkParameter? {
        let pattern = rules[candidate.rule].patterns[candidate.pattern]
        var failing: [Int] = []
        var parameter: (node: SyntaxNode, function: SyntaxNode)?
        for (index, condition) in pattern.conditions.enumerated() where index >= first {
            guard let capture = captureIndex(condition.capture), let node = candidate.match.nodes(forCapture: capture).first else { return nil }
            if index > first, holds(condition, on: node, facts: facts, memo: memo) { continue }
            switch condition.test {
            case .value: break
            default: return nil
            }
            guard node.kind == "identifier" else { return nil }
            let bindings = facts.bindings.reaching(node)
            guard bindings.count == 1, bindings[0].kind == .parameter, let function = FunctionShape.function(declaring: bindings[0].nameNode),
                FunctionShape.isModuleLevel(function)
            else { return nil }
            if let known = parameter, known.node != bindings[0].nameNode { return nil }
            parameter = (bindings[0].nameNode, function)
            failing.append(index)
        }
        guard let parameter, let name = FunctionShape.name(of: parameter.function),
            let position = FunctionShape.parameters(of: parameter.function).firstIndex(where: { $0 == parameter.node })
        else { return nil }
        return SinkParameter(conditions: failing, function: name, index: position, name: parameter.node.text)
    }

    func sinkSummary(_ candidate: Candidate, parameter: SinkParameter) -> SinkSummary {
        let rule = rules[candidate.rule]
        let pattern = rule.patterns[candidate.pattern]
        // The captures the failing conditions test stand for the caller's argument.
        let standIns = Set(parameter.conditions.map { pattern.conditions[$0].capture })
        let sink = candidate.match.nodes(forCapture: plan.main.matchCapture ?? 0).first ?? candidate.focus
        return SinkSummary(
            function: parameter.function, parameterIndex: parameter.index, parameterName: parameter.name,
            ruleID: rule.id, pattern: candidate.pattern, conditions: parameter.conditions,
            message: render(rule.message, match: candidate.match, masked: [], placeholders: standIns),
            sinkLine: candidate.focus.startRow + 1, sinkText: Excerpt.shorten(sink.text))
    }

    /// Findings at the calls of summarised sink functions in this file.
    func callSiteFindings(facts: FileFacts, relativePath: String, deadline: Deadline) -> [Finding] {
        guard let project = facts.project, let query = Self.callQueries[facts.language] else { return [] }
        let names = project.sinkFunctionNames
        guard !names.isEmpty else { return [] }
        let memo = RegexMemo(shared: sharedRegexResults)
        let rulesByID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let suppressions = SuppressionComment.all(in: facts.tree)
        var findings: [Finding] = []
        var matchedTexts: [String] = []
        var seen = Set<String>()
        for match in QueryRunner().matches(of: query.query, in: facts.tree.root, deadline: deadline).matches {
            guard !deadline.hasPassed, let call = match.nodes(forCapture: query.call).first,
                let callee = facts.callee(of: call), names.contains(callee.name) else { continue }
            let arguments = call.field("arguments")?.namedChildren.filter { $0.kind != "comment" } ?? []
            for (definedIn, summary) in project.sinks(named: callee.name, from: relativePath, module: callee.module) {
                guard let rule = rulesByID[summary.ruleID], rule.languages.contains(facts.language) || rule.languages.contains(where: { $0.family == facts.language.family }),
                    summary.pattern < rule.patterns.count,
                    let argument = Self.argument(arguments, index: summary.parameterIndex, name: summary.parameterName)
                else { continue }
                // The call inside the function itself passes the parameter on: not a new flow.
                if definedIn == relativePath, FunctionShape.enclosingFunction(of: call).flatMap(FunctionShape.name) == summary.function { continue }
                let conditions = summary.conditions.compactMap { $0 < rule.patterns[summary.pattern].conditions.count ? rule.patterns[summary.pattern].conditions[$0] : nil }
                guard conditions.count == summary.conditions.count, conditions.allSatisfy({ condition in
                    if case .boundRegex(let regex) = condition.test, regex.matches(argument.text) { return true }
                    return holds(condition, on: argument, facts: facts, memo: memo)
                }) else { continue }
                let key = "\(rule.id)@\(argument.startByte)"
                guard seen.insert(key).inserted else { continue }
                let masked = facts.secretLiteralRanges + SecretDetector.knownFormatWords(in: facts.tree.source, argument.byteRange)
                let argumentText = Excerpt.shorten(Excerpt.maskedText(argument.source, argument.byteRange, masking: masked))
                let message = summary.message.replacingOccurrences(of: Self.argumentPlaceholder, with: argumentText)
                    + " The value gets there through `\(callee.name)`, which passes its `\(summary.parameterName)` parameter to "
                    + "`\(summary.sinkText)` (\(definedIn):\(summary.sinkLine))."
                let source = facts.tree.source
                let row = argument.startRow
                let suppression = suppressions.first { $0.reason != nil && $0.covers(ruleID: rule.id, row: row) }
                findings.append(Finding(
                    ruleID: rule.id, title: rule.title, severity: rule.severity, confidence: rule.confidence, category: rule.category,
                    cwe: rule.cweIDs, owasp: rule.owasp, message: message, fix: rule.fix, path: relativePath,
                    range: SourceRange(start: source.position(ofByte: argument.startByte), end: source.position(ofByte: argument.endByte)),
                    snippet: Excerpt.lines(of: source, rows: row...max(row, argument.endRow), masking: masked),
                    fingerprint: "",
                    suppression: suppression.map { Suppression(justification: $0.reason ?? "", line: $0.row + 1) }))
                matchedTexts.append(callee.name + "\u{0}" + Excerpt.maskedText(argument.source, argument.byteRange, masking: masked))
            }
        }
        assignFingerprints(&findings, matchedTexts: matchedTexts)
        return findings
    }

    static let argumentPlaceholder = "\u{1}argument\u{1}"

    /// The argument a caller passes for a parameter: by keyword when it names it, else by position.
    static func argument(_ arguments: [SyntaxNode], index: Int, name: String) -> SyntaxNode? {
        if let keyword = arguments.first(where: { $0.kind == "keyword_argument" && $0.field("name")?.text == name }) {
            return keyword.field("value")
        }
        let positional = arguments.filter { !["keyword_argument", "list_splat", "dictionary_splat", "spread_element"].contains($0.kind) }
        // A splat before the position hides which argument lands there.
        if arguments.prefix(index + 1).contains(where: { ["list_splat", "dictionary_splat", "spread_element"].contains($0.kind) }) { return nil }
        return index < positional.count ? positional[index] : nil
    }

    struct CallQuery: @unchecked Sendable {
        let query: CompiledQuery
        let call: Int
    }

    /// Calls of a named function or of a module's member, per language.
    static let callQueries: [Language: CallQuery] = {
        var queries: [Language: CallQuery] = [:]
        let sources: [(Language, String)] = [
            (.python, "(call function: [(identifier) (attribute object: (identifier))]) @call"),
            (.javascript, "(call_expression function: [(identifier) (member_expression object: (identifier))]) @call"),
            (.typescript, "(call_expression function: [(identifier) (member_expression object: (identifier))]) @call"),
            (.tsx, "(call_expression function: [(identifier) (member_expression object: (identifier))]) @call"),
        ]
        for (language, source) in sources {
            guard let grammar = Grammar.for(language), let query = try? CompiledQuery(grammar: grammar, source: source),
                let call = query.captureIndex(named: "call") else { continue }
            queries[language] = CallQuery(query: query, call: call)
        }
        return queries
    }()
}
