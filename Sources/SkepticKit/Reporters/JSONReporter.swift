/// Machine-readable report: findings, every file's status, the coverage summary and rule errors.
public struct JSONReporter: Reporter {
    public init() {}

    struct Document: Encodable {
        var tool: Tool
        var root: String
        var findings: [Finding]
        var files: [FileRecord]
        var summary: CoverageSummary
        var rulesByLanguage: [String: [String]]
        var ruleErrors: [String]
        var timings: [StageTiming]
    }

    struct Tool: Encodable {
        var name = ScanReport.toolName
        var version = ScanReport.toolVersion
    }

    public func render(_ report: ScanReport) -> String {
        encodeSorted(Document(
            tool: Tool(), root: report.root, findings: report.findings, files: report.files, summary: report.coverage,
            rulesByLanguage: report.rulesByLanguage, ruleErrors: report.ruleErrors, timings: report.timings)) + "\n"
    }
}
