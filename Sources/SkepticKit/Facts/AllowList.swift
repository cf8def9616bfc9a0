/// Values confined to a fixed set before use: `sort = s if s in SORTS else "id"`,
/// `SORTABLE.has(s) ? s : "id"`, and guards such as `if order not in ALLOWED: order = "id"` or
/// `if (!ALLOWED.includes(sort)) return res.status(400).end()` ahead of the use.
enum AllowList {
    /// The expression a membership test checks, and whether the test is negated
    /// (`x not in S`, `!S.includes(x)`).
    static func membership(_ condition: SyntaxNode) -> (tested: SyntaxNode, negated: Bool)? {
        var node = condition
        var negated = false
        for _ in 0..<4 {
            switch node.kind {
            case "parenthesized_expression":
                guard let inner = node.namedChildren.first else { return nil }
                node = inner
            case "not_operator":
                guard let inner = node.field("argument") else { return nil }
                negated.toggle()
                node = inner
            case "unary_expression":
                guard node.field("operator")?.text == "!", let inner = node.field("argument") else { return nil }
                negated.toggle()
                node = inner
            case "comparison_operator":
                let operands = node.namedChildren
                guard operands.count == 2 else { return nil }
                let between = node.source.text(operands[0].endByte..<operands[1].startByte).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                switch between {
                case "in": return (operands[0], negated)
                case "not in": return (operands[0], !negated)
                default: return nil
                }
            case "call_expression":
                guard let function = node.field("function"), function.kind == "member_expression",
                    let method = function.field("property")?.text, ["includes", "has"].contains(method),
                    let argument = node.field("arguments")?.namedChildren.first
                else { return nil }
                return (argument, negated)
            default:
                return nil
            }
        }
        return nil
    }

    /// `cond ? a : b` / `a if cond else b`: the branch taken when `cond` confirms that branch's
    /// own value is in a set.
    static func confinedBranch(condition: SyntaxNode, consequence: SyntaxNode, alternative: SyntaxNode) -> SyntaxNode? {
        guard let (tested, negated) = membership(condition) else { return nil }
        let branch = negated ? alternative : consequence
        return sameValue(tested, branch) ? branch : nil
    }

    /// Whether a guard earlier in the enclosing function confines `identifier`: an `if` that
    /// tests it against a set and, when it is not there, replaces it or leaves the function.
    static func isGuarded(_ identifier: SyntaxNode) -> Bool {
        guard let function = FunctionShape.enclosingFunction(of: identifier), let body = function.field("body") else { return false }
        for statement in body.namedChildren where statement.kind == "if_statement" && statement.endByte <= identifier.startByte {
            guard let condition = statement.field("condition"), let (tested, negated) = membership(condition), negated,
                tested.kind == "identifier", tested.text == identifier.text, let consequence = statement.field("consequence")
            else { continue }
            if leavesOrReplaces(consequence, name: identifier.text) { return true }
        }
        return false
    }

    private static func leavesOrReplaces(_ consequence: SyntaxNode, name: String) -> Bool {
        let statements = ["block", "statement_block"].contains(consequence.kind) ? consequence.namedChildren : [consequence]
        return statements.contains { statement in
            switch statement.kind {
            case "return_statement", "raise_statement", "throw_statement", "continue_statement":
                return true
            case "expression_statement":
                guard let expression = statement.namedChildren.first else { return false }
                if ["assignment", "assignment_expression"].contains(expression.kind) { return expression.field("left")?.text == name }
                // abort(400), flask.abort(404), res.status(400).end() (an Express reply ends the request)
                return expression.kind == "call" && ["abort", "flask.abort"].contains(expression.field("function")?.text ?? "")
            case "assignment":
                return statement.field("left")?.text == name
            case "call":
                return ["abort", "flask.abort"].contains(statement.field("function")?.text ?? "")
            default:
                return false
            }
        }
    }

    /// The same value written twice: equal text, or one wrapping the other in a cast
    /// (`SORTS.has(String(q.sort)) ? String(q.sort) : ...`).
    private static func sameValue(_ tested: SyntaxNode, _ branch: SyntaxNode) -> Bool {
        func core(_ node: SyntaxNode) -> String {
            var current = node
            for _ in 0..<3 {
                guard ["call", "call_expression"].contains(current.kind),
                    ["String", "str", "Number", "int", "decodeURIComponent"].contains(current.field("function")?.text ?? ""),
                    let argument = current.field("arguments")?.namedChildren.first
                else { break }
                current = argument
            }
            return current.text.filter { !$0.isWhitespace }
        }
        return core(tested) == core(branch)
    }
}
