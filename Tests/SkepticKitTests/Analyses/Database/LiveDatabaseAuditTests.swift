import Foundation
import Testing
@testable import SkepticKit
@testable import SkepticLiveDatabase

/// The live audit against a real PostgreSQL server: `scripts/with-postgres.sh` (run by `make
/// test`) starts one on loopback and loads `LiveFixture` into it; the same files are replayed
/// statically here, and both sides must find the same problems.
@Suite struct LiveDatabaseAuditTests {
    static let fixture = TestPaths.packageRoot.appendingPathComponent("Tests/SkepticKitTests/Analyses/Database/LiveFixture")
    static let environment = ProcessInfo.processInfo.environment
    static let databaseURL = environment["SKEPTIC_TEST_DATABASE_URL"]
    static let password = environment["SKEPTIC_TEST_DATABASE_PASSWORD"] ?? ""
    static var rules: [Rule] { RuleLoader.load(directories: [TestPaths.rules.appendingPathComponent("sql")]).rules }

    static func readLive() async throws -> CatalogSnapshot {
        let settings = try ConnectionSettings(url: try #require(databaseURL), environment: ["PGPASSWORD": password])
        return try await CatalogReader(settings: settings).read()
    }

    /// What both sides are compared on: the check, the object it is about, and how sensitive it is.
    static func issues(_ model: DatabaseModel) -> [String] {
        DatabaseAudit.issues(in: model, checks: Set(DatabaseCheck.allCases))
            .map { "\($0.check.rawValue) \($0.subject) \($0.sensitivity)" }.sorted()
    }

    static let expectedIssues = [
        "db-overgrant public.audit_log grant public no sensitive columns recognised",
        "rls-disabled public.app_settings no sensitive columns recognised",
        "rls-not-forced public.weekly_reports owner health, emotional or intimate data",
        "rls-ownership-takeover public.mood_checkins policy Users edit check-ins update health, emotional or intimate data",
        "rls-public-read public.entries policy Public can view random entries health, emotional or intimate data",
        "rls-public-read public.profiles policy Profiles are visible to signed-in users no sensitive columns recognised",
        "rls-write-any-row public.mood_checkins policy Anyone can log a check-in insert health, emotional or intimate data",
        "security-definer public.homepage_entries bypass health, emotional or intimate data",
        "security-definer public.homepage_entries search_path health, emotional or intimate data",
        "security-definer public.recent_feelings view health, emotional or intimate data",
    ]

    @Test(.enabled(if: databaseURL != nil, "needs scripts/with-postgres.sh"))
    func liveAndStaticFindingsAgree() async throws {
        let migrations = try MigrationAnalysis.migrations(under: Self.fixture)
        #expect(migrations.map(\.path).first == "supabase/migrations/20240101000000_init.sql")
        // platform.sql stands for Supabase itself: replayed last, it adds only auth.* objects.
        #expect(Self.issues(MigrationReplay.replay(migrations)) == Self.expectedIssues)

        let snapshot = try await Self.readLive()
        #expect(snapshot.followsSupabaseConventions)
        let live = LiveDatabaseAudit.audit(snapshot: snapshot, source: "live", rules: Self.rules, migrations: migrations, statementTimeoutSeconds: 10)
        let liveModel = MigrationReplay.replay([MigrationFile(path: "live", source: SourceText(live.schemaSQL))], supabaseConventions: true)
        #expect(Self.issues(liveModel) == Self.expectedIssues)
        #expect(live.drift == [], "\(live.drift ?? [])")
        let staticFindings = MigrationAnalysis.findings(for: migrations, rules: Self.rules)
        #expect(live.report.activeFindings.map(\.ruleID).sorted() == staticFindings.map(\.ruleID).sorted())
        #expect(live.report.activeFindings.map(\.severity).sorted() == staticFindings.map(\.severity).sorted())
        // The owner-only UPDATE policy without WITH CHECK is safe on both sides.
        #expect(!live.report.activeFindings.contains { $0.message.contains("Users update their own entries") })
    }

    @Test(.enabled(if: databaseURL != nil, "needs scripts/with-postgres.sh"))
    func aPolicyAddedOutsideTheMigrationsIsDrift() async throws {
        let migrations = try MigrationAnalysis.migrations(under: Self.fixture).filter { !$0.path.contains("homepage") }
        let live = LiveDatabaseAudit.audit(snapshot: try await Self.readLive(), source: "live", rules: Self.rules, migrations: migrations, statementTimeoutSeconds: 10)
        #expect(live.drift?.map(\.description) == [
            "policy \"Public can view random entries\" on public.entries: migrations absent; live FOR SELECT TO public USING (true)"
        ])
        let drift = try #require(live.report.activeFindings.first { $0.ruleID == "db-drift" })
        #expect(drift.snippet.contains("CREATE POLICY \"Public can view random entries\""))
        #expect(live.schemaSQL.split(separator: "\n", omittingEmptySubsequences: false)[drift.range.start.line - 1].contains("Public can view random entries"))
    }

    @Test(.enabled(if: databaseURL != nil, "needs scripts/with-postgres.sh"))
    func thePasswordAppearsInNoReportAndTheReportSaysItWasReadOnly() async throws {
        let settings = try ConnectionSettings(url: try #require(Self.databaseURL), environment: ["PGPASSWORD": Self.password])
        let live = LiveDatabaseAudit.audit(snapshot: try await Self.readLive(), source: settings.description, rules: Self.rules, migrations: nil, statementTimeoutSeconds: 10)
        #expect(!Self.password.isEmpty)
        for format in ReportFormat.allCases {
            let text = format.reporter(options: ReporterOptions(colour: false, failOn: .low, showSuppressed: true)).render(live.report)
            #expect(!text.contains(Self.password), "\(format)")
            #expect(text.contains("READ ONLY transaction"), "\(format)")
        }
        #expect(!live.schemaSQL.contains(Self.password))
    }

    @Test func anUnreachableServerIsAClearErrorWithoutThePassword() async throws {
        let settings = try ConnectionSettings(url: "postgres://auditor:hunter2-secret@127.0.0.1:1/app?sslmode=disable", environment: [:])
        await #expect {
            _ = try await CatalogReader(settings: settings, statementTimeoutSeconds: 2).read()
        } throws: { error in
            let text = "\(error)"
            return text.contains("cannot connect to postgres://auditor@127.0.0.1:1/app") && !text.contains("hunter2")
        }
    }
}

