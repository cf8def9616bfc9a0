/// A `skeptic-ignore: RULE[, RULE] -- reason` comment. It covers its own line and the next one.
public struct SuppressionComment: Sendable, Equatable {
    public var ruleIDs: [String]
    public var reason: String?
    /// Zero-based row of the comment's last line.
    public var row: Int

    static let marker = "skeptic-ignore:"

    /// Reads a comment's text; nil when it is not a suppression.
    public static func parse(comment: String, row: Int) -> SuppressionComment? {
        guard let markerRange = comment.range(of: marker) else { return nil }
        var rest = Substring(comment[markerRange.upperBound...])
        for closer in ["*/", "-->"] where rest.hasSuffix(closer) { rest = rest.dropLast(closer.count) }
        var reason: String?
        if let separator = rest.range(of: "--") {
            let text = rest[separator.upperBound...].trimmingCharacters(in: .whitespaces)
            reason = text.isEmpty ? nil : text
            rest = rest[..<separator.lowerBound]
        }
        let ids = rest.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        return SuppressionComment(ruleIDs: ids, reason: reason, row: row)
    }

    public func covers(ruleID: String, row findingRow: Int) -> Bool {
        (findingRow == row || findingRow == row + 1) && (ruleIDs.contains(ruleID) || ruleIDs.contains("all"))
    }
}
