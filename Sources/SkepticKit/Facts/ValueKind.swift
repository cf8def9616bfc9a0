/// What a static reading can say about the value of an expression.
public enum ValueKind: Int, Comparable, Sendable, CustomStringConvertible {
    /// Known when the code is written: a literal, or only literals flow into it.
    case constant
    /// Passed through a sanitiser the rule trusts.
    case sanitized
    /// A constant on some path: `process.env.KEY || "dev-key"`.
    case constantFallback
    /// Comes from elsewhere (parameter, environment, call result); nothing known.
    case unknown
    /// A string assembled here with parts that are not constant.
    case built

    public static func < (lhs: ValueKind, rhs: ValueKind) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .constant: return "constant"
        case .sanitized: return "sanitized"
        case .constantFallback: return "constant fallback"
        case .unknown: return "unknown"
        case .built: return "built string"
        }
    }

    /// Combines the kinds of values that may reach one place (several definitions, branches).
    public func merged(with other: ValueKind) -> ValueKind {
        switch (self, other) {
        case (.constant, .unknown), (.unknown, .constant): return .constantFallback
        default: return max(self, other)
        }
    }

    public func satisfies(_ requirement: ValueRequirement) -> Bool {
        switch requirement {
        case .constant: return self == .constant
        case .mayBeConstant: return self == .constant || self == .constantFallback
        case .built: return self == .built
        case .nonConstant: return self >= .constantFallback
        }
    }
}
