/// Functions in Python and JavaScript / TypeScript trees, as callers see them: the name a call
/// uses and the position of each parameter.
enum FunctionShape {
    static let functionKinds: Set<String> = [
        "function_definition", "lambda",  // Python
        "function_declaration", "function_expression", "function", "arrow_function", "method_definition",
        "generator_function_declaration", "generator_function",
    ]

    /// The function whose parameter list `parameter` stands in.
    static func function(declaring parameter: SyntaxNode) -> SyntaxNode? {
        var node = parameter.parent
        while let current = node {
            if functionKinds.contains(current.kind) { return current }
            if !["parameters", "formal_parameters", "default_parameter", "typed_parameter", "typed_default_parameter",
                "required_parameter", "optional_parameter", "assignment_pattern"].contains(current.kind) { return nil }
            node = current.parent
        }
        return nil
    }

    /// Whether other files can call the function by name: defined at the top of its module,
    /// directly or as a constant, an export or a member of the exported object
    /// (`module.exports = { query: (sql) => ... }`). Methods and nested functions are not.
    static func isModuleLevel(_ function: SyntaxNode) -> Bool {
        var node = function.parent
        while let current = node {
            switch current.kind {
            case "module", "program": return true
            case "decorated_definition", "export_statement", "variable_declarator", "lexical_declaration", "variable_declaration",
                "pair", "object", "assignment_expression", "expression_statement", "parenthesized_expression":
                node = current.parent
            default:
                return false
            }
        }
        return false
    }

    /// The innermost function around `node`.
    static func enclosingFunction(of node: SyntaxNode) -> SyntaxNode? {
        var current = node.parent
        while let candidate = current {
            if functionKinds.contains(candidate.kind) { return candidate }
            current = candidate.parent
        }
        return nil
    }

    /// The name callers use: `def query_all`, `function query`, `query(sql) {}` in a class or
    /// object, `const query = (sql) => ...`, `{ query: (sql) => ... }`, `exports.query = ...`.
    static func name(of function: SyntaxNode) -> String? {
        if let name = function.field("name"), ["identifier", "property_identifier"].contains(name.kind) { return name.text }
        guard let holder = function.parent else { return nil }
        switch holder.kind {
        case "variable_declarator":
            return holder.field("name").flatMap { $0.kind == "identifier" ? $0.text : nil }
        case "pair":
            return holder.field("key").flatMap { ["property_identifier", "identifier"].contains($0.kind) ? $0.text : nil }
        case "assignment_expression":
            guard let left = holder.field("left") else { return nil }
            if left.kind == "identifier" { return left.text }
            return left.field("property")?.text
        default:
            return nil
        }
    }

    /// The parameters in the order callers pass them, each with the node naming it (nil for a
    /// destructured one). A method's `self` / `cls` is left out: callers do not pass it.
    static func parameters(of function: SyntaxNode) -> [SyntaxNode?] {
        guard let list = function.field("parameters") ?? function.field("parameter") else { return [] }
        if list.kind == "identifier" { return [list] }  // `x => ...`
        var names: [SyntaxNode?] = list.namedChildren.filter { $0.kind != "comment" }.map { parameter in
            switch parameter.kind {
            case "identifier": return parameter
            case "default_parameter", "typed_default_parameter": return parameter.field("name")
            case "typed_parameter": return parameter.namedChildren.first { $0.kind == "identifier" }
            case "required_parameter", "optional_parameter":
                return parameter.field("pattern").flatMap { $0.kind == "identifier" ? $0 : nil }
            case "assignment_pattern": return parameter.field("left").flatMap { $0.kind == "identifier" ? $0 : nil }
            default: return nil
            }
        }
        if function.kind == "function_definition", let first = names.first ?? nil, ["self", "cls"].contains(first.text) {
            names.removeFirst()
        }
        return names
    }
}
