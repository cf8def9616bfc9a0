import CPgQuery
import Foundation

/// One SQL statement of a file, parsed by PostgreSQL's own parser (libpg_query).
public struct SQLStatement: Sendable {
    /// One-based line where the statement starts.
    public var line: Int
    public var byteRange: Range<Int>
    public var text: String
    /// The JSON parse tree, when the statement parsed.
    public var parseTreeJSON: String?
    public var error: SQLParseError?
}

public struct SQLParseError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// One-based line of the error within the file.
    public var line: Int
    public var description: String { "line \(line): \(message)" }
}

/// Splits a SQL file into statements with PostgreSQL's scanner, then parses each one, so an
/// error in one statement leaves the others analysed.
public enum SQLParser {
    public static func parse(_ source: SourceText) -> [SQLStatement] {
        var bytes = source.bytes
        bytes.append(0)
        let split = bytes.withUnsafeBufferPointer { pg_query_split_with_scanner(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
        defer { pg_query_free_split_result(split) }
        if let error = split.error {
            let offset = byteOffset(ofCharacter: max(0, Int(error.pointee.cursorpos) - 1), in: source.text(0..<source.bytes.count))
            let message = error.pointee.message.map { String(cString: $0) } ?? "cannot split statements"
            return [SQLStatement(line: source.row(ofByte: offset) + 1, byteRange: 0..<source.bytes.count, text: source.text(0..<source.bytes.count),
                                 parseTreeJSON: nil, error: SQLParseError(message: message, line: source.row(ofByte: offset) + 1))]
        }
        var statements: [SQLStatement] = []
        for index in 0..<Int(split.n_stmts) {
            guard let stmt = split.stmts[index]?.pointee else { continue }
            var start = Int(stmt.stmt_location)
            let end = min(start + Int(stmt.stmt_len), source.bytes.count)
            // The scanner's location includes leading white space and comments; point at the code.
            start = firstCodeByte(source.bytes, from: start, to: end)
            guard start < end else { continue }
            let text = source.text(start..<end)
            let line = source.row(ofByte: start) + 1
            let result = pg_query_parse(text)
            defer { pg_query_free_parse_result(result) }
            if let error = result.error {
                let offset = start + byteOffset(ofCharacter: max(0, Int(error.pointee.cursorpos) - 1), in: text)
                let message = error.pointee.message.map { String(cString: $0) } ?? "syntax error"
                statements.append(SQLStatement(line: line, byteRange: start..<end, text: text, parseTreeJSON: nil,
                                               error: SQLParseError(message: message, line: source.row(ofByte: offset) + 1)))
            } else {
                statements.append(SQLStatement(line: line, byteRange: start..<end, text: text,
                                               parseTreeJSON: result.parse_tree.map { String(cString: $0) }, error: nil))
            }
        }
        return statements
    }

    /// PostgreSQL reports error positions in characters; lines are found by byte.
    static func byteOffset(ofCharacter characters: Int, in text: String) -> Int {
        text.unicodeScalars.prefix(characters).reduce(0) { $0 + String($1).utf8.count }
    }

    /// Skips white space, `-- line` and `/* block */` comments.
    static func firstCodeByte(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1; continue }
            if byte == UInt8(ascii: "-"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "-") {
                while index < end, bytes[index] != 0x0A { index += 1 }
                continue
            }
            if byte == UInt8(ascii: "/"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "*") {
                index += 2
                while index + 1 < end, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                index = min(index + 2, end)
                continue
            }
            break
        }
        return index
    }
}
