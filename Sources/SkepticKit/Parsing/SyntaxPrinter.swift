/// Prints named nodes one per line, indented, with field names and short leaf text: easier to
/// read than an S-expression when writing a query.
public enum SyntaxPrinter {
    public static func indented(_ root: SyntaxNode) -> String {
        var lines: [String] = []
        func visit(_ node: SyntaxNode, field: String?, depth: Int) {
            var line = String(repeating: "  ", count: depth) + (field.map { "\($0): " } ?? "") + node.kind
            line += " [\(node.startRow + 1)]"
            if node.namedChildCount == 0 { line += " " + Excerpt.shorten(node.text, limit: 60) }
            lines.append(line)
            for index in 0..<node.childCount {
                guard let child = node.child(index), child.isNamed else { continue }
                visit(child, field: node.fieldName(ofChild: index), depth: depth + 1)
            }
        }
        visit(root, field: nil, depth: 0)
        return lines.joined(separator: "\n")
    }
}
