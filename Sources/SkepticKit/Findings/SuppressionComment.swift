import Foundation

/// A `skeptic-ignore: RULE[, RULE] -- reason` comment (`all` for every rule). A comment after
/// code covers that line only; a comment on a line of its own covers the line that follows.
public struct SuppressionComment: Sendable, Equatable {
    public var ruleIDs: [String]
    public var reason: String?
    /// Zero-based row of the comment's last line.
    public var row: Int
    /// True when code precedes the comment on its line.
    public var trailsCode = false

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

    /// The suppressions in a file. Most files have none, so the bytes are searched for the
    /// marker first and only comment nodes found at a hit are read.
    public static func all(in tree: SyntaxTree) -> [SuppressionComment] {
        let bytes = tree.source.bytes
        let marker = Array(Self.marker.utf8)
        var result: [SuppressionComment] = []
        var searchFrom = 0
        while let hit = firstIndex(of: marker, in: bytes, from: searchFrom) {
            searchFrom = hit + marker.count
            guard let node = tree.root.descendant(forByteRange: hit..<(hit + marker.count)),
                let comment = sequence(first: node, next: { $0.parent }).first(where: { $0.kind.contains("comment") })
            else { continue }
            if var suppression = parse(comment: comment.text, row: comment.endRow) {
                let lineStart = tree.source.lineStarts[min(comment.startRow, tree.source.lineStarts.count - 1)]
                suppression.trailsCode = bytes[lineStart..<comment.startByte].contains { $0 != 0x20 && $0 != 0x09 }
                if !result.contains(suppression) { result.append(suppression) }
            }
        }
        return result
    }

    /// The suppressions in a file read as text (configuration, scripts): a marker after `#`,
    /// `//`, `;` or `--` on a line.
    public static func all(inText source: SourceText) -> [SuppressionComment] {
        let bytes = source.bytes
        let marker = Array(Self.marker.utf8)
        var result: [SuppressionComment] = []
        var searchFrom = 0
        while let hit = firstIndex(of: marker, in: bytes, from: searchFrom) {
            searchFrom = hit + marker.count
            let row = source.row(ofByte: hit)
            let lineStart = source.lineStarts[row]
            let before = Array(bytes[lineStart..<hit])
            let opener = [Array("#".utf8), Array("//".utf8), Array(";".utf8), Array("--".utf8)]
                .compactMap { token in (0...max(0, before.count - token.count)).last { before.count >= token.count && Array(before[$0..<($0 + token.count)]) == token } }
                .min()
            guard let opener else { continue }
            let lineEnd = row + 1 < source.lineStarts.count ? source.lineStarts[row + 1] : bytes.count
            guard var suppression = parse(comment: source.text(hit..<lineEnd).trimmingCharacters(in: .whitespacesAndNewlines), row: row) else { continue }
            suppression.trailsCode = before[..<opener].contains { $0 != 0x20 && $0 != 0x09 }
            if !result.contains(suppression) { result.append(suppression) }
        }
        return result
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    public func covers(ruleID: String, row findingRow: Int) -> Bool {
        (findingRow == row || (!trailsCode && findingRow == row + 1)) && (ruleIDs.contains(ruleID) || ruleIDs.contains("all"))
    }
}
