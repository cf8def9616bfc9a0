import Foundation

/// Summarises what each function of a Python or JavaScript / TypeScript file returns, for the
/// files that call it: a string built from parts that are not constant, values that rules'
/// `bound-regex` conditions recognise (a model's answer), and which project functions' results
/// it passes on.
struct ReturnSummarizer {
    /// Numeric casts: `"LIMIT " + str(int(n))` is not a string built from text.
    static let sanitizers: Set<String> = ["int", "float", "bool", "len", "Number", "parseInt", "parseFloat", "Boolean", "Math.floor", "Math.round"]
    private static let maximumTexts = 6
    private static let maximumCallees = 6

    let query: CompiledQuery
    let valueCapture: Int
    /// The `bound-regex` patterns of the rules for this language.
    let regexes: [RegexPattern]

    init?(language: Language, regexes: [RegexPattern]) {
        guard let grammar = Grammar.for(language) else { return nil }
        let source: String
        switch language {
        case .python:
            source = "(return_statement (_) @value)"
        case .javascript, .typescript, .tsx:
            source = """
                (return_statement (_) @value)
                (arrow_function body: [(template_string) (binary_expression) (call_expression) (await_expression) (member_expression) (identifier) (parenthesized_expression) (ternary_expression)] @value)
                """
        default:
            return nil
        }
        guard let query = try? CompiledQuery(grammar: grammar, source: source), let index = query.captureIndex(named: "value") else { return nil }
        self.query = query
        self.valueCapture = index
        self.regexes = regexes
    }

    /// Summaries of the functions named `names` (all when nil) that return something a caller
    /// may care about.
    func summaries(of facts: FileFacts, only names: Set<String>? = nil, runner: QueryRunner, deadline: Deadline) -> [ReturnSummary] {
        var values: [String: [SyntaxNode]] = [:]
        if let names {
            // Named functions are found through the file's bindings; members of an exported object
            // literal (`module.exports = { query() {...} }`) only by the query over the file.
            for name in names { values[name] = Self.functions(named: name, in: facts).flatMap(Self.returnValues(of:)) }
            if values.values.contains(where: \.isEmpty) {
                let all = returnValues(in: facts, runner: runner, deadline: deadline)
                for (name, found) in values where found.isEmpty { values[name] = all[name] ?? [] }
            }
        } else {
            values = returnValues(in: facts, runner: runner, deadline: deadline)
        }
        return values.filter { !$0.value.isEmpty }
            .sorted { $0.key < $1.key }
            .map { summary(named: $0.key, values: $0.value, in: facts) }
            .filter { $0.returnsBuilt || !$0.matchedRegexes.isEmpty || !$0.returnsResultsOf.isEmpty }
    }

    /// The expressions a function returns: its `return` statements' values (not those of
    /// functions nested in it), or an arrow function's expression body.
    static func returnValues(of function: SyntaxNode) -> [SyntaxNode] {
        guard let body = function.field("body") else { return [] }
        if function.kind == "arrow_function", body.kind != "statement_block" { return [body] }
        var values: [SyntaxNode] = []
        body.walk { node in
            if node.kind == "return_statement", let value = node.namedChildren.first(where: { $0.kind != "comment" }) { values.append(value) }
            return node == body || !FunctionShape.functionKinds.contains(node.kind)
        }
        return values
    }

    /// The functions of this file that a call of `name` may run: declared functions (and
    /// methods, in Python) and names bound to a function expression.
    static func functions(named name: String, in facts: FileFacts) -> [SyntaxNode] {
        (facts.bindings.byName[name] ?? []).compactMap { binding in
            switch binding.kind {
            case .function:
                return binding.nameNode.parent.flatMap { FunctionShape.functionKinds.contains($0.kind) ? $0 : nil }
            case .declaration, .assignment:
                return binding.value.flatMap { FunctionShape.functionKinds.contains($0.kind) ? $0 : nil }
            default:
                return nil
            }
        }
    }

    /// The expressions each named function returns.
    func returnValues(in facts: FileFacts, runner: QueryRunner, deadline: Deadline) -> [String: [SyntaxNode]] {
        var values: [String: [SyntaxNode]] = [:]
        for match in runner.matches(of: query, in: facts.tree.root, deadline: deadline).matches {
            guard let value = match.nodes(forCapture: valueCapture).first,
                let function = FunctionShape.enclosingFunction(of: value), let name = FunctionShape.name(of: function)
            else { continue }
            values[name, default: []].append(value)
        }
        return values
    }

    func summary(named name: String, values: [SyntaxNode], in facts: FileFacts) -> ReturnSummary {
        var summary = ReturnSummary(function: name, returnsBuilt: false, matchedRegexes: [], returnsResultsOf: [])
        guard let model = facts.model else { return summary }
        for value in values {
            if !summary.returnsBuilt, model.classify(value, sanitizers: Self.sanitizers, in: facts, depth: 0) == .built {
                summary.returnsBuilt = true
            }
            let (texts, calls) = origins(of: value, in: facts)
            for regex in regexes where !summary.matchedRegexes.contains(regex.fingerprint) && texts.contains(where: regex.matches) {
                summary.matchedRegexes.append(regex.fingerprint)
            }
            for call in calls where summary.returnsResultsOf.count < Self.maximumCallees {
                guard let callee = facts.callee(of: call), callee.name != name || callee.module != nil, Self.isProjectModule(callee.module, facts.language)
                else { continue }
                let reference = CalleeReference(name: callee.name, module: callee.module)
                if !summary.returnsResultsOf.contains(reference) { summary.returnsResultsOf.append(reference) }
            }
        }
        return summary
    }

    /// The returned expression's text and the texts its names were set from in the function
    /// (`text = chat(...)`; `return text.strip()`), and the calls among them.
    private func origins(of value: SyntaxNode, in facts: FileFacts) -> (texts: [String], calls: [SyntaxNode]) {
        var texts = [value.text]
        var calls: [SyntaxNode] = []
        var pending = [value]
        var visited = 0
        while let node = pending.popLast(), visited < 64 {
            visited += 1
            node.walk { child in
                visited += 1
                if child.kind == "call" || child.kind == "call_expression" { calls.append(child) }
                if child.kind == "identifier", texts.count < Self.maximumTexts {
                    for binding in facts.bindings.reaching(child) where binding.kind != .parameter {
                        if let source = binding.source, texts.count < Self.maximumTexts, source.byteRange.count < 2_000 {
                            texts.append(source.text)
                            pending.append(source)
                        }
                    }
                }
                // Nested functions return for themselves.
                return visited < 256 && (child == node || !FunctionShape.functionKinds.contains(child.kind))
            }
        }
        return (texts, calls)
    }

    /// Functions that may be this project's: defined in the same file, or imported by a relative
    /// or aliased path in JavaScript (a bare specifier names a package). Python's absolute imports
    /// name the project's own packages as often as installed ones: the table tells them apart.
    static func isProjectModule(_ module: String?, _ language: Language) -> Bool {
        guard let module, language.family == "javascript" else { return true }
        return module.hasPrefix(".") || module.hasPrefix("@/") || module.hasPrefix("~/") || module.hasPrefix("/")
    }
}
