/// Where each name is bound in a file: declarations, assignments and parameters, with the scope
/// they belong to. Built with one walk per file; lookups follow lexical scoping (block scopes in
/// JavaScript and Go, function scopes in Python, whose collectors say which nodes open a scope).
public struct BindingIndex {
    public enum Kind: Sendable {
        case declaration, assignment, augmentedAssignment, parameter, imported, function
    }

    public struct Binding {
        public var kind: Kind
        public var nameNode: SyntaxNode
        /// The expression bound, when there is one (`const x = <value>`).
        public var value: SyntaxNode?
        public var scope: Range<Int>
        /// For imports and `require` results: the module name.
        public var module: String?
        /// The expression the name takes its value from, also when only part of it is bound
        /// (`const { text } = await generateText(...)`): where the value comes from, not what it is.
        public var source: SyntaxNode?
    }

    var byName: [String: [Binding]] = [:]

    init(root: SyntaxNode, language: Language) {
        switch language {
        case .javascript, .typescript, .tsx:
            collectJavaScript(root, language: language)
        case .python:
            collectPython(root)
        case .go:
            collectGo(root)
        case .swift:
            collectSwift(root)
        default: break
        }
    }

    private static let jsBindingSymbols = SymbolSet.PerGrammar(jsBindingKinds)
    private static let jsScopeSymbols = SymbolSet.PerGrammar(jsScopeKinds)
    private static let jsVisitedSymbols = SymbolSet.PerGrammar(jsBindingKinds.union(jsScopeKinds))

    /// The bindings that may supply the value of `identifier` where it is used: those of the
    /// innermost scope declaring the name, limited to the ones before the use when there are any.
    public func reaching(_ identifier: SyntaxNode) -> [Binding] {
        let name = identifier.text
        let use = identifier.startByte
        guard let candidates = byName[name] else { return [] }
        // The binding being made cannot supply its own value: in `q = q + x` the right-hand `q`
        // is the earlier one.
        func isAssignment(_ binding: Binding) -> Bool { binding.kind == .assignment || binding.kind == .augmentedAssignment }
        // An assignment in a nested block (`if (name) { sql += ... }`) still changes the variable
        // declared outside it, so it may reach a use after the block.
        let visible = candidates.filter {
            ($0.scope.contains(use) || isAssignment($0)) && $0.nameNode.startByte != use && !($0.value?.byteRange.contains(use) ?? false)
        }
        let declarations = visible.filter { !isAssignment($0) }
        let enclosing = visible.filter { $0.scope.contains(use) }
        guard let innermost = declarations.min(by: { $0.scope.count < $1.scope.count }) ?? enclosing.min(by: { $0.scope.count < $1.scope.count }) else {
            return []
        }
        // Declarations of the same name inside the innermost scope shadow it for their own scope.
        let shadows = candidates.filter { !isAssignment($0) && $0.scope != innermost.scope && innermost.scope.contains($0.scope.lowerBound) && !$0.scope.contains(use) }
        let inScope = visible.filter { binding in
            guard innermost.scope.contains(binding.nameNode.startByte) else { return false }
            if binding.scope == innermost.scope { return true }
            guard isAssignment(binding) else { return false }
            return !shadows.contains { $0.scope.contains(binding.nameNode.startByte) }
        }
        let before = inScope.filter { $0.nameNode.startByte < use }
        return before.isEmpty ? inScope : before
    }

    // MARK: JavaScript and TypeScript

    private static let jsScopeKinds: Set<String> = [
        "program", "statement_block", "function_declaration", "function_expression", "arrow_function",
        "method_definition", "generator_function_declaration", "generator_function", "class_body", "for_statement",
        "for_in_statement", "catch_clause",
    ]

    mutating func add(_ kind: Kind, _ name: SyntaxNode, _ value: SyntaxNode?, scope: SyntaxNode?, module: String? = nil, source: SyntaxNode? = nil) {
        guard let scope else { return }
        let module = module ?? value.flatMap(Self.requiredModule)
        byName[name.text, default: []].append(
            Binding(kind: kind, nameNode: name, value: value, scope: scope.byteRange, module: module, source: source ?? value))
    }

    /// `require("x")`, `require("x").y`, `await import("x")`: the module name.
    static func requiredModule(_ value: SyntaxNode) -> String? {
        var node = value
        while node.kind == "member_expression" || node.kind == "await_expression" || node.kind == "parenthesized_expression" {
            guard let inner = node.field("object") ?? node.namedChildren.first else { return nil }
            node = inner
        }
        guard node.kind == "call_expression", let callee = node.field("function"),
            callee.text == "require" || callee.kind == "import",
            let argument = node.field("arguments")?.namedChildren.first, argument.kind == "string"
        else { return nil }
        return argument.namedChildren.map(\.text).joined()
    }

    /// The module an import statement names.
    static func importSource(_ node: SyntaxNode) -> String? {
        guard let statement = node.ancestors.first(where: { $0.kind == "import_statement" }),
            let source = statement.field("source")
        else { return nil }
        return source.namedChildren.map(\.text).joined()
    }

