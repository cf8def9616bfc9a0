import Foundation
import Testing
@testable import SkepticKit

/// Migration sets replayed in order through a whole scan, with the bundled database rules.
@Suite struct MigrationAnalysisTests {
    static func scan(_ files: [String: String], configuration: Configuration = Configuration()) throws -> ScanReport {
        let tree = try TemporaryTree(files)
        let request = ScanRequest(root: tree.url, configuration: configuration, ruleDirectories: [TestPaths.rules.appendingPathComponent("sql")], jobs: 2)
        return try Scan(request: request).perform()
    }

    static func found(_ report: ScanReport) -> [String] {
        report.activeFindings.map { "\($0.ruleID) \($0.path):\($0.range.start.line) \($0.severity.rawValue)" }
    }

    static let journalTable = """
        create table public.entries (
          id uuid primary key default gen_random_uuid(),
          user_id uuid not null references auth.users (id),
          mood smallint not null,
          body text not null
        );
        comment on column public.entries.body is 'Free-text journal entry: feelings, health, relationships.';
        alter table public.entries enable row level security;
        create policy "Users read their own entries" on public.entries for select using (auth.uid() = user_id);
        create policy "Users write their own entries" on public.entries for insert with check (auth.uid() = user_id);

        """

    @Test func theHomepagePolicyAddedLaterMakesTheJournalPublic() throws {
        let report = try Self.scan([
            "supabase/migrations/20240101000000_init.sql": Self.journalTable
                + "create policy \"Users update their own entries\" on public.entries for update using (auth.uid() = user_id);\n",
            "supabase/migrations/20240301000000_homepage.sql": "-- Homepage inspiration.\ncreate policy \"Public can view random entries\" on public.entries\n  for select using (true);\n",
        ])
        // The owner-only UPDATE policy without WITH CHECK reuses USING for the new row: not flagged.
        #expect(Self.found(report) == ["rls-public-read supabase/migrations/20240301000000_homepage.sql:2 critical"])
        let message = try #require(report.activeFindings.first?.message)
        #expect(message.contains("anon") && message.contains("mood") && message.contains("body"))
    }

    @Test func aTakeoverPolicyIsFlaggedAndAFixInALaterMigrationClearsIt() throws {
        let takeover = "create policy \"Users update entries\" on public.entries for update using (true) with check (auth.uid() = user_id);\n"
        let vulnerable = try Self.scan([
            "supabase/migrations/001_init.sql": Self.journalTable,
            "supabase/migrations/002_update.sql": takeover,
        ])
        #expect(Self.found(vulnerable) == ["rls-ownership-takeover supabase/migrations/002_update.sql:1 critical"])
        let fixed = try Self.scan([
            "supabase/migrations/001_init.sql": Self.journalTable,
            "supabase/migrations/002_update.sql": takeover,
            "supabase/migrations/010_fix.sql": "alter policy \"Users update entries\" on public.entries using (auth.uid() = user_id);\n",
        ])
        #expect(Self.found(fixed).isEmpty)
    }

