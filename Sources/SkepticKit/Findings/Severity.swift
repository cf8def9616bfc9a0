/// How bad a finding is if real. Ordered, so `--fail-on high` means high and critical.
public enum Severity: String, Codable, CaseIterable, Comparable, Sendable {
    case info, low, medium, high, critical

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// How sure the rule is that a match is a real problem.
public enum Confidence: String, Codable, CaseIterable, Comparable, Sendable {
    case low, medium, high

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
}
