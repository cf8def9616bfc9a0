import Foundation

/// One difference between the boundary the migrations define and the live database's.
public struct DatabaseDrift: Sendable, Equatable, CustomStringConvertible {
    public var subject: String
    public var migrations: String
    public var live: String

    public var description: String { "\(subject): migrations \(migrations); live \(live)" }
}

/// The live half of the database audit: a catalog snapshot is written out as SQL
/// (`CatalogSchemaWriter`), replayed like a migration and checked by the same rules; with
/// migrations at hand the two models are compared for drift.
public enum LiveDatabaseAudit {
    public struct Result: Sendable {
        public var report: ScanReport
        /// The reconstructed boundary the findings' line numbers refer to.
        public var schemaSQL: String
        /// nil when no migrations were compared.
        public var drift: [DatabaseDrift]?
    }

    /// What a live audit does and does not look at, stated in every report.
    public static func limits(statementTimeoutSeconds: Int) -> [String] {
        [
            "Read-only: only catalog queries (pg_catalog) ran, inside a READ ONLY transaction with statement_timeout \(statementTimeoutSeconds)s; no table data was read.",
            "Application code, and who connects with which role, are not part of a live audit: run `skeptic scan` on the repository.",
            "Policies are judged by what their expressions refer to (auth.uid(), current_user, JWT claims, columns), not by running them; functions they call are not followed.",
            "Roles' memberships and passwords, connection settings (pg_hba.conf, SSL), extensions and platform configuration outside the catalog.",
        ]
    }

    /// - Parameters:
    ///   - source: the database as it may be printed: a URL without its password.
    ///   - migrations: SQL files to compare with (relative paths as in a scan), or nil.
    public static func audit(
        snapshot: CatalogSnapshot, source: String, rules: [Rule], migrations: [MigrationFile]?, statementTimeoutSeconds: Int,
        settings: DatabaseSettings = DatabaseSettings()
    ) -> Result {
        let databaseRules = rules.filter { $0.check != nil }
        let schemaSQL = CatalogSchemaWriter.sql(for: snapshot, source: source, exposedSchemas: settings.exposedSchemas)
        let live = MigrationFile(path: source, source: SourceText(schemaSQL))
        let liveModel = MigrationReplay.replay([live], exposedSchemas: settings.exposedSchemas, supabaseConventions: snapshot.followsSupabaseConventions)
        var findings = MigrationAnalysis.findings(for: [live], model: liveModel, rules: databaseRules, settings: settings)
        var drift: [DatabaseDrift]?
        if let migrations {
            let differences = DatabaseDriftComparison.compare(migrations: MigrationReplay.replay(migrations, exposedSchemas: settings.exposedSchemas), live: liveModel)
            drift = differences
            findings += driftFindings(differences, live: live, model: liveModel)
        }
        var notes = limits(statementTimeoutSeconds: statementTimeoutSeconds)
        if migrations == nil { notes.append("Drift from the migrations was not checked: pass --migrations DIR.") }
        let report = ScanReport(
            root: source, findings: findings.sorted(by: Finding.reportOrder),
            files: [FileRecord(path: source, language: .sql, status: .analysed,
                               detail: "the live boundary, reconstructed from the catalog (--schema-out writes it)", lines: live.source.lineCount)],
            rulesRun: databaseRules.map(\.id) + (migrations == nil ? [] : [BuiltinRules.databaseDriftRule.id]),
            rules: databaseRules + [BuiltinRules.databaseDriftRule], rulesByLanguage: ["sql": databaseRules.map(\.id)],
            ruleErrors: [], timings: [], limits: notes)
        return Result(report: report, schemaSQL: schemaSQL, drift: drift)
    }

    /// Each difference as a finding, at the live object's line (or the first line when the
    /// object exists only in the migrations).
    static func driftFindings(_ differences: [DatabaseDrift], live: MigrationFile, model: DatabaseModel) -> [Finding] {
        let rule = BuiltinRules.databaseDriftRule
        return differences.map { difference in
            let location = model.location(of: difference.subject)
            let row = (location?.line ?? 1) - 1
            let start = location.map { live.source.position(ofByte: $0.byteRange.lowerBound) } ?? SourcePosition(line: 1, column: 1)
            let end = location.map { live.source.position(ofByte: $0.byteRange.upperBound) } ?? start
            return Finding(
                ruleID: rule.id, title: rule.title, severity: rule.severity, confidence: rule.confidence, category: rule.category,
                cwe: rule.cweIDs, owasp: rule.owasp,
                message: "\(difference.subject) differs from the migrations: there it is \(difference.migrations); live it is \(difference.live).",
                fix: rule.fix, path: live.path, range: SourceRange(start: start, end: end),
                snippet: location == nil ? "" : Excerpt.lines(of: live.source, rows: row...row, masking: []),
                fingerprint: Fingerprint.make(ruleID: rule.id, path: live.path, matchedText: difference.subject, occurrence: 0),
                suppression: nil)
        }
    }
}

