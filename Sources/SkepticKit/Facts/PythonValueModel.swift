import Foundation

/// Values in Python: literals, f-strings, `+` / `%` / `.format()` / `.join()` string building,
/// `or` fallbacks, local bindings and dict literals.
struct PythonValueModel: ValueModel {
    private static let literalKinds: Set<String> = ["integer", "float", "true", "false", "none", "ellipsis"]
    /// String methods whose result is built from the receiver alone (`sql.strip()`).
    private static let receiverPreservingMethods: Set<String> = [
        "strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title", "capitalize", "encode", "decode",
    ]

    func classify(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind {
        memoisedClassify(node, sanitizers: sanitizers, in: facts, depth: depth) {
            classifyUncached(node, sanitizers: sanitizers, in: facts, depth: depth)
        }
    }

    private func classifyUncached(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind {
        let next = depth + 1
        func kind(_ child: SyntaxNode) -> ValueKind { classify(child, sanitizers: sanitizers, in: facts, depth: next) }
        switch node.kind {
        case let literal where Self.literalKinds.contains(literal):
            return .constant
        case "string":
            let parts = node.namedChildren.filter { $0.kind == "interpolation" }
            return combineConcatenation(parts.map { part in (part.field("expression") ?? part.namedChildren.first).map(kind) ?? .constant })
        case "concatenated_string":
            return combineConcatenation(node.namedChildren.map(kind))
        case "parenthesized_expression", "await":
            return node.namedChildren.first.map(kind) ?? .unknown
        case "binary_operator":
            guard let left = node.field("left"), let right = node.field("right") else { return .unknown }
            let kinds = [kind(left), kind(right)]
            switch node.field("operator")?.text {
            // `"... %s" % value` formats just as `+` concatenates.
            case "+", "%": return combineConcatenation(kinds)
            default: return kinds.allSatisfy { $0 == .constant } ? .constant : .unknown
            }
        case "boolean_operator":
            guard let left = node.field("left"), let right = node.field("right") else { return .unknown }
            let leftKind = kind(left)
            if node.field("operator")?.text == "or", leftKind == .constant { return .constant }
            return leftKind.merged(with: kind(right))
        case "conditional_expression":
            let branches = node.namedChildren
            guard branches.count == 3 else { return .unknown }
            let confined = AllowList.confinedBranch(condition: branches[1], consequence: branches[0], alternative: branches[2])
            func branchKind(_ branch: SyntaxNode) -> ValueKind { branch == confined ? .sanitized : kind(branch) }
            return branchKind(branches[0]).merged(with: branchKind(branches[2]))
        case "generator_expression", "list_comprehension", "set_comprehension":
            // `", ".join("?" for _ in tags)`: every item is the body's value.
            return node.field("body").map(kind) == .constant ? .constant : .unknown
        case "list", "tuple", "set", "expression_list":
            return node.namedChildren.reduce(ValueKind.constant) { $0.merged(with: kind($1)) }
        case "identifier":
            if AllowList.isGuarded(node) { return .sanitized }
            return classifyBindings(of: node, sanitizers: sanitizers, in: facts, depth: depth)
        case "call":
            if let lookup = constantLookup(node, in: facts, depth: next) { return lookup }
            return classifyCall(node, sanitizers: sanitizers, kind: kind, facts: facts)
        case "subscript":
            // `TABLES[kind]`: whichever key is asked, the value is one of the table's constants.
            guard let table = node.field("value"), let values = constantTableValues(table, in: facts, depth: next) else { return .unknown }
            return values.reduce(ValueKind.constant) { $0.merged(with: kind($1)) } == .constant ? .constant : .unknown
        default:
            return .unknown
        }
    }

    private func classifyCall(_ node: SyntaxNode, sanitizers: Set<String>, kind: (SyntaxNode) -> ValueKind, facts: FileFacts) -> ValueKind {
        guard let callee = node.field("function") else { return .unknown }
        if calleeMatchesSanitizer(callee.text, sanitizers) { return .sanitized }
        // `f(x for x in xs)` has the generator itself as its arguments.
        let argumentList = node.field("arguments")
        let arguments = argumentList?.kind == "generator_expression" ? [argumentList!] : argumentList?.namedChildren.filter { $0.kind != "comment" } ?? []
        func argumentKind(_ argument: SyntaxNode) -> ValueKind {
            switch argument.kind {
            case "keyword_argument": return argument.field("value").map(kind) ?? .unknown
            case "list_splat", "dictionary_splat": return .unknown
            default: return kind(argument)
            }
        }
        if callee.kind == "attribute", let receiver = callee.field("object"), let method = callee.field("attribute")?.text {
            // `"...{}".format(x)`, `" ".join(parts)`: assembled just as `+` assembles. Only on a
            // constant string: psycopg's `sql.SQL("... {}").format(sql.Identifier(t))` composes safely.
            if method == "format" || method == "join", kind(receiver) == .constant {
                return combineConcatenation([.constant] + arguments.map(argumentKind))
            }
            if Self.receiverPreservingMethods.contains(method), arguments.isEmpty { return kind(receiver) }
        }
        if callee.kind == "identifier", callee.text == "str", arguments.count == 1 { return argumentKind(arguments[0]) }
        return classifyProjectCall(node, in: facts)
    }

    /// `SORT_COLUMNS.get(sort, "created_at")` on a dict of constants: a constant.
    private func constantLookup(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> ValueKind? {
        guard let callee = node.field("function"), callee.kind == "attribute", callee.field("attribute")?.text == "get",
            let table = callee.field("object"), let values = constantTableValues(table, in: facts, depth: depth)
        else { return nil }
        let arguments = node.field("arguments")?.namedChildren.filter { $0.kind != "comment" } ?? []
        guard !arguments.isEmpty, arguments.count <= 2, !arguments.contains(where: { $0.kind.hasSuffix("splat") || $0.kind == "keyword_argument" })
        else { return nil }
        let parts = values + (arguments.count == 2 ? [arguments[1]] : [])
        let kinds = parts.map { classify($0, sanitizers: [], in: facts, depth: depth + 1) }
        return kinds.allSatisfy { $0 == .constant } ? .constant : nil
    }

    /// The values of a dict, list or tuple literal bound to a name, when it has no spreads.
    private func constantTableValues(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> [SyntaxNode]? {
        guard node.kind == "identifier", let literal = singleBoundValue(node, in: facts) else { return nil }
        switch literal.kind {
        case "dictionary":
            var values: [SyntaxNode] = []
            for child in literal.namedChildren where child.kind != "comment" {
                guard child.kind == "pair", let value = child.field("value") else { return nil }
                values.append(value)
            }
            return values
        case "list", "tuple":
            let items = literal.namedChildren.filter { $0.kind != "comment" }
            return items.contains(where: { $0.kind.hasSuffix("splat") }) ? nil : items
        default:
            return nil
        }
    }

    func objectLiteral(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> SyntaxNode? {
        guard depth < maximumValueDepth else { return nil }
        switch node.kind {
        case "dictionary": return node
        case "call" where node.field("function")?.text == "dict": return node
        case "identifier": return singleBoundValue(node, in: facts).flatMap { objectLiteral($0, in: facts, depth: depth + 1) }
        case "parenthesized_expression": return node.namedChildren.first.flatMap { objectLiteral($0, in: facts, depth: depth + 1) }
        default: return nil
        }
    }

    func keys(ofObject node: SyntaxNode) -> [String]? {
        var keys: [String] = []
        if node.kind == "call" {
            for argument in node.field("arguments")?.namedChildren ?? [] {
                guard argument.kind == "keyword_argument", let name = argument.field("name") else { return nil }
                keys.append(name.text)
            }
            return keys
        }
        for child in node.namedChildren {
            switch child.kind {
            case "pair":
                guard let key = child.field("key"), key.kind == "string", !key.namedChildren.contains(where: { $0.kind == "interpolation" })
                else { return nil }
                keys.append(Self.stringText(key))
            case "comment": continue
            default: return nil  // `**other`: keys may come from elsewhere
            }
        }
        return keys
    }

    func number(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> Double? {
        guard depth < maximumValueDepth else { return nil }
        switch node.kind {
        case "integer", "float":
            let text = node.text.replacingOccurrences(of: "_", with: "").lowercased()
            if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16).map(Double.init) }
            return Double(text)
        case "identifier":
            return singleBoundValue(node, in: facts).flatMap { number($0, in: facts, depth: depth + 1) }
        case "parenthesized_expression":
            return node.namedChildren.first.flatMap { number($0, in: facts, depth: depth + 1) }
        case "unary_operator":
            guard node.field("operator")?.text == "-", let argument = node.field("argument") else { return nil }
            return number(argument, in: facts, depth: depth + 1).map { -$0 }
        case "binary_operator":
            guard let left = node.field("left").flatMap({ number($0, in: facts, depth: depth + 1) }),
                let right = node.field("right").flatMap({ number($0, in: facts, depth: depth + 1) })
            else { return nil }
            switch node.field("operator")?.text {
            case "*": return left * right
            case "+": return left + right
            case "-": return left - right
            case "/", "//": return right == 0 ? nil : left / right
            case "**": return pow(left, right)
            default: return nil
            }
        default:
            return nil
        }
    }

    func constantString(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> String? {
        guard depth < maximumValueDepth else { return nil }
        switch node.kind {
        case "string":
            guard !node.namedChildren.contains(where: { $0.kind == "interpolation" }) else { return nil }
            return Self.stringText(node)
        case "concatenated_string":
            let parts = node.namedChildren.map { constantString($0, in: facts, depth: depth + 1) }
            return parts.contains(where: { $0 == nil }) ? nil : parts.compactMap { $0 }.joined()
        case "identifier":
            return singleBoundValue(node, in: facts).flatMap { constantString($0, in: facts, depth: depth + 1) }
        case "parenthesized_expression":
            return node.namedChildren.first.flatMap { constantString($0, in: facts, depth: depth + 1) }
        default:
            return nil
        }
    }

    /// A string literal's characters, without prefix, quotes or interpolations.
    static func stringText(_ node: SyntaxNode) -> String {
        node.namedChildren.filter { $0.kind == "string_content" || $0.kind == "escape_sequence" }.map(\.text).joined()
    }
}
