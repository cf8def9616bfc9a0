/// Swift bindings: `let` / `var` declarations, assignments (`=` and `+=`), function parameters
/// and declared functions. Blocks, functions, closures and type bodies open scopes.
extension BindingIndex {
    private static let swiftScopeKinds: Set<String> = [
        "source_file", "function_declaration", "init_declaration", "lambda_literal", "statements", "class_body",
        "protocol_body", "computed_property",
    ]
    private static let swiftBindingKinds: Set<String> = ["property_declaration", "assignment", "parameter", "function_declaration"]
    private static let swiftBindingSymbols = SymbolSet.PerGrammar(swiftBindingKinds)
    private static let swiftScopeSymbols = SymbolSet.PerGrammar(swiftScopeKinds)
    private static let swiftVisitedSymbols = SymbolSet.PerGrammar(swiftBindingKinds.union(swiftScopeKinds))

    mutating func collectSwift(_ root: SyntaxNode) {
        Self.walkBindings(
            root, language: .swift, bindingKinds: Self.swiftBindingSymbols, scopeKinds: Self.swiftScopeSymbols,
            visitedKinds: Self.swiftVisitedSymbols
        ) { node, enclosingScope in
            switch node.kind {
            case "property_declaration":
                // `let a = 1, b = 2` holds several name/value pairs, in order.
                let names = Self.children(of: node, field: "name").compactMap { $0.field("bound_identifier") }
                let values = Self.children(of: node, field: "value")
                for (index, name) in names.enumerated() {
                    add(.declaration, name, values.count == names.count ? values[index] : nil, scope: enclosingScope)
                }
            case "assignment":
                guard let target = node.field("target")?.namedChildren.first, target.kind == "simple_identifier" else { return }
                let kind: Kind = node.field("operator")?.text == "=" ? .assignment : .augmentedAssignment
                add(kind, target, node.field("result"), scope: enclosingScope)
            case "parameter":
                // The internal name: `func f(label name: T)` binds `name`.
                if let name = Self.children(of: node, field: "name").first(where: { $0.kind == "simple_identifier" }) {
                    add(.parameter, name, nil, scope: node.parent)
                }
            case "function_declaration":
                if let name = node.field("name") { add(.function, name, nil, scope: enclosingScope) }
            default: break
            }
        }
    }
}