/// Compares two models object by object, in the schemas the migrations define tables in.
public enum DatabaseDriftComparison {
    public static func compare(migrations: DatabaseModel, live: DatabaseModel) -> [DatabaseDrift] {
        let schemas = Set(migrations.tables.keys.map(\.schema))
        var drift: [DatabaseDrift] = []
        func differs(_ subject: String, _ expected: String, _ actual: String) {
            if expected != actual { drift.append(DatabaseDrift(subject: subject, migrations: expected, live: actual)) }
        }
        let names = Set(migrations.tables.keys).union(live.tables.keys.filter { schemas.contains($0.schema) }).sorted()
        for name in names {
            guard let expected = migrations.tables[name], let actual = live.tables[name] else {
                differs("table \(name)", migrations.tables[name] == nil ? "absent" : "present", live.tables[name] == nil ? "absent" : "present")
                continue
            }
            differs("row-level security on \(name)", rlsState(expected), rlsState(actual))
            for role in DatabaseAudit.apiRoles.sorted() {
                differs("privileges of \(role) on \(name)", privileges(expected.grants[role]), privileges(actual.grants[role]))
            }
            for policy in Set(expected.policies.keys).union(actual.policies.keys).sorted() {
                differs("policy \"\(policy)\" on \(name)", describe(expected.policies[policy]), describe(actual.policies[policy]))
            }
        }
        let functions = Set(migrations.functions.keys).union(live.functions.keys.filter { schemas.contains($0.schema) }).sorted()
        for name in functions {
            differs("function \(name)", describe(migrations.functions[name]), describe(live.functions[name]))
        }
        return drift
    }

    static func rlsState(_ table: Table) -> String {
        table.rowLevelSecurity ? (table.forceRowLevelSecurity ? "enabled and forced" : "enabled") : "disabled"
    }

    static func privileges(_ set: Set<Privilege>?) -> String {
        guard let set, !set.isEmpty else { return "none" }
        return set == Set(Privilege.allCases) ? "ALL" : set.sorted().map { $0.rawValue.uppercased() }.joined(separator: ", ")
    }

    static func describe(_ policy: Policy?) -> String {
        guard let policy else { return "absent" }
        var text = "\(policy.permissive ? "" : "restrictive ")FOR \(policy.command.rawValue.uppercased()) TO \(policy.roles.sorted().joined(separator: ", "))"
        if let using = policy.using { text += " USING (\(normalised(using.text)))" }
        if let check = policy.withCheck { text += " WITH CHECK (\(normalised(check.text)))" }
        return text
    }

    static func describe(_ function: Function?) -> String {
        guard let function else { return "absent" }
        // PUBLIC includes every API role; a platform's extra grants to them change nothing.
        let executors = function.executors.contains("public") ? "PUBLIC" : function.executors.intersection(DatabaseAudit.apiRoles).sorted().joined(separator: ", ")
        return "\(function.securityDefiner ? "SECURITY DEFINER" : "SECURITY INVOKER")\(function.fixedSearchPath ? " with a fixed search_path" : "")"
            + ", executable by \(executors.isEmpty ? "no API role" : executors)"
    }

    /// Expressions as PostgreSQL prints them back (`pg_get_expr`) add parentheses and casts;
    /// compare without them, and without case and spacing.
    static func normalised(_ expression: String) -> String {
        var text = expression.lowercased()
        for cast in ["::text", "::uuid", "::boolean", "::name", "::character varying"] { text = text.replacingOccurrences(of: cast, with: "") }
        text = text.filter { !$0.isWhitespace && $0 != "(" && $0 != ")" }
        return text
    }
}

extension DatabaseModel {
    /// Where the object a drift subject names is defined in this model.
    func location(of subject: String) -> StatementLocation? {
        for table in tables.values where subject.hasSuffix(" \(table.name)") {
            if subject.hasPrefix("policy \"") {
                let name = subject.dropFirst("policy \"".count).prefix { $0 != "\"" }
                return table.policies[String(name)]?.location ?? table.location
            }
            return table.location
        }
        for function in functions.values where subject == "function \(function.name)" { return function.location }
        return nil
    }
}
