/// Values in Swift: literals, string interpolation, `+` concatenation, `??` fallbacks, ternaries,
/// local bindings and arrays.
struct SwiftValueModel: ValueModel {
    private static let literalKinds: Set<String> = ["integer_literal", "real_literal", "boolean_literal", "hex_literal", "bin_literal", "oct_literal"]
    private static let stringKinds: Set<String> = ["line_string_literal", "multi_line_string_literal", "raw_string_literal"]
    /// Nodes whose value is the value of one inner expression.
    private static let wrapperKinds: Set<String> = ["try_expression", "await_expression", "tuple_expression", "parenthesized_expression"]

    func classify(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind {
        memoisedClassify(node, sanitizers: sanitizers, in: facts, depth: depth) {
            classifyUncached(node, sanitizers: sanitizers, in: facts, depth: depth)
        }
    }

    private func classifyUncached(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind {
        func kind(_ child: SyntaxNode) -> ValueKind { classify(child, sanitizers: sanitizers, in: facts, depth: depth + 1) }
        let nodeKind = node.kind
        if Self.literalKinds.contains(nodeKind) || node.text == "nil" { return .constant }
        if Self.stringKinds.contains(nodeKind) {
            let parts = node.namedChildren.filter { $0.kind == "interpolated_expression" }
            return combineConcatenation(parts.map { part in part.field("value").map(kind) ?? .unknown })
        }
        if Self.wrapperKinds.contains(nodeKind) {
            guard let inner = node.field("expr") ?? node.namedChildren.last, node.namedChildren.filter({ $0.kind != "try_operator" }).count == 1
            else { return .unknown }
            return kind(inner)
        }
        switch nodeKind {
        case "additive_expression":
            guard let left = node.field("lhs"), let right = node.field("rhs") else { return .unknown }
            let kinds = [kind(left), kind(right)]
            if node.field("op")?.text == "+" || node.child(1)?.text == "+" { return combineConcatenation(kinds) }
            return kinds.allSatisfy { $0 == .constant } ? .constant : .unknown
        case "nil_coalescing_expression":
            guard let value = node.field("value"), let fallback = node.field("if_nil") else { return .unknown }
            let valueKind = kind(value)
            return valueKind == .constant ? .constant : valueKind.merged(with: kind(fallback))
        case "ternary_expression":
            guard let yes = node.field("if_true"), let no = node.field("if_false") else { return .unknown }
            return kind(yes).merged(with: kind(no))
        case "array_literal":
            return node.namedChildren.reduce(ValueKind.constant) { $0.merged(with: kind($1)) }
        case "simple_identifier":
            return classifyBindings(of: node, sanitizers: sanitizers, in: facts, depth: depth)
        case "call_expression":
            guard let callee = node.namedChildren.first else { return .unknown }
            if calleeMatchesSanitizer(callee.text, sanitizers) { return .sanitized }
            let arguments = node.namedChildren.last?.namedChildren.first?.namedChildren.compactMap { $0.field("value") } ?? []
            if callee.text == "String", arguments.count == 1 { return kind(arguments[0]) }
            return .unknown
        default:
            return .unknown
        }
    }

    /// Swift has no object literals; a call's labelled arguments serve (`Configuration(a: 1, b: 2)`).
    func objectLiteral(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> SyntaxNode? {
        guard depth < maximumValueDepth else { return nil }
        switch node.kind {
        case "call_expression": return node
        case "simple_identifier": return singleBoundValue(node, in: facts).flatMap { objectLiteral($0, in: facts, depth: depth + 1) }
        default: return nil
        }
    }

    func keys(ofObject node: SyntaxNode) -> [String]? {
        guard let arguments = node.namedChildren.last?.namedChildren.first, arguments.kind == "value_arguments" else { return nil }
        return arguments.namedChildren.compactMap { $0.field("name")?.text }
    }

    func number(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> Double? {
        guard depth < maximumValueDepth else { return nil }
        switch node.kind {
        case "integer_literal", "real_literal":
            return Double(node.text.replacingOccurrences(of: "_", with: ""))
        case "simple_identifier":
            return singleBoundValue(node, in: facts).flatMap { number($0, in: facts, depth: depth + 1) }
        case "prefix_expression":
            guard node.child(0)?.text == "-", let target = node.field("target") else { return nil }
            return number(target, in: facts, depth: depth + 1).map { -$0 }
        case "multiplicative_expression", "additive_expression":
            guard let left = node.field("lhs").flatMap({ number($0, in: facts, depth: depth + 1) }),
                let right = node.field("rhs").flatMap({ number($0, in: facts, depth: depth + 1) }),
                let op = node.field("op")?.text ?? node.child(1)?.text
            else { return nil }
            switch op {
            case "*": return left * right
            case "+": return left + right
            case "-": return left - right
            case "/": return right == 0 ? nil : left / right
            default: return nil
            }
        default:
            return nil
        }
    }

    func constantString(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> String? {
        guard depth < maximumValueDepth else { return nil }
        if Self.stringKinds.contains(node.kind) {
            guard !node.namedChildren.contains(where: { $0.kind == "interpolated_expression" }) else { return nil }
            return node.namedChildren.map(\.text).joined()
        }
        if node.kind == "simple_identifier" {
            return singleBoundValue(node, in: facts).flatMap { constantString($0, in: facts, depth: depth + 1) }
        }
        return nil
    }
}
