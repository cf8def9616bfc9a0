/// Python bindings: assignments, parameters, imports, loop and `with`/`except` targets. Python
/// scopes are functions, lambdas, classes and comprehensions; blocks do not open one, so an
/// assignment inside an `if` binds the name for the whole function.
extension BindingIndex {
    private static let pythonScopeKinds: Set<String> = [
        "module", "function_definition", "lambda", "class_definition", "list_comprehension", "set_comprehension",
        "dictionary_comprehension", "generator_expression",
    ]
    private static let pythonBindingKinds: Set<String> = [
        "assignment", "augmented_assignment", "parameters", "lambda_parameters", "import_statement",
        "import_from_statement", "for_statement", "for_in_clause", "as_pattern", "named_expression",
        "function_definition", "class_definition",
    ]
    private static let pythonBindingSymbols = SymbolSet.PerGrammar(pythonBindingKinds)
    private static let pythonScopeSymbols = SymbolSet.PerGrammar(pythonScopeKinds)
    private static let pythonVisitedSymbols = SymbolSet.PerGrammar(pythonBindingKinds.union(pythonScopeKinds))

    mutating func collectPython(_ root: SyntaxNode) {
        Self.walkBindings(
            root, language: .python, bindingKinds: Self.pythonBindingSymbols, scopeKinds: Self.pythonScopeSymbols,
            visitedKinds: Self.pythonVisitedSymbols
        ) { node, enclosingScope in
            switch node.kind {
            case "assignment":
                // `a = b = value` nests assignments: every target gets the innermost value.
                var value = node.field("right")
                while let inner = value, inner.kind == "assignment" { value = inner.field("right") }
                bindPythonTarget(node.field("left"), value: value, kind: .declaration, scope: enclosingScope)
            case "augmented_assignment":
                if let left = node.field("left"), left.kind == "identifier" {
                    add(.augmentedAssignment, left, node.field("right"), scope: enclosingScope)
                }
            case "named_expression":
                if let name = node.field("name") { add(.declaration, name, node.field("value"), scope: enclosingScope) }
            case "parameters", "lambda_parameters":
                for parameter in node.namedChildren {
                    let name: SyntaxNode?
                    switch parameter.kind {
                    case "identifier": name = parameter
                    case "default_parameter", "typed_default_parameter": name = parameter.field("name")
                    default: name = parameter.namedChildren.first { $0.kind == "identifier" }
                    }
                    if let name { add(.parameter, name, nil, scope: node.parent) }
                }
            case "import_statement":
                // `import os.path` binds `os`; `import os.path as p` binds `p`.
                for imported in node.namedChildren {
                    if imported.kind == "aliased_import", let alias = imported.field("alias"), let module = imported.field("name") {
                        add(.imported, alias, nil, scope: root, module: module.text)
                    } else if imported.kind == "dotted_name", let first = imported.namedChildren.first {
                        add(.imported, first, nil, scope: root, module: imported.text)
                    }
                }
            case "import_from_statement":
                guard let module = node.field("module_name")?.text else { return }
                let moduleNameNode = node.field("module_name")
                for imported in node.namedChildren where imported != moduleNameNode {
                    if imported.kind == "aliased_import", let alias = imported.field("alias") {
                        add(.imported, alias, nil, scope: root, module: module)
                    } else if imported.kind == "dotted_name", let last = imported.namedChildren.last {
                        add(.imported, last, nil, scope: root, module: module)
                    }
                }
            case "for_statement", "for_in_clause":
                bindPythonTarget(node.field("left"), value: nil, kind: .declaration, scope: enclosingScope)
            case "as_pattern":
                // `with open(p) as fh`, `except E as e`: the target's value is not a plain expression.
                if let target = node.field("alias") {
                    for identifier in Self.pythonTargetIdentifiers(target) { add(.declaration, identifier, nil, scope: enclosingScope) }
                }
            case "function_definition", "class_definition":
                if let name = node.field("name") { add(.function, name, nil, scope: enclosingScope) }
            default: break
            }
        }
    }

    /// Binds an assignment or loop target: a plain name takes the value; names unpacked from a
    /// tuple or list take an unknown part of it. Attribute and subscript targets bind no name.
    private mutating func bindPythonTarget(_ target: SyntaxNode?, value: SyntaxNode?, kind: Kind, scope: SyntaxNode?) {
        guard let target else { return }
        if target.kind == "identifier" {
            add(kind, target, value, scope: scope)
            return
        }
        for identifier in Self.pythonTargetIdentifiers(target) { add(kind, identifier, nil, scope: scope) }
    }

    /// Names bound by an unpacking target such as `(a, [b, *rest])`. Iterative, like `patternIdentifiers`.
    static func pythonTargetIdentifiers(_ target: SyntaxNode) -> [SyntaxNode] {
        var found: [SyntaxNode] = []
        var pending = [target]
        while let node = pending.popLast() {
            switch node.kind {
            case "identifier": found.append(node)
            case "pattern_list", "tuple_pattern", "list_pattern", "expression_list", "tuple", "list", "list_splat_pattern",
                "as_pattern_target", "parenthesized_expression":
                pending += node.namedChildren.reversed()
            default: break
            }
        }
        return found
    }
}
