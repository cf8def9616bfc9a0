/// Literal text that every match of a regular expression must contain, found by reading the
/// expression's top level: `^["'`]?origin["'`]?$` needs "origin"; `(?i)x-(api|auth)-key`
/// needs "x-" and one of "api"/"auth". Checking these with a byte search first spares the
/// regex engine the great majority of texts, which cannot match.
struct RequiredLiterals: Sendable {
    /// Each factor is a set of alternatives; a match contains at least one of each factor.
    let factors: [[[UInt8]]]
    let caseInsensitive: Bool

    /// Nil when nothing useful is required (top-level alternation, too-short literals).
    init?(_ pattern: String) {
        var chars = Array(pattern)
        var caseInsensitive = false
        var extended = false
        var index = 0
        func skipFlags() {
            // Leading inline flags such as (?i) or (?is).
            guard index + 2 < chars.count, chars[index] == "(", chars[index + 1] == "?" else { return }
            var end = index + 2
            while end < chars.count, chars[end].isLetter { end += 1 }
            guard end < chars.count, chars[end] == ")", end > index + 2 else { return }
            if chars[(index + 2)..<end].contains("i") { caseInsensitive = true }
            if chars[(index + 2)..<end].contains("x") { extended = true }
            index = end + 1
        }
        skipFlags()
        if index < chars.count, chars[index] == "^" { index += 1 }
        skipFlags()
        // (?x) ignores white space and comments in the pattern: its text is not its literals.
        if extended { return nil }
        chars = Array(chars[index...])
        // Flags set later in the expression ("a(?i)b", "(?i:b)") change what matches: give up.
        for position in chars.indices.dropLast(2) where chars[position] == "(" && chars[position + 1] == "?"
            && (chars[position + 2].isLetter || chars[position + 2] == "-") {
            return nil
        }

        var factors: [[String]] = []
        var run = ""
        func endRun() {
            if run.count >= 2 { factors.append([run]) }
            run = ""
        }
        /// True when the atom just read may repeat zero times.
        func optionalFollows(_ position: Int) -> Bool {
            guard position < chars.count else { return false }
            if chars[position] == "?" || chars[position] == "*" { return true }
            if chars[position] == "{" {
                let digits = chars[(position + 1)...].prefix { $0.isNumber }
                return Int(String(digits)) == 0
            }
            return false
        }
        func quantifierFollows(_ position: Int) -> Bool {
            position < chars.count && "?*+{".contains(chars[position])
        }
        /// The position after a quantifier (`?`, `*`, `+`, `{n,m}`, and a lazy or possessive mark).
        func skipQuantifier(_ start: Int) -> Int {
            var position = start
            guard position < chars.count else { return position }
            if chars[position] == "{" {
                while position < chars.count, chars[position] != "}" { position += 1 }
                position += 1
            } else if "?*+".contains(chars[position]) {
                position += 1
            } else {
                return position
            }
            if position < chars.count, chars[position] == "?" || chars[position] == "+" { position += 1 }
            return position
        }

        var position = 0
        while position < chars.count {
            let char = chars[position]
            switch char {
            case "|":
                return nil  // top-level alternation: no single requirement
            case "\\":
                guard position + 1 < chars.count else { return nil }
                let escaped = chars[position + 1]
                // Escapes that spell a character by code (\x41, \u0041, \0, \cA), refer back
                // (\1, \k<n>) or quote (\Q...\E) are not read here: give up rather than misread.
                if escaped.isNumber || (escaped.isLetter && !Self.classEscapes.contains(escaped)) { return nil }
                if escaped.isLetter {
                    endRun()  // a class (\s, \d, \w, \p{Lu}) or an assertion (\b)
                    position += 2
                    if position < chars.count, chars[position] == "{", "pPxN".contains(escaped) {
                        while position < chars.count, chars[position] != "}" { position += 1 }
                        position += 1
                    }
                    position = skipQuantifier(position)
                } else {
                    position += 2
                    if optionalFollows(position) { endRun() } else { run.append(escaped); if quantifierFollows(position) { endRun() } }
                }
                continue
            case "[":
                endRun()
                guard let end = Self.closingBracket(chars, from: position) else { return nil }
                position = skipQuantifier(end + 1)
                continue
            case "(":
                endRun()
                guard let close = Self.closingParenthesis(chars, from: position) else { return nil }
                var body = Array(chars[(position + 1)..<close])
                position = close + 1
                let optional = optionalFollows(position)
                if body.starts(with: ["?", ":"]) { body.removeFirst(2) } else if body.first == "?" { continue }
                if !optional, let alternatives = Self.plainAlternatives(body) {
                    factors.append(alternatives)
                }
                continue
            case ".", "^", "$":
                endRun()
            case "?", "*", "+", "{", "}", ")":
                // Quantifier on the previous literal character: it is no longer required as part
                // of this run (it may be absent, or the run breaks after it).
                if char == "?" || char == "*" || (char == "{" && optionalFollows(position)) {
                    if !run.isEmpty { run.removeLast() }
                }
                endRun()
                if char == "{" { while position < chars.count, chars[position] != "}" { position += 1 } }
            default:
                if optionalFollows(position + 1) {
                    endRun()
                } else {
                    run.append(char)
                }
            }
            position += 1
        }
        endRun()
        let useful = factors.filter { $0.allSatisfy { $0.count >= 2 } && !$0.isEmpty }
        guard !useful.isEmpty else { return nil }
        self.factors = useful.map { $0.map { Array((caseInsensitive ? $0.lowercased() : $0).utf8) } }
        self.caseInsensitive = caseInsensitive
    }

