/// Human-readable report: findings grouped by file with the code excerpt, then the coverage
/// summary. Colour only when asked (the CLI asks when writing to a terminal).
public struct TerminalReporter: Reporter {
    public var options: ReporterOptions

    public init(options: ReporterOptions) { self.options = options }

    /// Text from the scanned files (paths, snippets, messages quoting code, suppression reasons)
    /// with control characters made visible: a file must not be able to drive the reader's
    /// terminal with escape sequences, nor reorder what is shown with bidirectional controls.
    public static func inert(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: output.unicodeScalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                output += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private func paint(_ text: String, _ code: String) -> String {
        options.colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func severityLabel(_ severity: Severity) -> String {
        let label = severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
        switch severity {
        case .critical: return paint(label, "1;35")
        case .high: return paint(label, "1;31")
        case .medium: return paint(label, "33")
        case .low: return paint(label, "36")
        case .info: return paint(label, "2")
        }
    }

    public func render(_ report: ScanReport) -> String {
        var out: [String] = []
        let shown = report.findings.filter { !$0.isSuppressed || options.showSuppressed }
        var currentPath: String?
        for finding in shown {
            if finding.path != currentPath {
                if currentPath != nil { out.append("") }
                out.append(paint(Self.inert(finding.path), "1;4"))
                currentPath = finding.path
            }
            let position = "\(finding.range.start.line):\(finding.range.start.column)"
            let suppressed = finding.isSuppressed ? paint(" (suppressed: \(Self.inert(finding.suppression?.justification ?? "")))", "2") : ""
            out.append("  \(paint(position, "2")) \(severityLabel(finding.severity)) \(paint(Self.inert(finding.ruleID), "1"))\(suppressed)")
            out.append("      \(Self.inert(finding.message))")
            for (offset, line) in Self.inert(finding.snippet).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let number = String(finding.range.start.line + offset)
                out.append("      " + paint(number.padding(toLength: 5, withPad: " ", startingAt: 0) + "│", "2") + " " + line)
            }
            out.append("      " + paint("fix: ", "32") + Self.inert(finding.fix.trimmed).split(separator: "\n").joined(separator: " "))
        }
        if !shown.isEmpty { out.append("") }
        out += summaryLines(report)
        return out.joined(separator: "\n") + "\n"
    }

    private func summaryLines(_ report: ScanReport) -> [String] {
        let coverage = report.coverage
        var lines: [String] = []
        let active = report.activeFindings
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = active.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(count) \(severity.rawValue)"
        }
        let suppressed = coverage.suppressed > 0 ? ", \(coverage.suppressed) suppressed" : ""
        if active.isEmpty {
            lines.append("No findings from \(coverage.rulesRun) rules\(suppressed). That is not a clean bill of health: see what was not checked below.")
        } else {
            lines.append(paint(plural(active.count, "finding"), "1") + " (\(counts.joined(separator: ", "))\(suppressed)) from \(coverage.rulesRun) rules.")
        }
        let analysed = coverage.filesAnalysed.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        let totalFiles = coverage.filesAnalysed.values.reduce(0, +)
        let totalLines = coverage.linesAnalysed.values.reduce(0, +)
        let cached = coverage.filesFromCache > 0 ? "; \(coverage.filesFromCache) unchanged since the last scan, results reused" : ""
        lines.append("Analysed \(plural(totalFiles, "file")), \(plural(totalLines, "line")) (\(analysed.isEmpty ? "none" : analysed.joined(separator: ", "))\(cached)).")
        if !coverage.pathsSkipped.isEmpty {
            let skipped = coverage.pathsSkipped.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            lines.append("Skipped \(plural(coverage.pathsSkipped.values.reduce(0, +), "path")): \(skipped.joined(separator: ", ")) (per-file list in --format json or sarif).")
        }
        if coverage.partiallyParsed > 0 {
            lines.append(paint("\(plural(coverage.partiallyParsed, "file")) with syntax errors: rules ran where the tree was usable.", "33"))
        }
        for error in report.ruleErrors {
            lines.append(paint("rule error: \(Self.inert(error))", "31"))
        }
        lines.append("Not checked: " + Self.inert(coverage.notChecked.joined(separator: " ")))
        return lines
    }

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
