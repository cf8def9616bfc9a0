/// Source excerpts for reports, with secret ranges masked.
public enum Excerpt {
    static let maximumLines = 5

    /// The text of `range` with each masked range replaced by its masked form.
    public static func maskedText(_ source: SourceText, _ range: Range<Int>, masking masked: [Range<Int>]) -> String {
        var output = ""
        var cursor = range.lowerBound
        for mask in masked.sorted(by: { $0.lowerBound < $1.lowerBound }) where mask.overlaps(range) && mask.lowerBound >= cursor {
            output += source.text(cursor..<mask.lowerBound)
            output += SecretDetector.mask(source.text(mask))
            cursor = min(mask.upperBound, range.upperBound)
        }
        return output + source.text(cursor..<range.upperBound)
    }

    /// Whole lines `rows` (at most a few), masked.
    public static func lines(of source: SourceText, rows: ClosedRange<Int>, masking masked: [Range<Int>]) -> String {
        let last = min(rows.upperBound, rows.lowerBound + maximumLines - 1)
        guard rows.lowerBound < source.lineStarts.count else { return "" }
        let start = source.lineStarts[rows.lowerBound]
        var end = last + 1 < source.lineStarts.count ? source.lineStarts[last + 1] : source.bytes.count
        while end > start, source.bytes[end - 1] == UInt8(ascii: "\n") || source.bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        var text = maskedText(source, start..<end, masking: masked)
        if last < rows.upperBound { text += "\n…" }
        return text
    }

    /// One line of at most `limit` characters, for messages.
    public static func shorten(_ text: String, limit: Int = 80) -> String {
        let folded = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return folded.count <= limit ? folded : String(folded.prefix(limit - 1)) + "…"
    }
}
