/// Prints named nodes one per line, indented, with field names and short leaf text: easier to
/// read than an S-expression when writing a query.
public enum SyntaxPrinter {
    static let maximumIndent = 64

    public static func indented(_ root: SyntaxNode) -> String {
        var lines: [String] = []
        // An explicit stack: deeply nested files must not overflow the call stack.
        var pending: [(node: SyntaxNode, field: String?, depth: Int)] = [(root, nil, 0)]
        while let (node, field, depth) = pending.popLast() {
            // Indentation stops growing at a readable depth, so the output stays linear in the tree.
            let indent = depth <= maximumIndent ? String(repeating: "  ", count: depth) : String(repeating: "  ", count: maximumIndent) + "(\(depth)) "
            var line = indent + (field.map { "\($0): " } ?? "") + node.kind
            line += " [\(node.startRow + 1)]"
            if node.namedChildCount == 0 { line += " " + Excerpt.shorten(node.text, limit: 60) }
            lines.append(line)
            for index in (0..<node.childCount).reversed() {
                guard let child = node.child(index), child.isNamed else { continue }
                pending.append((child, node.fieldName(ofChild: index), depth + 1))
            }
        }
        return lines.joined(separator: "\n")
    }
}
