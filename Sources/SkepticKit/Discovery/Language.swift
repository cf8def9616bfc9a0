/// A language Skeptic can parse. Detection is by file extension, then by shebang. `text` is
/// every other text file (configuration, `.env`, scripts, notebooks, documents): searched for
/// secrets only.
public enum Language: String, CaseIterable, Codable, Sendable, Comparable {
    case javascript, typescript, tsx, python, go, swift, sql, text

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Names accepted in rule files, so a rule can say `js` or `ts` as Semgrep rules do.
    public init?(ruleName: String) {
        switch ruleName.lowercased() {
        case "javascript", "js", "jsx": self = .javascript
        case "typescript", "ts": self = .typescript
        case "tsx": self = .tsx
        case "python", "py": self = .python
        case "go", "golang": self = .go
        case "swift": self = .swift
        case "sql", "postgresql", "postgres": self = .sql
        default: return nil
        }
    }

    public static func detect(fileName: String) -> Language? {
        let lower = fileName.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "js", "jsx", "mjs", "cjs": return .javascript
        case "ts", "mts", "cts": return lower.hasSuffix(".d.ts") ? nil : .typescript
        case "tsx": return .tsx
        case "py", "pyw": return .python
        case "go": return .go
        case "swift": return .swift
        case "sql": return .sql
        default: return nil
        }
    }

    /// Reads `#!/usr/bin/env node` style first lines of extension-less scripts.
    public static func detect(shebang firstLine: Substring) -> Language? {
        guard firstLine.hasPrefix("#!") else { return nil }
        let words = firstLine.dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "/" })
        for word in words.reversed() {
            if word.hasPrefix("python") { return .python }
            if word == "node" || word == "nodejs" || word == "deno" || word == "bun" { return .javascript }
            if word == "ts-node" || word == "tsx" { return .typescript }
            if word == "swift" { return .swift }
        }
        return nil
    }

    /// The JavaScript family shares one rule pack: a rule written for one runs on all three.
    public var family: String {
        switch self {
        case .javascript, .typescript, .tsx: return "javascript"
        default: return rawValue
        }
    }

    public var usesTreeSitter: Bool { self != .sql && self != .text }
}