    /// False when `text` lacks a required literal, so the expression cannot match.
    func mayMatch(_ text: String) -> Bool {
        var subject = Array(text.utf8)
        if caseInsensitive {
            for index in subject.indices where subject[index] >= 65 && subject[index] <= 90 { subject[index] += 32 }
        }
        return factors.allSatisfy { alternatives in alternatives.contains { Self.contains(subject, $0) } }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// `a|bc|d` with no other syntax: the alternatives; otherwise nil.
    private static func plainAlternatives(_ body: [Character]) -> [String]? {
        var alternatives: [String] = []
        var current = ""
        var index = 0
        while index < body.count {
            let char = body[index]
            if char == "|" {
                alternatives.append(current)
                current = ""
            } else if char == "\\", index + 1 < body.count, !body[index + 1].isLetter, !body[index + 1].isNumber {
                current.append(body[index + 1])
                index += 1
            } else if "\\()[]{}.*+?^$".contains(char) {
                return nil
            } else {
                current.append(char)
            }
            index += 1
        }
        alternatives.append(current)
        return alternatives.contains(where: \.isEmpty) ? nil : alternatives
    }

    /// Escapes of a class or an assertion: \d, \w, \s, \b, \p{...} and their kin.
    static let classEscapes: Set<Character> = ["d", "D", "w", "W", "s", "S", "b", "B", "h", "H", "v", "V", "R", "X", "A", "z", "Z", "G", "p", "P", "n", "t", "r", "f"]

    /// The `]` closing the set opened at `open`. ICU sets nest (`[[a-z]&&[^q]]`); a `]` right
    /// after the opening (or after `^`) is a literal.
    static func closingBracket(_ chars: [Character], from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < chars.count {
            let char = chars[index]
            if char == "\\" { index += 2; continue }
            if char == "[" {
                depth += 1
                index += 1
                if index < chars.count, chars[index] == "^" { index += 1 }
                if index < chars.count, chars[index] == "]" { index += 1 }
                continue
            }
            if char == "]" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    private static func closingParenthesis(_ chars: [Character], from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < chars.count {
            let char = chars[index]
            if char == "\\" { index += 2; continue }
            if char == "[" {
                guard let end = closingBracket(chars, from: index) else { return nil }
                index = end + 1
                continue
            } else if char == "(" {
                depth += 1
            } else if char == ")" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }
}
