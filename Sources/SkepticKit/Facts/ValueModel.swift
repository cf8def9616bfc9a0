/// Per-language knowledge of how values are written and where names are bound, used by rule
/// conditions such as `value: built` and `lacks-keys`.
public protocol ValueModel {
    func classify(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind
    /// The object/dict literal a node evaluates to, following local bindings.
    func objectLiteral(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> SyntaxNode?
    /// Keys written in an object/dict literal (nil when a spread or computed key hides some).
    func keys(ofObject node: SyntaxNode) -> [String]?
    /// The numeric value of a constant expression.
    func number(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> Double?
    /// The text of a constant string expression, without quotes.
    func constantString(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> String?
}

extension ValueModel {
    /// Memoised, depth-bounded classification: every model's `classify` goes through here.
    func memoisedClassify(
        _ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int, _ compute: () -> ValueKind
    ) -> ValueKind {
        guard depth < maximumValueDepth else {
            facts.truncatedClassifications += 1
            return .unknown
        }
        let key = FileFacts.ValueKey(start: node.startByte, end: node.endByte, identity: node.identity, sanitizers: sanitizers)
        return facts.memoisedClassification(key, compute)
    }

    /// Concatenation and interpolation: constant when every part is, built when a constant part
    /// meets one that is not.
    func combineConcatenation(_ kinds: [ValueKind]) -> ValueKind {
        if kinds.allSatisfy({ $0 == .constant || $0 == .sanitized }) {
            return kinds.contains(.sanitized) ? .sanitized : .constant
        }
        return .built
    }

    /// The kinds of the values that reach a name's use, merged: declarations and assignments
    /// give their value's kind, appends (`sql += x`) build, parameters and imports are unknown.
    func classifyBindings(of identifier: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind {
        let bindings = facts.bindings.reaching(identifier)
        guard !bindings.isEmpty else { return .unknown }
        var result: ValueKind?
        for binding in bindings {
            let kind: ValueKind
            switch binding.kind {
            case .declaration, .assignment:
                kind = binding.value.map { classify($0, sanitizers: sanitizers, in: facts, depth: depth + 1) } ?? .unknown
            case .augmentedAssignment:
                let appended = binding.value.map { classify($0, sanitizers: sanitizers, in: facts, depth: depth + 1) } ?? .unknown
                kind = appended == .constant || appended == .sanitized ? appended : .built
            case .parameter, .imported, .function:
                kind = .unknown
            }
            result = result.map { $0.merged(with: kind) } ?? kind
        }
        return result ?? .unknown
    }

    /// A call of a function defined in the project: built when the function returns a string it
    /// builds from parts that are not constant (`return "... WHERE mood = '" + mood + "'"`).
    /// Without the project's summaries, the callee is noted so the file can be judged again.
    func classifyProjectCall(_ call: SyntaxNode, in facts: FileFacts) -> ValueKind {
        guard let callee = facts.callee(of: call) else { return .unknown }
        return facts.returns(CalleeReference(name: callee.name, module: callee.module), UnresolvedCall.built) ? .built : .unknown
    }

    /// The one value bound to a name where it is used, when exactly one binding with a value reaches it.
    func singleBoundValue(_ identifier: SyntaxNode, in facts: FileFacts) -> SyntaxNode? {
        let values = facts.bindings.reaching(identifier).compactMap(\.value)
        return values.count == 1 ? values[0] : nil
    }
}

/// `DOMPurify.sanitize` matches the sanitiser `DOMPurify.sanitize` and also `sanitize` given alone.
func calleeMatchesSanitizer(_ callee: String, _ names: Set<String>) -> Bool {
    let compact = callee.filter { !$0.isWhitespace }
    if names.contains(compact) { return true }
    return names.contains { !$0.contains(".") && compact.hasSuffix("." + $0) }
}

/// The greatest depth the value models descend, through expressions and bindings together:
/// enough for long concatenations and helper variables, bounded so deep chains cannot exhaust
/// a worker's stack. Classification results are memoised per file, so breadth costs little.
let maximumValueDepth = 48

/// Facts about one file that several rules share, computed lazily and at most once.
public final class FileFacts {
    public let tree: SyntaxTree
    public let language: Language
    public let model: ValueModel?
    private var cachedBindings: BindingIndex?

    /// Classifications already made, per node and sanitiser set.
    struct ValueKey: Hashable {
        var start: Int
        var end: Int
        var identity: UInt
        var sanitizers: Set<String>
    }
    var classifications: [ValueKey: ValueKind] = [:]
    var classifying: Set<ValueKey> = []
    /// Counts results cut short by the depth bound or a cycle: those are not memoised, since a
    /// shallower start could see further.
    var truncatedClassifications = 0

    /// `compute` memoised under `key`, with cycles answered `.unknown`.
    func memoisedClassification(_ key: ValueKey, _ compute: () -> ValueKind) -> ValueKind {
        if let known = classifications[key] { return known }
        guard classifying.insert(key).inserted else {
            truncatedClassifications += 1
            return .unknown
        }
        let truncatedBefore = truncatedClassifications
        let kind = compute()
        classifying.remove(key)
        if truncatedClassifications == truncatedBefore { classifications[key] = kind }
        return kind
    }

    /// The file's path from the scan root, and what the project's other files say about the
    /// functions this one calls (nil while the project's summaries are still being gathered).
    let path: String
    let project: ProjectSummaries?
    /// Functions whose results a condition could not judge here: with the project's summaries
    /// their calls may decide it (`sql = queries.filter_sql(mood)`; `db.execute(sql)`).
    var unresolvedCallees: Set<UnresolvedCall> = []

    public convenience init(tree: SyntaxTree, language: Language) {
        self.init(tree: tree, language: language, path: "", project: nil)
    }

    init(tree: SyntaxTree, language: Language, path: String, project: ProjectSummaries?) {
        self.tree = tree
        self.language = language
        self.path = path
        self.project = project
        switch language {
        case .javascript, .typescript, .tsx: model = JavaScriptValueModel()
        case .python: model = PythonValueModel()
        case .go: model = GoValueModel()
        case .swift: model = SwiftValueModel()
        default: model = nil
        }
    }

    private var cachedSecretRanges: [Range<Int>]?

    /// String literals anywhere in the file that hold a credential: a known provider format, or
    /// a random-looking value bound to a credential-like name. Every excerpt masks them,
    /// whichever rule's finding happens to show their line.
    public var secretLiteralRanges: [Range<Int>] {
        if let cachedSecretRanges { return cachedSecretRanges }
        var ranges: [Range<Int>] = []
        for content in tree.root.stringContentNodes {
            let text = content.text
            if SecretDetector.knownFormat(in: text) != nil
                || (Self.credentialContext(of: content) && SecretDetector.isLikelySecret(text)) {
                ranges.append(content.byteRange)
            }
        }
        cachedSecretRanges = ranges
        return ranges
    }

    /// Whether the literal holding `content` is bound to a credential-like name: a key, variable,
    /// assignment target or keyword argument.
    private static func credentialContext(of content: SyntaxNode) -> Bool {
        credentialName(of: content).map(SecretDetector.isCredentialName) ?? false
    }

    /// The name a string literal is bound to: the key, variable, assignment target or keyword
    /// argument that holds it (`holder` is the literal's parent, or its grandparent when the
    /// language wraps values in a list, as Go's `const k = "..."` does).
    static func credentialName(of content: SyntaxNode) -> String? {
        guard let literal = content.parent, var holder = literal.parent else { return nil }
        if holder.kind == "expression_list" || holder.kind == "literal_element", let outer = holder.parent { holder = outer }
        // A Go struct tag (`json:"password"`) names how a field is encoded, never its value.
        if holder.field("tag") == literal { return nil }
        // The fallback of an environment lookup is named by the variable it stands in for:
        // `os.environ.get("MAILGUN_API_KEY", "key-...")`, `os.getenv("DB_PASSWORD", "...")`.
        if holder.kind == "argument_list", let function = holder.parent?.field("function"),
            ["os.environ.get", "environ.get", "os.getenv", "getenv"].contains(function.text),
            let variable = holder.namedChildren.first, variable != literal, variable.kind == "string" {
            return variable.namedChildren.filter { $0.kind == "string_content" }.map(\.text).joined()
        }
        let name = holder.field("key") ?? holder.field("name") ?? holder.field("left")
            ?? (holder.kind == "keyed_element" ? holder.namedChild(0) : nil)
        guard let name, name != literal, !name.byteRange.contains(literal.startByte) else { return nil }
        return name.text
    }

    public var bindings: BindingIndex {
        if let cachedBindings { return cachedBindings }
        let index = BindingIndex(root: tree.root, language: language)
        cachedBindings = index
        return index
    }

    /// What the file's functions return, summarised when a condition first asks (set by the analyser).
    var returnSummarizer: ReturnSummarizer?
    private var localSummaries: [String: ReturnSummary] = [:]
    private var summarising: Set<String> = []

    /// Whether a call of `callee` returns what a condition `wants` (`built`, or a `bound-regex`
    /// pattern's fingerprint): a function of this file is summarised here and now; one imported
    /// from another file is looked up in the project's summaries, or noted for the project's pass.
    func returns(_ callee: CalleeReference, _ wants: String, depth: Int = 0) -> Bool {
        guard depth < 4 else { return false }
        guard callee.module == nil else {
            guard let project else {
                unresolvedCallees.insert(UnresolvedCall(callee: callee, wants: wants))
                return false
            }
            return project.decides(UnresolvedCall(callee: callee, wants: wants), from: path)
        }
        guard let summary = localSummary(named: callee.name) else { return false }
        if wants == UnresolvedCall.built ? summary.returnsBuilt : summary.matchedRegexes.contains(wants) { return true }
        return summary.returnsResultsOf.contains { returns($0, wants, depth: depth + 1) }
    }

    private func localSummary(named name: String) -> ReturnSummary? {
        if let known = localSummaries[name] { return known }
        // A few functions deep at most: each level classifies with a fresh depth budget.
        guard let summarizer = returnSummarizer, !summarising.contains(name), summarising.count < 3 else { return nil }
        let values = ReturnSummarizer.functions(named: name, in: self).flatMap(ReturnSummarizer.returnValues(of:))
        guard !values.isEmpty else { return nil }
        summarising.insert(name)
        let summary = summarizer.summary(named: name, values: values, in: self)
        summarising.remove(name)
        localSummaries[name] = summary
        return summary
    }

    /// The function a call names, and the module it was imported from (nil when the name is not
    /// an import, so it is looked for in this file): `query_all(...)` after `from .db import
    /// query_all`, `queries.date_sql(...)` after `from . import queries`, `db.run(...)` after
    /// `import * as db from "./db"`. Calls on other objects are not followed.
    func callee(of call: SyntaxNode) -> (name: String, module: String?)? {
        guard let function = call.field("function") else { return nil }
        switch function.kind {
        case "identifier":
            let bindings = bindings.reaching(function)
            if let imported = bindings.first(where: { $0.kind == .imported || $0.module != nil }) {
                guard let module = imported.module else { return nil }
                return (function.text, Self.importedModule(module, name: function.text))
            }
            // A name bound nowhere in the file is a global or builtin (`require`, `str`), and a
            // parameter or a local holding something else is not the function of that name.
            guard !bindings.isEmpty else { return nil }
            let functionKinds: Set<String> = ["arrow_function", "function_expression", "function", "lambda"]
            guard bindings.allSatisfy({ $0.kind == .function || ($0.value.map { functionKinds.contains($0.kind) } ?? false) }) else { return nil }
            return (function.text, nil)
        case "attribute", "member_expression":
            guard let object = function.field("object"), object.kind == "identifier",
                let name = (function.field("attribute") ?? function.field("property"))?.text,
                let imported = bindings.reaching(object).first(where: { $0.module != nil }), let module = imported.module
            else { return nil }
            return (name, Self.importedModule(module, name: object.text))
        default:
            return nil
        }
    }

    /// `from . import queries` names the module by the imported name itself.
    private static func importedModule(_ module: String, name: String) -> String {
        module.allSatisfy { $0 == "." } ? name : module
    }
}
