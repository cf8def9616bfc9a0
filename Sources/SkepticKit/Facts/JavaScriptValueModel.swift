/// Values in JavaScript and TypeScript: literals, templates, concatenation, fallbacks, local
/// bindings and object properties.
struct JavaScriptValueModel: ValueModel {
    private static let literalKinds: Set<String> = [
        "string", "number", "true", "false", "null", "undefined", "regex",
    ]
    /// Nodes whose value is the value of one inner expression.
    private static let wrapperKinds: Set<String> = [
        "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression",
        "type_assertion", "await_expression",
    ]

    func classify(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind {
        memoisedClassify(node, sanitizers: sanitizers, in: facts, depth: depth) {
            classifyUncached(node, sanitizers: sanitizers, in: facts, depth: depth)
        }
    }

    private func classifyUncached(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind {
        let kind = node.kind
        if Self.literalKinds.contains(kind) { return .constant }
        if Self.wrapperKinds.contains(kind) {
            guard let inner = node.namedChildren.first(where: { !$0.kind.hasPrefix("type") }) else { return .unknown }
            return classify(inner, sanitizers: sanitizers, in: facts, depth: depth + 1)
        }
        switch kind {
        case "template_string":
            let parts = node.namedChildren.filter { $0.kind == "template_substitution" }
            let kinds = parts.map { part in
                part.namedChildren.first.map { classify($0, sanitizers: sanitizers, in: facts, depth: depth + 1) } ?? .constant
            }
            return combineConcatenation(kinds)
        case "binary_expression":
            guard let left = node.field("left"), let right = node.field("right"), let op = node.field("operator")?.text else { return .unknown }
            let leftKind = classify(left, sanitizers: sanitizers, in: facts, depth: depth + 1)
            let rightKind = classify(right, sanitizers: sanitizers, in: facts, depth: depth + 1)
            switch op {
            case "+": return combineConcatenation([leftKind, rightKind])
            case "||", "??":
                if leftKind == .constant { return .constant }
                return leftKind.merged(with: rightKind)
            case "-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^", "<", ">", "<=", ">=", "==", "===", "!=", "!==", "instanceof", "in":
                // Arithmetic, bitwise and comparison operators give numbers and booleans, never text.
                return leftKind == .constant && rightKind == .constant ? .constant : .sanitized
            default:
                return leftKind == .constant && rightKind == .constant ? .constant : .unknown
            }
        case "ternary_expression":
            guard let consequence = node.field("consequence"), let alternative = node.field("alternative") else { return .unknown }
            let confined = node.field("condition").flatMap { AllowList.confinedBranch(condition: $0, consequence: consequence, alternative: alternative) }
            func branchKind(_ branch: SyntaxNode) -> ValueKind {
                branch == confined ? .sanitized : classify(branch, sanitizers: sanitizers, in: facts, depth: depth + 1)
            }
            return branchKind(consequence).merged(with: branchKind(alternative))
        case "array":
            return node.namedChildren.reduce(ValueKind.constant) { $0.merged(with: classify($1, sanitizers: sanitizers, in: facts, depth: depth + 1)) }
        case "identifier":
            return classifyIdentifier(node, sanitizers: sanitizers, in: facts, depth: depth)
        case "member_expression":
            if let property = propertyValue(node, in: facts, depth: depth) {
                return classify(property, sanitizers: sanitizers, in: facts, depth: depth + 1)
            }
            return .unknown
        case "subscript_expression":
            // `SORT_COLUMNS[sort]`: whichever key is asked, the value is one of the table's constants
            // (or undefined).
            guard let object = node.field("object"), let literal = objectLiteral(object, in: facts, depth: depth + 1) ?? arrayLiteral(object, in: facts)
            else { return .unknown }
            var values: [SyntaxNode] = []
            for child in literal.namedChildren where child.kind != "comment" {
                if literal.kind == "array" {
                    guard child.kind != "spread_element" else { return .unknown }
                    values.append(child)
                } else {
                    guard child.kind == "pair", let value = child.field("value") else { return .unknown }
                    values.append(value)
                }
            }
            let kinds = values.map { classify($0, sanitizers: [], in: facts, depth: depth + 1) }
            return kinds.allSatisfy { $0 == .constant } ? .constant : .unknown
        case "call_expression":
            guard let callee = node.field("function") else { return .unknown }
            if calleeMatchesSanitizer(callee.text, sanitizers) { return .sanitized }
            // `[a, b].join(" ")` and `"a".concat(b)` assemble strings just as `+` does.
            if callee.kind == "member_expression", let object = callee.field("object"), let method = callee.field("property")?.text,
                method == "join" || method == "concat" {
                let arguments = node.field("arguments")?.namedChildren ?? []
                let parts = [object] + arguments
                return combineConcatenation(parts.map { classify($0, sanitizers: sanitizers, in: facts, depth: depth + 1) })
            }
            return classifyProjectCall(node, in: facts)
        default:
            return .unknown
        }
    }

    private func classifyIdentifier(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind {
        if node.text == "undefined" { return .constant }
        if AllowList.isGuarded(node) { return .sanitized }
        return classifyBindings(of: node, sanitizers: sanitizers, in: facts, depth: depth)
    }

    /// `config.secret` where `config` is a local object literal: the expression under `secret`.
    private func propertyValue(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> SyntaxNode? {
        guard let object = node.field("object"), let property = node.field("property"), property.kind == "property_identifier",
            let literal = objectLiteral(object, in: facts, depth: depth + 1)
        else { return nil }
        for pair in literal.namedChildren where pair.kind == "pair" {
            if let key = pair.field("key"), Self.keyText(key) == property.text { return pair.field("value") }
        }
        return nil
    }

    private func arrayLiteral(_ node: SyntaxNode, in facts: FileFacts) -> SyntaxNode? {
        guard node.kind == "identifier", var value = singleBoundValue(node, in: facts) else { return nil }
        while Self.wrapperKinds.contains(value.kind), let inner = value.namedChildren.first { value = inner }
        return value.kind == "array" ? value : nil
    }

    func objectLiteral(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> SyntaxNode? {
        guard depth < maximumValueDepth else { return nil }
        switch node.kind {
        case "object": return node
        case "identifier":
            return singleBoundValue(node, in: facts).flatMap { objectLiteral($0, in: facts, depth: depth + 1) }
        default:
            if Self.wrapperKinds.contains(node.kind), let inner = node.namedChildren.first {
                return objectLiteral(inner, in: facts, depth: depth + 1)
            }
            return nil
        }
    }

    func keys(ofObject node: SyntaxNode) -> [String]? {
        var keys: [String] = []
        for child in node.namedChildren {
            switch child.kind {
            case "pair":
                guard let key = child.field("key"), let text = Self.keyText(key) else { return nil }
                keys.append(text)
            case "shorthand_property_identifier", "method_definition":
                keys.append(child.kind == "method_definition" ? (child.field("name")?.text ?? "") : child.text)
            case "comment": continue
            default: return nil  // spread_element and friends: other keys may come from elsewhere
            }
        }
        return keys
    }

    func number(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> Double? {
        guard depth < maximumValueDepth else { return nil }
        switch node.kind {
        case "number": return Double(node.text.replacingOccurrences(of: "_", with: ""))
        case "identifier":
            return singleBoundValue(node, in: facts).flatMap { number($0, in: facts, depth: depth + 1) }
        case "unary_expression":
            guard node.field("operator")?.text == "-", let argument = node.field("argument") else { return nil }
            return number(argument, in: facts, depth: depth + 1).map { -$0 }
        case "binary_expression":
            guard let left = node.field("left").flatMap({ number($0, in: facts, depth: depth + 1) }),
                let right = node.field("right").flatMap({ number($0, in: facts, depth: depth + 1) }) else { return nil }
            switch node.field("operator")?.text {
            case "*": return left * right
            case "+": return left + right
            case "-": return left - right
            case "/": return right == 0 ? nil : left / right
            default: return nil
            }
        default:
            if Self.wrapperKinds.contains(node.kind), let inner = node.namedChildren.first { return number(inner, in: facts, depth: depth + 1) }
            return nil
        }
    }

    func constantString(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> String? {
        guard depth < maximumValueDepth else { return nil }
        switch node.kind {
        case "string": return node.namedChildren.map(\.text).joined()
        case "template_string":
            guard !node.namedChildren.contains(where: { $0.kind == "template_substitution" }) else { return nil }
            return node.namedChildren.map(\.text).joined()
        case "identifier":
            return singleBoundValue(node, in: facts).flatMap { constantString($0, in: facts, depth: depth + 1) }
        default:
            if Self.wrapperKinds.contains(node.kind), let inner = node.namedChildren.first { return constantString(inner, in: facts, depth: depth + 1) }
            return nil
        }
    }

    static func keyText(_ key: SyntaxNode) -> String? {
        switch key.kind {
        case "property_identifier", "number": return key.text
        case "string": return key.namedChildren.map(\.text).joined()
        default: return nil
        }
    }

}
