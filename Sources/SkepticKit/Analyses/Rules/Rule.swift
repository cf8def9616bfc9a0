import Foundation

/// A rule as written in a rule pack: metadata, documentation and a matcher. Rules are data.
public struct Rule: Sendable {
    public var id: String
    public var title: String
    public var languages: [Language]
    public var severity: Severity
    public var confidence: Confidence
    public var likelihood: Confidence
    public var impact: Confidence
    public var category: String
    public var cwe: [String]
    public var owasp: [String]
    public var message: String
    public var fix: String
    public var references: [String]
    public var docs: RuleDocs
    public var patterns: [RulePattern]
    /// A native check run on a model rather than a query (the database boundary's rules).
    public var check: DatabaseCheck? = nil
    /// Report only when no file (of the same family) or this file matches one of these.
    public var unlessFileHas: [HelperQuery]
    public var unlessProjectHas: [HelperQuery]
    /// A capture whose text is masked in messages and excerpts (secrets).
    public var maskCapture: String?
    public var paths: PathFilter
    /// Where the rule was read from, for error messages and `explain`.
    public var origin: SourceLocation

    public var cweIDs: [String] {
        cwe.compactMap { entry in entry.split(separator: ":").first.map { String($0).trimmingCharacters(in: .whitespaces) } }
    }
}

public struct RuleDocs: Sendable, Codable {
    public var what: String
    public var why: String
    public var example: String
    public var fix: String
}

/// A query and the conditions its captures must meet.
public struct RulePattern: Sendable {
    public var query: HelperQuery
    public var conditions: [CaptureCondition]
    /// The match must lie within a node matched by one of these (all lists must hold).
    public var inside: [HelperQuery]
    /// The match must not lie within a node matched by any of these.
    public var notInside: [HelperQuery]
    /// The capture reported as the finding's location; defaults to `match`, then the widest capture.
    public var focus: String?
    /// Report where the focused name gets its value in this file (`const KEY = "..."`) rather than
    /// at each use: one finding per hard-coded key, however many calls use it.
    public var reportAtDefinition = false
    /// Files this pattern applies to, within the rule's own `paths` (Next.js route files, say).
    public var paths: PathFilter? = nil
}

/// Query text with where it sits in the rule file, so errors can point at a line.
public struct HelperQuery: Sendable {
    public var text: String
    public var location: SourceLocation
}

public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var description: String { "\(path):\(line)" }
}

/// A condition on the node captured under `capture`.
public struct CaptureCondition: Sendable {
    public var capture: String
    public var test: Test

    public enum Test: Sendable {
        case regex(RegexPattern, negated: Bool)
        case oneOf(Set<String>, negated: Bool)
        case kind(Set<String>, negated: Bool)
        case value(ValueRequirement, sanitizers: Set<String>)
        case numberBelow(Double)
        case durationOver(seconds: Double)
        case lacksKeys([String])
        case hasKeys([String])
        case secret(SecretRequirement)
        /// The identifier is bound by an import or `require` of one of these modules.
        case importedFrom([String])
        /// The name is bound, where it is used, to an expression whose text matches: follows the
        /// declaration or assignment that reaches the use (`const msg = err.message; send(msg)`),
        /// including destructuring (`const { url } = req.body`).
        case boundRegex(RegexPattern)
    }
}

public enum ValueRequirement: String, Sendable, CaseIterable {
    /// Always the same, known when the code is written: literals and what they flow from.
    case constant
    /// Constant on some path, such as `process.env.KEY || "dev-key"`.
    case mayBeConstant = "may-be-constant"
    /// A string assembled here from parts that are not constant (concatenation, interpolation).
    case built
    /// Anything but a constant or a sanitised value.
    case nonConstant = "non-constant"
}

public enum SecretRequirement: String, Sendable, CaseIterable {
    /// The string has the shape of a known provider's credential.
    case knownFormat = "known-format"
    /// The string looks random enough to be a real credential and is not a placeholder.
    case likely
}

/// A regular expression that is safe to share: NSRegularExpression matching is thread-safe.
/// Rule predicates are mostly alternations of plain words (`^(jwt|jsonwebtoken)$`); those are
/// answered with a set lookup or substring test, which is far cheaper than ICU's matcher.
public struct RegexPattern: @unchecked Sendable {
    public let source: String
    /// A short stable name for the pattern (FNV-1a of its source), for records kept between scans.
    let fingerprint: String
    let expression: NSRegularExpression
    let literal: LiteralAlternation?
    let required: RequiredLiterals?

