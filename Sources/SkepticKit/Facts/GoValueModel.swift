/// Values in Go: literals, `+` concatenation, `fmt.Sprintf` and `strings.Join` string building,
/// local bindings and composite literals.
struct GoValueModel: ValueModel {
    private static let literalKinds: Set<String> = [
        "int_literal", "float_literal", "imaginary_literal", "rune_literal", "true", "false", "nil", "iota",
        "interpreted_string_literal", "raw_string_literal",
    ]
    /// Calls that assemble a string from all their arguments.
    private static let formattingCalls: Set<String> = [
        "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln", "strings.Join", "strings.Repeat", "strings.Concat", "errors.New",
    ]

    func classify(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind {
        memoisedClassify(node, sanitizers: sanitizers, in: facts, depth: depth) {
            classifyUncached(node, sanitizers: sanitizers, in: facts, depth: depth)
        }
    }

    private func classifyUncached(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind {
        func kind(_ child: SyntaxNode) -> ValueKind { classify(child, sanitizers: sanitizers, in: facts, depth: depth + 1) }
        switch node.kind {
        case let literal where Self.literalKinds.contains(literal):
            return .constant
        case "parenthesized_expression":
            return node.namedChildren.first.map(kind) ?? .unknown
        case "binary_expression":
            guard let left = node.field("left"), let right = node.field("right") else { return .unknown }
            let kinds = [kind(left), kind(right)]
            if node.field("operator")?.text == "+" { return combineConcatenation(kinds) }
            return kinds.allSatisfy { $0 == .constant } ? .constant : .unknown
        case "identifier":
            return classifyBindings(of: node, sanitizers: sanitizers, in: facts, depth: depth)
        case "composite_literal":
            // `[]string{"a", b}`: the elements' kinds.
            guard let body = node.field("body") else { return .unknown }
            let elements = body.namedChildren.compactMap { element -> SyntaxNode? in
                element.kind == "literal_element" ? element.namedChildren.first : element.kind == "keyed_element" ? element.namedChildren.last?.namedChildren.first : nil
            }
            return elements.reduce(ValueKind.constant) { $0.merged(with: kind($1)) }
        case "call_expression":
            guard let callee = node.field("function") else { return .unknown }
            let compact = callee.text.filter { !$0.isWhitespace }
            if calleeMatchesSanitizer(compact, sanitizers) { return .sanitized }
            let arguments = node.field("arguments")?.namedChildren.filter { $0.kind != "comment" } ?? []
            if Self.formattingCalls.contains(compact) { return combineConcatenation(arguments.map(kind)) }
            // `string(b)` converts; the value is its argument's.
            if compact == "string", arguments.count == 1 { return kind(arguments[0]) }
            return .unknown
        default:
            return .unknown
        }
    }

    func objectLiteral(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> SyntaxNode? {
        guard depth < maximumValueDepth else { return nil }
        switch node.kind {
        case "composite_literal": return node.field("body")
        case "literal_value": return node
        case "unary_expression" where node.field("operator")?.text == "&":
            return node.field("operand").flatMap { objectLiteral($0, in: facts, depth: depth + 1) }
        case "identifier": return singleBoundValue(node, in: facts).flatMap { objectLiteral($0, in: facts, depth: depth + 1) }
        case "parenthesized_expression": return node.namedChildren.first.flatMap { objectLiteral($0, in: facts, depth: depth + 1) }
        default: return nil
        }
    }

    func keys(ofObject node: SyntaxNode) -> [String]? {
        var keys: [String] = []
        for child in node.namedChildren {
            switch child.kind {
            case "keyed_element":
                guard let key = child.namedChildren.first else { return nil }
                let text = key.namedChildren.first?.text ?? key.text
                keys.append(text.hasPrefix("\"") ? String(text.dropFirst().dropLast()) : text)
            case "comment": continue
            default: return nil
            }
        }
        return keys
    }

    func number(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> Double? {
        guard depth < maximumValueDepth else { return nil }
        switch node.kind {
        case "int_literal", "float_literal":
            let text = node.text.replacingOccurrences(of: "_", with: "").lowercased()
            if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16).map(Double.init) }
            return Double(text)
        case "identifier":
            return singleBoundValue(node, in: facts).flatMap { number($0, in: facts, depth: depth + 1) }
        case "parenthesized_expression":
            return node.namedChildren.first.flatMap { number($0, in: facts, depth: depth + 1) }
        case "unary_expression":
            guard node.field("operator")?.text == "-", let operand = node.field("operand") else { return nil }
            return number(operand, in: facts, depth: depth + 1).map { -$0 }
        case "binary_expression":
            guard let left = node.field("left").flatMap({ number($0, in: facts, depth: depth + 1) }),
                let right = node.field("right").flatMap({ number($0, in: facts, depth: depth + 1) })
            else { return nil }
            switch node.field("operator")?.text {
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
        switch node.kind {
        case "interpreted_string_literal", "raw_string_literal":
            return node.namedChildren.map(\.text).joined()
        case "identifier":
            return singleBoundValue(node, in: facts).flatMap { constantString($0, in: facts, depth: depth + 1) }
        case "parenthesized_expression":
            return node.namedChildren.first.flatMap { constantString($0, in: facts, depth: depth + 1) }
        default:
            return nil
        }
    }
}
