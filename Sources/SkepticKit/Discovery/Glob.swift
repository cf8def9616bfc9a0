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
                if let close = body[index...].firstIndex(of: "]") {
                    var set = String(body[body.index(after: index)..<close])
                    if set.hasPrefix("!") { set = "^" + set.dropFirst() }
                    regex += "[" + set.replacingOccurrences(of: "\\", with: "\\\\") + "]"
                    index = body.index(after: close)
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
