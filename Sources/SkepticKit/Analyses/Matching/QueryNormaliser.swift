/// Lets rule authors write predicates after a pattern, as in Semgrep-style rule files:
///
///     (call_expression function: (identifier) @fn) @match
///     (#eq? @fn "eval")
///
/// tree-sitter reads a top-level `(#eq? ...)` as a pattern of its own, with nothing to match,
/// so the predicate would silently never apply. This wraps each pattern together with the
/// predicate-only patterns that follow it: `((call_expression ...) @match (#eq? @fn "eval"))`.
/// Line numbers are kept, so compile errors still point at the rule file's line.
enum QueryNormaliser {
    static func groupPredicates(_ source: String) -> String {
        // Top-level forms are found lexically: compiling every rule query only to learn where
        // its patterns start cost more than the rest of rule loading.
        let bytes = Array(source.utf8)
        guard var starts = topLevelFormStarts(bytes), starts.count > 1 else { return source }
        let patternCount = starts.count
        starts.append(bytes.count)
        func text(_ index: Int) -> String { String(decoding: bytes[starts[index]..<starts[index + 1]], as: UTF8.self) }
        func isPredicateOnly(_ index: Int) -> Bool {
            text(index).drop(while: { $0 == "(" || $0.isWhitespace }).hasPrefix("#")
        }
        guard (1..<patternCount).contains(where: isPredicateOnly) else { return source }
        var output = String(decoding: bytes[0..<starts[0]], as: UTF8.self)
        var index = 0
        while index < patternCount {
            var group = [text(index)]
            var next = index + 1
            while next < patternCount, isPredicateOnly(next) {
                group.append(text(next))
                next += 1
            }
            if group.count == 1 {
                output += group[0]
            } else {
                // The closing parenthesis goes at the start of the next line, so a `; comment`
                // ending the group cannot swallow it; taking that line's break keeps line numbers.
                let joined = group.joined()
                let body = String(joined.reversed().drop(while: \.isWhitespace).reversed())
                let trailing = joined.dropFirst(body.count)
                if trailing.hasPrefix("\n") {
                    output += "(" + body + "\n)" + String(trailing.dropFirst())
                } else {
                    output += "(" + body + "\n)" + String(trailing)
                }
            }
            index = next
        }
        return output
    }

    /// Byte offsets where top-level forms (`(...)`, `[...]`, `"..."`) start, skipping strings
    /// and `;` comments; nil when brackets do not balance (the real compile reports it).
    static func topLevelFormStarts(_ bytes: [UInt8]) -> [Int]? {
        var starts: [Int] = []
        var depth = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: ";"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            case UInt8(ascii: "\""):
                if depth == 0 { starts.append(index) }
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "("), UInt8(ascii: "["):
                if depth == 0 { starts.append(index) }
                depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                depth -= 1
                if depth < 0 { return nil }
            default:
                break
            }
            index += 1
        }
        return depth == 0 ? starts : nil
    }
}
