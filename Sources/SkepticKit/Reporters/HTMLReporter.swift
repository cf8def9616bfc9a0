/// A single self-contained HTML page: findings with excerpts, then the coverage summary.
public struct HTMLReporter: Reporter {
    public init() {}

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for char in text {
            switch char {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(char)
            }
        }
        return out
    }

    public func render(_ report: ScanReport) -> String {
        let coverage = report.coverage
        var body: [String] = []
        body.append("<h1>Skeptic report</h1>")
        body.append("<p>Root: <code>\(Self.escape(report.root))</code> · \(report.activeFindings.count) findings, \(coverage.suppressed) suppressed, \(coverage.rulesRun) rules run.</p>")
        for finding in report.findings {
            let cls = finding.isSuppressed ? "finding suppressed" : "finding \(finding.severity.rawValue)"
            body.append("<section class=\"\(cls)\">")
            body.append("<h2><span class=\"sev\">\(finding.severity.rawValue)</span> \(Self.escape(finding.ruleID)) <small>\(Self.escape(finding.path)):\(finding.range.start.line):\(finding.range.start.column)</small></h2>")
            body.append("<p>\(Self.escape(finding.message))</p>")
            body.append("<pre>\(Self.escape(finding.snippet))</pre>")
            body.append("<p class=\"fix\">Fix: \(Self.escape(finding.fix))</p>")
            if let suppression = finding.suppression {
                body.append("<p class=\"note\">Suppressed at line \(suppression.line): \(Self.escape(suppression.justification))</p>")
            }
            body.append("</section>")
        }
        body.append("<h2>Coverage</h2><table><tr><th>Language</th><th>Files</th><th>Lines</th></tr>")
        for (language, files) in coverage.filesAnalysed.sorted(by: { $0.key < $1.key }) {
            body.append("<tr><td>\(language)</td><td>\(files)</td><td>\(coverage.linesAnalysed[language] ?? 0)</td></tr>")
        }
        body.append("</table><h3>Skipped</h3><ul>")
        for record in report.files where !record.status.wasAnalysed {
            body.append("<li><code>\(Self.escape(record.path))</code>: \(record.status.rawValue)\(record.detail.map { " (" + Self.escape($0) + ")" } ?? "")</li>")
        }
        body.append("</ul><h3>Not checked</h3><ul>")
        body += coverage.notChecked.map { "<li>\(Self.escape($0))</li>" }
        body.append("</ul>")
        let style = """
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            pre{background:#f5f5f5;padding:.5rem;overflow-x:auto}.finding{border-left:4px solid #999;padding-left:1rem;margin:1rem 0}
            .critical{border-color:#8b008b}.high{border-color:#c00}.medium{border-color:#d80}.low{border-color:#08c}.suppressed{opacity:.6}
            .sev{text-transform:uppercase;font-size:.8em}small{font-weight:normal;color:#555}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border:1px solid #ddd}
            """
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Skeptic report</title><style>\(style)</style></head>
            <body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }
}