    /// Kinds that bind names; other nodes are passed over by symbol, without reading their kind.
    private static let jsBindingKinds: Set<String> = [
        "variable_declarator", "assignment_expression", "augmented_assignment_expression", "formal_parameters",
        "arrow_function", "catch_clause", "import_specifier", "namespace_import", "import_clause",
        "function_declaration", "class_declaration",
    ]

    /// One pre-order walk that stops only at scopes and binding nodes, calling `visit` with each
    /// binding node and its innermost enclosing scope. Enclosing scopes are kept on a stack as the
    /// walk enters and leaves them, rather than looked up through parents (each parent lookup
    /// descends from the root).
    static func walkBindings(
        _ root: SyntaxNode, language: Language, bindingKinds: SymbolSet.PerGrammar, scopeKinds: SymbolSet.PerGrammar,
        visitedKinds: SymbolSet.PerGrammar, _ visit: (SyntaxNode, SyntaxNode?) -> Void
    ) {
        guard let grammar = Grammar.for(language), let interesting = bindingKinds.forGrammar(grammar),
            let scopes = scopeKinds.forGrammar(grammar), let visited = visitedKinds.forGrammar(grammar)
        else { return }
        var scopeStack: [SyntaxNode] = []
        root.walk(only: visited) { node in
            let start = node.startByte
            while let last = scopeStack.last, last.endByte <= start, last != node { scopeStack.removeLast() }
            let symbol = node.symbol
            defer { if scopes.contains(symbol) { scopeStack.append(node) } }
            guard interesting.contains(symbol) else { return }
            visit(node, scopeStack.last)
        }
    }

    private mutating func collectJavaScript(_ root: SyntaxNode, language: Language) {
        Self.walkBindings(
            root, language: language, bindingKinds: Self.jsBindingSymbols, scopeKinds: Self.jsScopeSymbols,
            visitedKinds: Self.jsVisitedSymbols
        ) { node, enclosingScope in
            switch node.kind {
            case "variable_declarator":
                if let name = node.field("name"), name.kind == "identifier" {
                    add(.declaration, name, node.field("value"), scope: enclosingScope)
                } else if let pattern = node.field("name") {
                    // Destructuring: every bound name comes from an unknown part of the value,
                    // but keeps its module: `const { sign } = require("jsonwebtoken")`.
                    let module = node.field("value").flatMap(Self.requiredModule)
                    for identifier in Self.patternIdentifiers(pattern) {
                        add(.declaration, identifier, nil, scope: enclosingScope, module: module, source: node.field("value"))
                    }
                }
            case "assignment_expression":
                if let left = node.field("left"), left.kind == "identifier" {
                    add(.assignment, left, node.field("right"), scope: enclosingScope)
                }
            case "augmented_assignment_expression":
                if let left = node.field("left"), left.kind == "identifier" {
                    add(.augmentedAssignment, left, node.field("right"), scope: enclosingScope)
                }
            case "formal_parameters":
                let function = node.parent
                for parameter in node.namedChildren {
                    for identifier in Self.patternIdentifiers(parameter) { add(.parameter, identifier, nil, scope: function) }
                }
            case "arrow_function":
                if let parameter = node.field("parameter"), parameter.kind == "identifier" {
                    add(.parameter, parameter, nil, scope: node)
                }
            case "catch_clause":
                if let parameter = node.field("parameter") {
                    for identifier in Self.patternIdentifiers(parameter) { add(.parameter, identifier, nil, scope: node) }
                }
            case "import_specifier":
                // `import { sign as signToken }` binds the alias.
                if let name = node.field("alias") ?? node.field("name"), name.kind == "identifier" {
                    add(.imported, name, nil, scope: root, module: Self.importSource(node))
                }
            case "namespace_import", "import_clause":
                for child in node.namedChildren where child.kind == "identifier" {
                    add(.imported, child, nil, scope: root, module: Self.importSource(node))
                }
            case "function_declaration", "class_declaration":
                if let name = node.field("name") { add(.function, name, nil, scope: enclosingScope) }
            default: break
            }
        }
    }

    /// Identifiers bound by a parameter or destructuring pattern. Iterative: scanned files may
    /// nest patterns thousands deep.
    static func patternIdentifiers(_ pattern: SyntaxNode) -> [SyntaxNode] {
        var found: [SyntaxNode] = []
        var pending = [pattern]
        while let node = pending.popLast() {
            switch node.kind {
            case "identifier", "shorthand_property_identifier_pattern": found.append(node)
            case "assignment_pattern", "object_assignment_pattern": pending += node.field("left").map { [$0] } ?? []
            case "required_parameter", "optional_parameter": pending += node.field("pattern").map { [$0] } ?? []
            case "pair_pattern": pending += node.field("value").map { [$0] } ?? []
            case "object_pattern", "array_pattern", "rest_pattern": pending += node.namedChildren.reversed()
            default: break
            }
        }
        return found
    }
}
