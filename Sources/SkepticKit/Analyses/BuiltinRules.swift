/// Checks that are part of Skeptic itself rather than a rule pack.
public enum BuiltinRules {
    public static let bareSuppressionID = "skeptic-suppression-without-reason"

    public static let bareSuppressionRule = Rule(
        id: bareSuppressionID,
        title: "Suppression without a rule or a reason",
        languages: Language.allCases.filter(\.usesTreeSitter),
        severity: .low,
        confidence: .high,
        likelihood: .medium,
        impact: .low,
        category: "process",
        cwe: ["CWE-1164: Irrelevant Code"],
        owasp: ["A04:2021 - Insecure Design"],
        message: "A `skeptic-ignore` comment must name the rule it silences and say why after ` -- `.",
        fix: "Write `skeptic-ignore: RULE-ID -- why this is safe here`.",
        references: ["https://github.com/securego/gosec#annotating-code"],
        docs: RuleDocs(
            what: "Flags `skeptic-ignore` comments that name no rule or give no reason.",
            why: "A silenced finding with no recorded reason cannot be reviewed: nobody can tell later whether it was judged safe or just made to go away.",
            example: "// skeptic-ignore: js-eval-non-literal\neval(code)",
            fix: "// skeptic-ignore: js-eval-non-literal -- code comes from our signed plugin bundle, verified above\neval(code)"),
        patterns: [],
        unlessFileHas: [],
        unlessProjectHas: [],
        maskCapture: nil,
        paths: PathFilter(),
        origin: SourceLocation(path: "<built-in>", line: 0))

    public static let all: [Rule] = [bareSuppressionRule]

    /// The finding for a suppression without rule or reason, and the text its fingerprint
    /// hashes. `secrets` gives the ranges to mask within the comment's line.
    static func bareSuppression(at comment: SuppressionComment, path: String, source: SourceText, secrets: (Range<Int>) -> [Range<Int>]) -> (Finding, String) {
        let rule = bareSuppressionRule
        let row = comment.row
        let lineRange = Excerpt.byteRange(of: source, rows: row...row)?.range ?? 0..<0
        let lineText = Excerpt.maskedText(source, lineRange, masking: secrets(lineRange))
        let position = SourcePosition(line: row + 1, column: 1)
        let finding = Finding(
            ruleID: rule.id, title: rule.title, severity: rule.severity, confidence: rule.confidence, category: rule.category,
            cwe: rule.cweIDs, owasp: rule.owasp,
            message: comment.ruleIDs.isEmpty ? "This `skeptic-ignore` names no rule; it silences nothing and must name one." : "This `skeptic-ignore` gives no reason after ` -- `; it silences nothing until it does.",
            fix: rule.fix, path: path,
            range: SourceRange(start: position, end: SourcePosition(line: row + 1, column: source.line(row).unicodeScalars.count + 1)),
            snippet: lineText,
            fingerprint: "",
            suppression: nil)
        return (finding, lineText)
    }
}
