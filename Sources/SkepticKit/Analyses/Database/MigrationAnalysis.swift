import Foundation

/// The database boundary as the repository's SQL files define it: every SQL file outside test
/// folders, replayed in migration order into one model, checked by the rules that name a check.
public enum MigrationAnalysis {
    static func findings(sqlFiles: [DiscoveredFile], rules: [Rule], configuration: Configuration) -> [Finding] {
        let databaseRules = rules.filter { $0.check != nil }
        guard !databaseRules.isEmpty else { return [] }
        return findings(for: migrationFiles(sqlFiles, maximumFileSize: configuration.maximumFileSize), rules: databaseRules, settings: configuration.database)
    }

    /// The SQL files under `root` that a scan would replay, in migration order.
    public static func migrations(under root: URL, configuration: Configuration = Configuration()) throws -> [MigrationFile] {
        let discovered = try Scan(request: ScanRequest(root: root, configuration: configuration, ruleDirectories: [])).discover()
        return migrationFiles(discovered.files.filter { $0.language == .sql }, maximumFileSize: configuration.maximumFileSize)
    }

    static func migrationFiles(_ sqlFiles: [DiscoveredFile], maximumFileSize: Int) -> [MigrationFile] {
        var migrations: [MigrationFile] = []
        let byPath = Dictionary(sqlFiles.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for path in MigrationOrder.sorted(Array(byPath.keys)) where !PathClassifier.isTestPath(path) {
            guard let file = byPath[path], case .success(let bytes) = SafeFileReader.read(file.absolutePath, limit: maximumFileSize),
                !bytes.prefix(8192).contains(0)
            else { continue }
            migrations.append(MigrationFile(path: path, source: SourceText(bytes: bytes)))
        }
        return migrations
    }

    /// Findings for already parsed files (also used by rule fixtures and the live audit).
    static func findings(for migrations: [MigrationFile], rules: [Rule], settings: DatabaseSettings = DatabaseSettings()) -> [Finding] {
        let model = MigrationReplay.replay(migrations, exposedSchemas: settings.exposedSchemas)
        return findings(for: migrations, model: model, rules: rules, settings: settings)
    }

    static func findings(for migrations: [MigrationFile], model: DatabaseModel, rules: [Rule], settings: DatabaseSettings) -> [Finding] {
        let byCheck = Dictionary(rules.compactMap { rule in rule.check.map { ($0, rule) } }, uniquingKeysWith: { first, _ in first })
        let sources = Dictionary(migrations.map { ($0.path, $0.source) }, uniquingKeysWith: { first, _ in first })
        var suppressions: [String: [SuppressionComment]] = [:]
        var occurrences: [String: Int] = [:]
        var findings: [Finding] = []
        for issue in DatabaseAudit.issues(in: model, checks: Set(byCheck.keys), settings: settings) {
            guard let rule = byCheck[issue.check], let source = sources[issue.location.path] else { continue }
            let path = issue.location.path
            if suppressions[path] == nil { suppressions[path] = SuppressionComment.all(inText: source) }
            let row = issue.location.line - 1
            let start = source.position(ofByte: issue.location.byteRange.lowerBound)
            let end = source.position(ofByte: issue.location.byteRange.upperBound)
            let key = rule.id + "\u{0}" + issue.subject
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            findings.append(Finding(
                ruleID: rule.id, title: rule.title, severity: severity(rule.severity, issue.sensitivity), confidence: rule.confidence,
                category: rule.category, cwe: rule.cweIDs, owasp: rule.owasp, message: issue.message, fix: rule.fix, path: path,
                range: SourceRange(start: start, end: end),
                snippet: Excerpt.lines(of: source, rows: row...source.row(ofByte: max(issue.location.byteRange.lowerBound, issue.location.byteRange.upperBound - 1)), masking: []),
                fingerprint: Fingerprint.make(ruleID: rule.id, path: path, matchedText: issue.subject, occurrence: occurrence),
                suppression: suppressions[path]?.first { $0.reason != nil && $0.covers(ruleID: rule.id, row: row) }
                    .map { Suppression(justification: $0.reason ?? "", line: $0.row + 1) }))
        }
        return findings
    }

    /// Severity rises with what the data exposes: the rule's own level for personal data and
    /// free text, critical for health, financial, identity, children's data and credentials, one
    /// step lower when no sensitive column is recognised.
    static func severity(_ base: Severity, _ sensitivity: DataSensitivity) -> Severity {
        if sensitivity >= .financial { return .critical }
        if sensitivity >= .freeText { return base }
        return Severity.allCases[max(1, Severity.allCases.firstIndex(of: base)! - 1)]
    }
}
