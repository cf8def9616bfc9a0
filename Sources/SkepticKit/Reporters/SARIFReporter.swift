import Foundation

/// SARIF 2.1.0 as GitHub code scanning reads it: rule descriptors with CWE tags and help,
/// results with locations, partial fingerprints and suppressions, and every file that was not
/// fully analysed as a tool execution notification.
public struct SARIFReporter: Reporter {
    public init() {}

    public func render(_ report: ScanReport) -> String {
        let usedRuleIDs = Set(report.findings.map(\.ruleID))
        // All rules that ran, so a clean run still documents what was checked.
        let rules = report.rules.filter { report.rulesRun.contains($0.id) || usedRuleIDs.contains($0.id) }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let coverage = report.coverage
        let run: JSONValue = .object([
            "tool": ["driver": .object([
                "name": .string(ScanReport.toolName),
                "semanticVersion": .string(ScanReport.toolVersion),
                "version": .string(ScanReport.toolVersion),
                "rules": .array(rules.map(descriptor)),
            ])],
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": ["%SRCROOT%": ["uri": .string(URL(fileURLWithPath: report.root, isDirectory: true).absoluteString)]],
            "results": .array(report.findings.map { result($0, ruleIndex: ruleIndex[$0.ruleID]) }),
            "invocations": [.object([
                "executionSuccessful": .bool(true),
                "toolExecutionNotifications": .array(notifications(report)),
            ])],
            "properties": .object([
                "coverage": .object([
                    "filesAnalysed": .object(coverage.filesAnalysed.mapValues { .int($0) }),
                    "linesAnalysed": .object(coverage.linesAnalysed.mapValues { .int($0) }),
                    "pathsSkipped": .object(coverage.pathsSkipped.mapValues { .int($0) }),
                    "rulesRun": .int(coverage.rulesRun),
                    "incomplete": .bool(coverage.isIncomplete),
                    "notChecked": .array(coverage.notChecked.map { .string($0) }),
                ]),
            ]),
        ])
        let document: JSONValue = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
        return document.serialized() + "\n"
    }

    private func descriptor(_ rule: Rule) -> JSONValue {
        let markdown = RuleDocumentation.markdown(rule)
        var tags: [JSONValue] = ["security", .string(rule.category)]
        tags += rule.cweIDs.map { .string("external/cwe/\($0.lowercased())") }
        return .object([
            "id": .string(rule.id),
            "name": .string(rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()),
            "shortDescription": ["text": .string(rule.title)],
            "fullDescription": ["text": .string(rule.docs.what)],
            "help": ["text": .string(RuleDocumentation.plainText(rule)), "markdown": .string(markdown)],
            "helpUri": rule.references.first.map { .string($0) } ?? .null,
            "defaultConfiguration": ["level": .string(rule.severity.sarifLevel)],
            "properties": .object([
                "tags": .array(tags),
                "precision": .string(rule.confidence == .high ? "high" : rule.confidence == .medium ? "medium" : "low"),
                "security-severity": .string(rule.severity.securitySeverity),
                "cwe": .array(rule.cwe.map { .string($0) }),
                "owasp": .array(rule.owasp.map { .string($0) }),
            ]),
        ])
    }

    private func result(_ finding: Finding, ruleIndex: Int?) -> JSONValue {
        var object: [String: JSONValue] = [
            "ruleId": .string(finding.ruleID),
            "level": .string(finding.severity.sarifLevel),
            "message": ["text": .string(finding.message)],
            "locations": [.object([
                "physicalLocation": .object([
                    "artifactLocation": ["uri": .string(Self.uri(finding.path)), "uriBaseId": "%SRCROOT%"],
                    "region": .object([
                        "startLine": .int(finding.range.start.line),
                        "startColumn": .int(finding.range.start.column),
                        "endLine": .int(finding.range.end.line),
                        "endColumn": .int(finding.range.end.column),
                        "snippet": ["text": .string(finding.snippet)],
                    ]),
                ]),
            ])],
            "partialFingerprints": ["skeptic/v1": .string(finding.fingerprint)],
            "properties": .object([
                "severity": .string(finding.severity.rawValue),
                "confidence": .string(finding.confidence.rawValue),
                "cwe": .array(finding.cwe.map { .string($0) }),
            ]),
        ]
        if let ruleIndex { object["ruleIndex"] = .int(ruleIndex) }
        if let suppression = finding.suppression {
            object["suppressions"] = [.object(["kind": "inSource", "status": "accepted", "justification": .string(suppression.justification)])]
        }
        return .object(object)
    }

    private func notifications(_ report: ScanReport) -> [JSONValue] {
        var notes: [JSONValue] = report.ruleErrors.map { error in
            .object(["level": "error", "message": ["text": .string("rule not loaded: \(error)")], "descriptor": ["id": "rule-error"]])
        }
        for record in report.files where record.status != .analysed {
            let text = "\(record.status.rawValue): \(record.path)" + (record.detail.map { " (\($0))" } ?? "")
            notes.append(.object([
                "level": .string(record.status.isCoverageGap ? "warning" : "note"),
                "message": ["text": .string(text)],
                "descriptor": ["id": .string("file-status/\(record.status.rawValue)")],
                "locations": [.object(["physicalLocation": .object(["artifactLocation": ["uri": .string(Self.uri(record.path)), "uriBaseId": "%SRCROOT%"]])])],
            ]))
        }
        return notes
    }

    /// Relative paths as URI references: each segment percent-encoded.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#[]@")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }
}
