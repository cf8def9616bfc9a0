/// One problem found at one place.
public struct Finding: Codable, Sendable, Hashable {
    public var ruleID: String
    public var title: String
    public var severity: Severity
    public var confidence: Confidence
    public var category: String
    public var cwe: [String]
    public var owasp: [String]
    public var message: String
    public var fix: String
    /// Path relative to the scan root, with '/' separators.
    public var path: String
    public var range: SourceRange
    /// The source lines of the finding (at most a few), with secrets masked.
    public var snippet: String
    /// Stable across unrelated edits and line shifts: rule, path, normalised matched text, and
    /// the occurrence number of that text in the file.
    public var fingerprint: String
    public var suppression: Suppression?

    public var isSuppressed: Bool { suppression != nil }

    enum CodingKeys: String, CodingKey {
        case ruleID = "ruleId"
        case title, severity, confidence, category, cwe, owasp, message, fix, path, range, snippet, fingerprint, suppression
    }
}

/// An in-source `skeptic-ignore: RULE -- reason` that silenced a finding.
public struct Suppression: Codable, Sendable, Hashable {
    public var justification: String
    /// One-based line of the comment.
    public var line: Int
}

extension Finding {
    /// Report order: by path, then position, then rule.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.path, lhs.range.start.line, lhs.range.start.column, lhs.ruleID) < (rhs.path, rhs.range.start.line, rhs.range.start.column, rhs.ruleID)
    }
}
