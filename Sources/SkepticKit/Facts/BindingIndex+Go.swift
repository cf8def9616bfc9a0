/// Go bindings: `:=`, `var`, `const`, assignments, parameters, range variables and imports.
/// Blocks and the statements that declare variables in their header (`if x := ...;`) open scopes.
extension BindingIndex {
    private static let goScopeKinds: Set<String> = [
        "source_file", "function_declaration", "method_declaration", "func_literal", "block", "if_statement",
        "for_statement", "expression_switch_statement", "type_switch_statement", "select_statement",
        "expression_case", "type_case", "default_case", "communication_case",
    ]
    private static let goBindingKinds: Set<String> = [
        "short_var_declaration", "var_spec", "const_spec", "assignment_statement", "parameter_declaration",
        "variadic_parameter_declaration", "range_clause", "import_spec", "function_declaration",
    ]
    private static let goBindingSymbols = SymbolSet.PerGrammar(goBindingKinds)
    private static let goScopeSymbols = SymbolSet.PerGrammar(goScopeKinds)
    private static let goVisitedSymbols = SymbolSet.PerGrammar(goBindingKinds.union(goScopeKinds))

    mutating func collectGo(_ root: SyntaxNode) {
        Self.walkBindings(
            root, language: .go, bindingKinds: Self.goBindingSymbols, scopeKinds: Self.goScopeSymbols,
            visitedKinds: Self.goVisitedSymbols
        ) { node, enclosingScope in
            switch node.kind {
            case "short_var_declaration":
                bindGoList(node.field("left")?.namedChildren ?? [], values: node.field("right")?.namedChildren ?? [], kind: .declaration, scope: enclosingScope)
            case "var_spec", "const_spec":
                bindGoList(Self.children(of: node, field: "name"), values: node.field("value")?.namedChildren ?? [], kind: .declaration, scope: enclosingScope)
            case "assignment_statement":
                let kind: Kind = node.field("operator")?.text == "=" ? .assignment : .augmentedAssignment
                bindGoList(node.field("left")?.namedChildren ?? [], values: node.field("right")?.namedChildren ?? [], kind: kind, scope: enclosingScope)
            case "parameter_declaration", "variadic_parameter_declaration":
                // Parameters belong to the function (or literal) whose list holds them.
                let function = node.parent?.parent
                for name in Self.children(of: node, field: "name") { add(.parameter, name, nil, scope: function) }
            case "range_clause":
                for name in node.field("left")?.namedChildren ?? [] where name.kind == "identifier" {
                    add(.declaration, name, nil, scope: enclosingScope)
                }
            case "import_spec":
                guard let path = node.field("path") else { return }
                let module = path.namedChildren.map(\.text).joined()
                if let alias = node.field("name") {
                    if alias.kind == "package_identifier" { add(.imported, alias, nil, scope: root, module: module) }
                } else if let last = module.split(separator: "/").last(where: { !Self.isGoMajorVersion($0) }) {
                    // Without an alias the package name is the path's last element, skipping `/v5`.
                    // `gopkg.in/yaml.v3` is package `yaml`.
                    let name = last.split(separator: ".").first.map(String.init) ?? String(last)
                    byName[name.replacingOccurrences(of: "-", with: "_"), default: []].append(
                        Binding(kind: .imported, nameNode: path, value: nil, scope: root.byteRange, module: module))
                }
            case "function_declaration":
                if let name = node.field("name") { add(.function, name, nil, scope: enclosingScope) }
            default: break
            }
        }
    }

    /// Pairs names with values by position (`a, b := x, y`); a multi-value call (`rows, err :=
    /// db.Query(q)`) gives every name an unknown value.
    private mutating func bindGoList(_ names: [SyntaxNode], values: [SyntaxNode], kind: Kind, scope: SyntaxNode?) {
        for (index, name) in names.enumerated() where name.kind == "identifier" && name.text != "_" {
            add(kind, name, values.count == names.count ? values[index] : nil, scope: scope)
        }
    }

    private static func isGoMajorVersion(_ element: Substring) -> Bool {
        element.count >= 2 && element.first == "v" && element.dropFirst().allSatisfy(\.isNumber)
    }

    /// Every child under `field` (a node may hold several: `var a, b = ...`).
    static func children(of node: SyntaxNode, field: String) -> [SyntaxNode] {
        (0..<node.childCount).compactMap { index in node.fieldName(ofChild: index) == field ? node.child(index) : nil }
    }
}