@Suite struct ConnectionSettingsTests {
    @Test func theURLGivesEverythingAndThePasswordIsNeverPrinted() throws {
        let settings = try ConnectionSettings(url: "postgresql://app%40corp:p%3Ass@db.example.com:6543/journal?sslmode=require", environment: [:])
        #expect(settings.user == "app@corp")
        #expect(settings.password == "p:ss")
        #expect(settings.port == 6543)
        #expect(settings.database == "journal")
        #expect(settings.tls == .require)
        #expect(settings.description == "postgres://app%40corp@db.example.com:6543/journal")
        #expect(!settings.description.contains("p:ss") && !settings.description.contains("p%3Ass"))
    }

    @Test func thePasswordComesFromPGPASSWORDThenThePasswordFile() throws {
        let fromEnvironment = try ConnectionSettings(url: "postgres://auditor@localhost/app", environment: ["PGPASSWORD": "from-env"])
        #expect(fromEnvironment.password == "from-env")
        #expect(fromEnvironment.passwordSource == "PGPASSWORD")

        let tree = try TemporaryTree(["pgpass": "# host:port:db:user:password\nother:5432:app:auditor:wrong\n*:5432:app:auditor:from\\:file\n"])
        let file = tree.url.appendingPathComponent("pgpass").path
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let fromFile = try ConnectionSettings(url: "postgres://auditor@db.internal/app", environment: ["PGPASSFILE": file])
        #expect(fromFile.password == "from:file")
        // Like libpq, a password file that others can read is ignored.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(try ConnectionSettings(url: "postgres://auditor@db.internal/app", environment: ["PGPASSFILE": file]).password == nil)
    }

    @Test func otherURLsAreRefused() {
        #expect(throws: ConnectionSettings.Invalid.self) { try ConnectionSettings(url: "mysql://root@localhost/app", environment: [:]) }
        #expect(throws: ConnectionSettings.Invalid.self) { try ConnectionSettings(url: "postgres://x@localhost/app?sslmode=sometimes", environment: [:]) }
    }
}

