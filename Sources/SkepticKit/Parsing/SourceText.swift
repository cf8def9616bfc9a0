/// The bytes of one file, read once, with a line index for positions and excerpts.
public final class SourceText: @unchecked Sendable {
    public let bytes: [UInt8]
    /// Byte offset where each line starts; immutable after init, hence the unchecked Sendable.
    public let lineStarts: [Int]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32)
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    public convenience init(_ string: String) { self.init(bytes: Array(string.utf8)) }

    public var lineCount: Int {
        if bytes.isEmpty { return 0 }
        return bytes.last == UInt8(ascii: "\n") ? lineStarts.count - 1 : lineStarts.count
    }

    public func text(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    /// Zero-based row containing `offset`.
    public func row(ofByte offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// One-based line and one-based column counted in Unicode scalars (SARIF's `unicodeCodePoints`).
    public func position(ofByte offset: Int) -> SourcePosition {
        let row = row(ofByte: offset)
        let start = lineStarts[row]
        let prefix = bytes[start..<min(max(offset, start), bytes.count)]
        // Every scalar has exactly one byte that is not a UTF-8 continuation byte.
        let column = prefix.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return SourcePosition(line: row + 1, column: column + 1)
    }

    /// The text of a zero-based row, without its line break.
    public func line(_ row: Int) -> String {
        guard row >= 0, row < lineStarts.count else { return "" }
        var end = row + 1 < lineStarts.count ? lineStarts[row + 1] : bytes.count
        while end > lineStarts[row], bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return text(lineStarts[row]..<end)
    }
}

public struct SourcePosition: Codable, Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

public struct SourceRange: Codable, Hashable, Sendable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }
}
