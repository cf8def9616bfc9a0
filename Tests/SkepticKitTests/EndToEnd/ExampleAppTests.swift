import Foundation
import Testing
@testable import SkepticKit

/// Scans the bundled example app with the bundled rules, as `make scan` does, and asserts the
/// exact findings: each planted flaw is reported and none of the safe look-alikes is.
@Suite struct ExampleAppTests {
    static func scan(_ app: String) throws -> ScanReport {
        let request = ScanRequest(root: TestPaths.examples.appendingPathComponent(app), configuration: Configuration(),
                                  ruleDirectories: [TestPaths.rules], jobs: 2)
        return try Scan(request: request).perform()
    }

    @Test func moodlogFindingsAreExact() throws {
        let report = try Self.scan("moodlog")
        #expect(report.ruleErrors.isEmpty, "\(report.ruleErrors)")
        let found = report.activeFindings.map { "\($0.path):\($0.range.start.line) \($0.ruleID)" }
        #expect(found == [
            "server/auth.ts:4 js-hardcoded-credential",            // process.env.JWT_SECRET || "moodlog-dev-secret"
            "server/auth.ts:7 js-jwt-hardcoded-secret",            // signs with that fallback
            "server/auth.ts:7 js-jwt-long-expiry",                 // expiresIn: "90d"
            "server/auth.ts:14 js-jwt-hardcoded-secret",           // verifies with it
            "server/db.ts:11 js-sql-prisma-unsafe-raw",            // template-built SQL to $queryRawUnsafe
            "server/index.ts:7 js-express-no-helmet",              // no helmet, no CSP anywhere
            "server/index.ts:10 js-cors-credentials-any-origin",   // origin "*" with credentials
            "server/index.ts:18 js-error-details-to-client",       // err.message
            "server/index.ts:18 js-error-details-to-client",       // err.stack
            "server/passwords.ts:6 js-weak-password-hash",         // md5(password)
            "server/routes/entries.ts:33 js-eval-non-literal",     // eval of request data
            "server/routes/entries.ts:37 js-error-details-to-client",
            // The homepage migration's USING (true) SELECT policy on the journal table.
            "supabase/migrations/20240301000000_homepage.sql:2 rls-public-read",
            "web/src/EntryView.tsx:9 js-react-dangerously-set-inner-html",
            "web/src/notify.ts:4 js-dom-html-sink",
        ])
        // Safe look-alikes beside them: the tagged-template $queryRaw, the parameterised
        // $queryRawUnsafe, md5 of an e-mail for an avatar, bcrypt cost 12, the DOMPurify-wrapped
        // and the constant dangerouslySetInnerHTML, textContent, and the generic 500 response.
        let lines = Set(found)
        for safe in ["server/db.ts:6", "server/db.ts:15", "server/passwords.ts:14", "server/passwords.ts:10",
                     "web/src/EntryView.tsx:15", "web/src/EntryView.tsx:19", "web/src/notify.ts:9", "server/routes/entries.ts:23"] {
            #expect(!lines.contains { $0.hasPrefix(safe + " ") }, "\(safe) is a safe look-alike")
        }
    }

    @Test func moodlogCoverageIsReported() throws {
        let report = try Self.scan("moodlog")
        let coverage = report.coverage
        #expect(coverage.filesAnalysed == ["typescript": 7, "tsx": 1, "sql": 2, "text": 4])
        #expect(coverage.pathsSkipped == [:])
        #expect(coverage.notChecked.contains { $0.contains("4 other text file(s)") })
        #expect(!coverage.notChecked.contains { $0.contains("no rules yet") })
        #expect(!coverage.isIncomplete)
    }

    @Test func secretsNeverAppearInReports() throws {
        let report = try Self.scan("moodlog")
        for format in ReportFormat.allCases {
            let text = format.reporter(options: ReporterOptions()).render(report)
            #expect(!text.contains("moodlog-dev-secret"), "\(format.rawValue) report prints the secret")
        }
    }
}
