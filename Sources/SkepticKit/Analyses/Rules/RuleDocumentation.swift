/// A rule's documentation in fixed sections, as ruff's rule pages: what it does, why it is bad,
/// example, use instead, references. `skeptic explain`, SARIF help and docs/rules share it.
public enum RuleDocumentation {
    public static func markdown(_ rule: Rule) -> String {
        var lines: [String] = []
        lines.append("# \(rule.id)")
        lines.append("")
        lines.append("**\(rule.title)**")
        lines.append("")
        lines.append("Severity: \(rule.severity.rawValue) · Confidence: \(rule.confidence.rawValue) · Languages: \(rule.languages.map(\.rawValue).joined(separator: ", "))")
        lines.append("")
        lines.append("CWE: \(rule.cwe.joined(separator: "; ")) · OWASP: \(rule.owasp.joined(separator: "; "))")
        lines.append("")
        lines.append("## What it does")
        lines.append("")
        lines.append(rule.docs.what.trimmed)
        lines.append("")
        lines.append("## Why is this bad?")
        lines.append("")
        lines.append(rule.docs.why.trimmed)
        lines.append("")
        lines.append("## Example")
        lines.append("")
        lines.append("```\(fence(rule))")
        lines.append(rule.docs.example.trimmed)
        lines.append("```")
        lines.append("")
        lines.append("## Use instead")
        lines.append("")
        lines.append("```\(fence(rule))")
        lines.append(rule.docs.fix.trimmed)
        lines.append("```")
        lines.append("")
        lines.append("## References")
        lines.append("")
        lines += rule.references.map { "- \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func plainText(_ rule: Rule) -> String {
        """
        \(rule.id): \(rule.title)
        Severity \(rule.severity.rawValue), confidence \(rule.confidence.rawValue). \(rule.cwe.joined(separator: "; ")). \(rule.owasp.joined(separator: "; ")).

        What it does:
        \(rule.docs.what.trimmed)

        Why is this bad?
        \(rule.docs.why.trimmed)

        Example:
        \(rule.docs.example.trimmed.indented)

        Use instead:
        \(rule.docs.fix.trimmed.indented)

        References:
        \(rule.references.map { "  " + $0 }.joined(separator: "\n"))

        """
    }

    private static func fence(_ rule: Rule) -> String {
        switch rule.languages.first {
        case .javascript?: return "js"
        case .typescript?, .tsx?: return "ts"
        case .python?: return "python"
        case .go?: return "go"
        case .swift?: return "swift"
        case .sql?: return "sql"
        case nil: return ""
        }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    var indented: String { split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") }
}