/// A snapshot written out as SQL and replayed gives back the boundary it describes.
@Suite struct CatalogSchemaWriterTests {
    static let snapshot = CatalogSnapshot(
        serverVersion: "15", database: "app", roles: ["anon", "app_owner", "authenticated"],
        relations: [
            .init(schema: "public", name: "notes", kind: "r", rowLevelSecurity: true, forceRowLevelSecurity: false, owner: "app_owner", comment: nil, options: nil),
            .init(schema: "public", name: "note feed", kind: "v", rowLevelSecurity: false, forceRowLevelSecurity: false, owner: "app_owner", comment: nil, options: ["security_invoker=true"]),
        ],
        columns: [
            .init(schema: "public", table: "notes", name: "user_id", type: "uuid", comment: nil),
            .init(schema: "public", table: "notes", name: "body", type: "text", comment: "Therapy notes; it's private"),
        ],
        policies: [
            .init(schema: "public", table: "notes", name: "Owner \"reads\"", command: "r", permissive: true, roles: ["authenticated"], using: "(current_user = 'x'::name)", check: nil),
            .init(schema: "public", table: "notes", name: "Anyone writes", command: "a", permissive: true, roles: ["public"], using: nil, check: "true"),
        ],
        grants: [
            .init(schema: "public", table: "notes", grantee: "app_owner", privilege: "SELECT"),
            .init(schema: "public", table: "notes", grantee: "anon", privilege: "SELECT"),
            .init(schema: "public", table: "notes", grantee: "anon", privilege: "INSERT"),
        ],
        functions: [.init(schema: "public", name: "f", arguments: "a integer", securityDefiner: true, settings: ["search_path=public"], body: "select $skeptic$", executors: ["app_owner"])],
        viewSources: [.init(schema: "public", view: "note feed", sourceSchema: "public", sourceName: "notes")],
        defaultPrivileges: [])

    @Test func theReplayedModelMatchesTheSnapshot() throws {
        let sql = CatalogSchemaWriter.sql(for: Self.snapshot, source: "postgres://x@h:5432/app")
        let file = MigrationFile(path: "live", source: SourceText(sql))
        #expect(file.statements.allSatisfy { $0.parseTreeJSON != nil }, "\(sql)")
        let model = MigrationReplay.replay([file], supabaseConventions: false)
        let notes = try #require(model.tables[QualifiedName(schema: "public", name: "notes")])
        #expect(notes.rowLevelSecurity && !notes.forceRowLevelSecurity)
        #expect(notes.columns.map(\.name) == ["user_id", "body"])
        #expect(notes.columns.last?.comment == "Therapy notes; it's private")
        #expect(notes.grants["anon"] == [.select, .insert])
        #expect(notes.grants["app_owner"] == nil)  // the owner's own privileges are implicit
        #expect(notes.policies["Owner \"reads\""]?.using?.binding == .requestingUser)
        #expect(notes.policies["Anyone writes"]?.withCheck?.binding == .constantTrue)
        #expect(notes.policies["Anyone writes"]?.roles == ["public"])
        let function = try #require(model.functions[QualifiedName(schema: "public", name: "f")])
        #expect(function.securityDefiner && function.fixedSearchPath && function.executors.isEmpty == false && !function.executors.contains("public"))
        #expect(function.body == "select $skeptic$")
        #expect(model.views[QualifiedName(schema: "public", name: "note feed")]?.securityInvoker == true)
    }

    @Test func loginRolesThatOwnTablesAreKeptButSupabasesOwnRolesAreNot() throws {
        let notes = QualifiedName(schema: "public", name: "notes")
        func replayed(_ snapshot: CatalogSnapshot) -> DatabaseModel {
            let sql = CatalogSchemaWriter.sql(for: snapshot, source: "postgres://x@h:5432/app")
            return MigrationReplay.replay([MigrationFile(path: "live", source: SourceText(sql))], supabaseConventions: snapshot.followsSupabaseConventions)
        }
        var plain = Self.snapshot
        plain.loginRoles = ["app_owner", "skeptic_auditor"]
        let model = replayed(plain)
        #expect(model.tables[notes]?.owner == "app_owner")
        #expect(Array(model.loginRoles.keys) == ["app_owner"])  // the auditor owns nothing
        #expect(DatabaseAudit.issues(in: model, checks: [.rlsNotForced]).map(\.subject) == ["public.notes owner"])

        var supabase = Self.snapshot
        supabase.relations = supabase.relations.map { var relation = $0; relation.owner = "postgres"; return relation }
        supabase.relations.append(.init(schema: "auth", name: "users", kind: "r", rowLevelSecurity: false, forceRowLevelSecurity: false, owner: "supabase_auth_admin", comment: nil, options: nil))
        supabase.loginRoles = ["postgres", "supabase_auth_admin"]
        #expect(supabase.followsSupabaseConventions)
        let platform = replayed(supabase)
        #expect(platform.tables[notes]?.owner == "postgres")
        #expect(platform.loginRoles.isEmpty)
        #expect(DatabaseAudit.issues(in: platform, checks: [.rlsNotForced]).isEmpty)
    }
}
