/// Source excerpts for reports, with secret ranges masked.
public enum Excerpt {
    static let maximumLines = 5

    /// The text of `range` with each masked range replaced by its masked form. Masks may overlap
    /// each other or the edges of `range`; a mask cut by an edge or an earlier mask shows no
    /// characters at all, so no part of a secret leaks from a partial view.
    public static func maskedText(_ source: SourceText, _ range: Range<Int>, masking masked: [Range<Int>]) -> String {
        var output = ""
        var cursor = range.lowerBound
        for mask in masked.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let start = max(mask.lowerBound, cursor)
            let end = min(mask.upperBound, range.upperBound)
            guard start < end else { continue }
            output += source.text(cursor..<start)
            let hidden = source.text(start..<end)
            output += start == mask.lowerBound && end == mask.upperBound
                ? SecretDetector.mask(hidden) : String(repeating: "*", count: min(max(hidden.count, 4), 24))
            cursor = end
        }
        return output + source.text(cursor..<range.upperBound)
    }

    /// The byte range of whole lines `rows` (at most a few), without the final line break.
    static func byteRange(of source: SourceText, rows: ClosedRange<Int>) -> (range: Range<Int>, truncated: Bool)? {
        let last = min(rows.upperBound, rows.lowerBound + maximumLines - 1)
        guard rows.lowerBound < source.lineStarts.count else { return nil }
        let start = source.lineStarts[rows.lowerBound]
        var end = last + 1 < source.lineStarts.count ? source.lineStarts[last + 1] : source.bytes.count
        while end > start, source.bytes[end - 1] == UInt8(ascii: "\n") || source.bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return (start..<end, last < rows.upperBound)
    }

    /// Whole lines `rows` (at most a few), masked.
    public static func lines(of source: SourceText, rows: ClosedRange<Int>, masking masked: [Range<Int>]) -> String {
        guard let (range, truncated) = byteRange(of: source, rows: rows) else { return "" }
        var text = maskedText(source, range, masking: masked)
        if truncated { text += "\n…" }
        return text
    }

    /// One line of at most `limit` characters, for messages.
    public static func shorten(_ text: String, limit: Int = 80) -> String {
        let folded = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return folded.count <= limit ? folded : String(folded.prefix(limit - 1)) + "…"
    }
}