    public init(_ source: String) throws {
        self.source = source
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in source.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        fingerprint = String(hash, radix: 16)
        expression = try NSRegularExpression(pattern: source)
        literal = LiteralAlternation(source)
        required = literal == nil ? RequiredLiterals(source) : nil
    }

    public func matches(_ text: String) -> Bool {
        quickVerdict(text) ?? fullMatch(text)
    }

    /// The answer when it is cheap to know (plain alternatives, a missing required literal).
    func quickVerdict(_ text: String) -> Bool? {
        if let literal, !literal.needsEngine(text) { return literal.matches(text) }
        if let required, !required.mayMatch(text) { return false }
        return nil
    }

    func fullMatch(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// `^(a|b)$`, `(?i)^(a|b)$`, `^(?i)a$`, `a|b`: alternatives with no other regex syntax,
/// matched on UTF-8 bytes (ASCII case folding for `(?i)`).
struct LiteralAlternation {
    let words: [[UInt8]]
    let exact: Set<[UInt8]>
    let anchoredStart: Bool
    let anchoredEnd: Bool
    let caseInsensitive: Bool

    init?(_ pattern: String) {
        var body = Substring(pattern)
        var caseInsensitive = false
        func takeFlag() {
            if body.hasPrefix("(?i)") {
                caseInsensitive = true
                body = body.dropFirst(4)
            }
        }
        takeFlag()
        let anchoredStart = body.hasPrefix("^")
        if anchoredStart { body = body.dropFirst() }
        takeFlag()
        let anchoredEnd = body.hasSuffix("$") && !body.hasSuffix("\\$")
        if anchoredEnd { body = body.dropLast() }
        var grouped = false
        if body.hasPrefix("(?:"), body.hasSuffix(")"), !body.dropFirst().contains("(") {
            body = body.dropFirst(3).dropLast()
            grouped = true
        } else if body.hasPrefix("("), body.hasSuffix(")"), !body.dropFirst().contains("(") {
            body = body.dropFirst().dropLast()
            grouped = true
        }
        // `^a|b$` anchors each end to one alternative only: `(^a)|(b$)`. Leave it to the engine.
        if (anchoredStart || anchoredEnd), !grouped, body.contains("|") { return nil }
        // Anything with regex meaning (other than the '|' separators) keeps the real engine;
        // escaped punctuation is unescaped here.
        var words: [String] = []
        var current = ""
        var iterator = body.makeIterator()
        while let char = iterator.next() {
            switch char {
            case "|":
                words.append(current)
                current = ""
            case "\\":
                guard let next = iterator.next(), ".$-_/@#:".contains(next) else { return nil }
                current.append(next)
            case "(", ")", "[", "]", "{", "}", "*", "+", "?", ".", "^", "$":
                return nil
            default:
                guard char.isASCII else { return nil }
                current.append(char)
            }
        }
        words.append(current)
        guard !words.contains(where: \.isEmpty) else { return nil }
        self.words = words.map { Array((caseInsensitive ? $0.lowercased() : $0).utf8) }
        exact = Set(self.words)
        self.anchoredStart = anchoredStart
        self.anchoredEnd = anchoredEnd
        self.caseInsensitive = caseInsensitive
    }

    /// Texts where ICU's semantics go beyond byte comparison: `$` also matches before a final
    /// line terminator, and `(?i)` folds non-ASCII letters (the Kelvin sign is a `k`).
    func needsEngine(_ text: String) -> Bool {
        if caseInsensitive, !text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        if anchoredEnd, let last = text.unicodeScalars.last, [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(last.value) { return true }
        return false
    }

    func matches(_ text: String) -> Bool {
        var subject = Array(text.utf8)
        if caseInsensitive {
            for index in subject.indices where subject[index] >= 65 && subject[index] <= 90 { subject[index] += 32 }
        }
        switch (anchoredStart, anchoredEnd) {
        case (true, true): return exact.contains(subject)
        case (true, false): return words.contains { subject.starts(with: $0) }
        case (false, true): return words.contains { subject.count >= $0.count && subject.suffix($0.count).elementsEqual($0) }
        case (false, false): return words.contains { Self.contains(subject, $0) }
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}

/// Glob filters on the path relative to the scan root.
public struct PathFilter: Sendable {
    public var include: [Glob] = []
    public var exclude: [Glob] = []
    /// Test code and fixtures are not where shipped secrets live.
    public var skipTests = false

    public func admits(_ relativePath: String) -> Bool {
        if skipTests, PathClassifier.isTestPath(relativePath) { return false }
        if !include.isEmpty, !include.contains(where: { $0.matches(relativePath) }) { return false }
        return !exclude.contains { $0.matches(relativePath) }
    }
}