    @Test func migrationsRunInTheirToolsOrder() {
        #expect(MigrationOrder.sorted([
            "db/seed.sql", "prisma/migrations/20240301_b/migration.sql", "prisma/migrations/20240101_a/migration.sql",
            "migrations/10_later.sql", "migrations/2_earlier.sql",
        ]) == [
            "migrations/2_earlier.sql", "migrations/10_later.sql",
            "prisma/migrations/20240101_a/migration.sql", "prisma/migrations/20240301_b/migration.sql", "db/seed.sql",
        ])
    }

    @Test func aStatementThatFailsToParseIsReportedAndTheRestAnalysed() throws {
        let report = try Self.scan([
            "supabase/migrations/001_init.sql": Self.journalTable + "create polcy \"typo\" on public.entries for select using (true);\n"
                + "create policy \"Public\" on public.entries for select using (true);\n",
        ])
        let record = try #require(report.files.first { $0.path == "supabase/migrations/001_init.sql" })
        #expect(record.status == .partiallyParsed)
        #expect(record.detail?.contains("line 11") == true)
        #expect(Self.found(report) == ["rls-public-read supabase/migrations/001_init.sql:12 critical"])
    }

    @Test func plainPostgresTablesNeedAGrantToBeExposed() throws {
        let report = try Self.scan([
            "db/migrations/001.sql": """
                create table accounts (id bigint primary key, email text);
                create table sessions (id bigint primary key, token text);
                grant select on sessions to public;

                """,
        ])
        // Without Supabase's platform grants, only the table granted to PUBLIC is reachable.
        #expect(Self.found(report) == ["rls-disabled db/migrations/001.sql:2 critical"])
    }

    @Test func testFoldersAreNotMigrations() throws {
        let report = try Self.scan([
            "supabase/migrations/001_init.sql": Self.journalTable,
            "supabase/tests/rls_test.sql": "create policy \"Public\" on public.entries for select using (true);\n",
        ])
        #expect(Self.found(report).isEmpty)
    }

    @Test func configurationNamesWhatNamesDoNotTellAndWhichSchemasAreServed() throws {
        let files = [
            "supabase/migrations/001.sql": """
                create table public.app_settings (key text primary key, value text);
                create table api.kv (k text primary key, v text);
                create table public.pages (id bigint primary key, slug text);
                alter table public.pages enable row level security;
                create policy "Pages are public" on public.pages for select using (true);

                """,
        ]
        #expect(Self.found(try Self.scan(files)) == [
            "rls-disabled supabase/migrations/001.sql:1 medium",
            "rls-public-read supabase/migrations/001.sql:5 medium",
        ])
        let configuration = try Configuration.parse("""
            database:
              exposed-schemas: [public, api]
              sensitivity:
                app_settings: credentials
                public.pages.slug: personal
            """, path: ".skeptic.yml")
        #expect(Self.found(try Self.scan(files, configuration: configuration)) == [
            "rls-disabled supabase/migrations/001.sql:1 critical",
            "rls-disabled supabase/migrations/001.sql:2 medium",
            "rls-public-read supabase/migrations/001.sql:5 high",
        ])
        #expect(throws: ConfigurationError.self) { try Configuration.parse("database:\n  sensitivity:\n    public.x: secret-ish\n", path: ".skeptic.yml") }
        #expect(throws: ConfigurationError.self) { try Configuration.parse("database:\n  schemas: [public]\n", path: ".skeptic.yml") }
    }

    @Test func tablesOwnedByTheAppRoleAreFlaggedUnlessRLSIsForced() throws {
        // The migrations run as the app's role (created elsewhere): only configuration can say so.
        let files = [
            "db/migrations/001_entries.sql": """
                create table public.entries (id bigint primary key, user_id bigint not null, body text);
                alter table public.entries owner to journal_app;
                alter table public.entries enable row level security;
                create policy own on public.entries using (user_id = current_setting('app.user_id')::bigint);

                """,
            "db/migrations/002_force.sql": """
                create table public.moods (id bigint primary key, user_id bigint not null, feeling text);
                alter table public.moods owner to journal_app;
                alter table public.moods enable row level security;
                alter table public.moods force row level security;
                create policy own on public.moods using (user_id = current_setting('app.user_id')::bigint);

                """,
        ]
        #expect(Self.found(try Self.scan(files)) == [])
        let configuration = try Configuration.parse("database:\n  app-roles: [Journal_App]\n", path: ".skeptic.yml")
        let report = try Self.scan(files, configuration: configuration)
        #expect(Self.found(report) == ["rls-not-forced db/migrations/001_entries.sql:2 medium"])
        #expect(report.activeFindings.first?.message.contains("database.app-roles") == true)
    }

    @Test func supabaseStoragePoliciesAreChecked() throws {
        let report = try Self.scan([
            "supabase/migrations/001.sql": """
                create policy "Anyone can read journal photos" on storage.objects for select using (true);
                create policy "Own folder" on storage.objects for select to authenticated
                  using (bucket_id = 'journal-photos' and auth.uid()::text = (storage.foldername(name))[1]);

                """,
        ])
        #expect(Self.found(report) == ["rls-public-read supabase/migrations/001.sql:1 high"])
    }
}
