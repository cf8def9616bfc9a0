import Foundation

/// A gitignore-style glob over '/'-separated relative paths: `*` and `?` stay within a segment,
/// `**` spans segments, `[...]` is a class. A pattern without a '/' matches a name at any depth.
public struct Glob: Sendable, CustomStringConvertible {
    public let pattern: String
    private let regex: RegexPattern

    public var description: String { pattern }

    public init(_ pattern: String) throws {
        self.pattern = pattern
        var body = pattern
        let anchored = body.hasPrefix("/") || body.dropLast().contains("/")
        if body.hasPrefix("/") { body.removeFirst() }
        if body.hasSuffix("/") { body.removeLast() }
        var regex = anchored ? "^" : "^(?:.*/)?"
        var index = body.startIndex
        while index < body.endIndex {
            let char = body[index]
            switch char {
            case "*":
                let next = body.index(after: index)
                if next < body.endIndex, body[next] == "*" {
                    let afterStars = body.index(after: next)
                    if afterStars < body.endIndex, body[afterStars] == "/" {
                        regex += "(?:.*/)?"
                        index = body.index(after: afterStars)
                    } else {
                        regex += ".*"
                        index = afterStars
                    }
                    continue
                }
                regex += "[^/]*"
            case "?": regex += "[^/]"
            case "[":
                if let (set, end) = Self.characterClass(body, openingAt: index) {
                    regex += set
                    index = end
                    continue
                }
                regex += "\\["
            case "\\":
                let next = body.index(after: index)
                if next < body.endIndex {
                    regex += NSRegularExpression.escapedPattern(for: String(body[next]))
                    index = body.index(after: next)
                    continue
                }
            default: regex += NSRegularExpression.escapedPattern(for: String(char))
            }
            index = body.index(after: index)
        }
        // A directory pattern also matches everything below it.
        regex += "(?:/.*)?$"
        self.regex = try RegexPattern(regex)
    }

    public func matches(_ relativePath: String) -> Bool { regex.matches(relativePath) }

    static let posixClasses = [
        "alpha": "a-zA-Z", "digit": "0-9", "alnum": "a-zA-Z0-9", "upper": "A-Z", "lower": "a-z",
        "space": " \\t\\n\\r\\f\\v", "xdigit": "0-9a-fA-F", "punct": "!-/:-@\\[-`{-~", "blank": " \\t",
    ]

    /// A gitignore `[...]` (with `!` or `^` negation, a leading `]` taken literally and POSIX
    /// classes) as a regular-expression set that never matches '/'; with the index after it.
    static func characterClass(_ body: String, openingAt open: String.Index) -> (String, String.Index)? {
        let chars = Array(body[open...])
        var index = 1
        var negated = false
        if index < chars.count, chars[index] == "!" || chars[index] == "^" { negated = true; index += 1 }
        var members = ""
        var first = true
        while index < chars.count {
            let char = chars[index]
            if char == "]", !first {
                // A class stays within one path segment, whatever its members.
                let set = "(?!/)" + (negated ? "[^" : "[") + members + "]"
                return (set, body.index(open, offsetBy: index + 1))
            }
            first = false
            if char == "[", index + 1 < chars.count, chars[index + 1] == ":",
                let close = (index + 2..<chars.count).first(where: { chars[$0] == ":" && $0 + 1 < chars.count && chars[$0 + 1] == "]" }) {
                guard let mapped = posixClasses[String(chars[(index + 2)..<close])] else { return nil }
                members += mapped
                index = close + 2
                continue
            }
            if char == "\\", index + 1 < chars.count {
                members += "\\" + String(chars[index + 1])
                index += 2
                continue
            }
            // A '-' between two members is a range; everything else is literal.
            if char == "-", !members.isEmpty, index + 1 < chars.count, chars[index + 1] != "]" {
                members += "-"
            } else if char.isLetter || char.isNumber {
                members.append(char)
            } else {
                members += "\\" + String(char)
            }
            index += 1
        }
        return nil
    }
}

/// Names for the kinds of paths several stages care about.
public enum PathClassifier {
    static let vendoredDirectories: Set<String> = [
        "node_modules", "bower_components", "jspm_packages", "vendor", "third_party", "third-party",
        ".git", ".hg", ".svn", ".venv", "venv", "__pycache__", "site-packages", ".tox", ".mypy_cache",
        ".build", ".swiftpm", "Pods", "Carthage", ".next", ".nuxt", ".svelte-kit", ".turbo", ".cache",
        "dist", "build", "out", "coverage", ".parcel-cache", ".vercel", ".output", ".terraform",
    ]

    static let testDirectories: Set<String> = ["test", "tests", "__tests__", "__mocks__", "spec", "specs", "fixtures", "__fixtures__", "testdata", "e2e", "cypress"]

    public static func isTestPath(_ relativePath: String) -> Bool {
        let segments = relativePath.split(separator: "/")
        if segments.dropLast().contains(where: { testDirectories.contains(String($0)) }) { return true }
        guard let name = segments.last?.lowercased() else { return false }
        return name.contains(".test.") || name.contains(".spec.") || name.hasPrefix("test_")
            || name.hasSuffix("_test.go") || name.hasSuffix("_test.py") || name.hasSuffix("tests.swift")
            || name.hasPrefix(".env.example") || name.hasPrefix(".env.sample") || name.hasPrefix(".env.template")
    }

    public static func isMinifiedName(_ name: String) -> Bool {
        name.hasSuffix(".min.js") || name.hasSuffix(".min.mjs") || name.hasSuffix("-min.js") || name.hasSuffix(".bundle.js")
    }
}
