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
        // Safe look-alikes beside the flaws: the tagged-template $queryRaw, the parameterised
        // $queryRawUnsafe, md5 of an e-mail for an avatar, bcrypt cost 12, the DOMPurify-wrapped
        // and the constant dangerouslySetInnerHTML, textContent, and the generic 500 response.
        let found = try Self.findings(of: "moodlog", safeLookAlikes: [
            "server/db.ts:6", "server/db.ts:15", "server/passwords.ts:14", "server/passwords.ts:10",
            "web/src/EntryView.tsx:15", "web/src/EntryView.tsx:19", "web/src/notify.ts:9", "server/routes/entries.ts:23",
        ])
        #expect(found == [
            // process.env.JWT_SECRET || "moodlog-dev-secret", which signs and verifies tokens:
            // reported once, where it is written, as the JWT key it is.
            "server/auth.ts:4 js-jwt-hardcoded-secret",
            "server/auth.ts:7 js-jwt-long-expiry",                 // expiresIn: "90d"
            "server/db.ts:11 js-sql-prisma-unsafe-raw",            // template-built SQL to $queryRawUnsafe
            "server/index.ts:7 js-express-no-helmet",              // no helmet, no CSP anywhere
            "server/index.ts:10 js-cors-credentials-any-origin",   // origin "*" with credentials
            "server/index.ts:18 js-error-details-to-client",       // err.message
            "server/index.ts:18 js-error-details-to-client",       // err.stack
            "server/passwords.ts:6 js-weak-password-hash",         // md5(password)
            "server/routes/auth.ts:15 js-login-without-rate-limit", // password guessing at full speed
            "server/routes/entries.ts:33 js-eval-non-literal",     // eval of request data
            "server/routes/entries.ts:37 js-error-details-to-client",
            // The homepage migration's USING (true) SELECT policy on the journal table.
            "supabase/migrations/20240301000000_homepage.sql:2 rls-public-read",
            "web/src/EntryView.tsx:9 js-react-dangerously-set-inner-html",
            "web/src/notify.ts:4 js-dom-html-sink",
        ])
    }

    /// The found lines, and a check that none of the safe look-alike lines is among them.
    static func findings(of app: String, safeLookAlikes: [String]) throws -> [String] {
        let report = try scan(app)
        #expect(report.ruleErrors.isEmpty, "\(report.ruleErrors)")
        #expect(!report.coverage.isIncomplete)
        let found = report.activeFindings.map { "\($0.path):\($0.range.start.line) \($0.ruleID)" }
        for safe in safeLookAlikes {
            #expect(!found.contains { $0.hasPrefix(safe + " ") }, "\(safe) is a safe look-alike")
        }
        return found
    }

    @Test func gratitudePythonFindingsAreExact() throws {
        let found = try Self.findings(of: "gratitude-api-python", safeLookAlikes: [
            "gratitude/auth.py:36",     // jwt.encode with the key from configuration
            "gratitude/auth.py:46",     // jwt.decode with algorithms pinned
            "gratitude/auth.py:89",     // parameterised UPDATE
            "gratitude/entries.py:43",  // parameterised INSERT
            "gratitude/entries.py:92",  // json.loads, not pickle
            "gratitude/media.py:24",    // subprocess with an argument list, no shell
            "gratitude/media.py:62",    // send_from_directory confines the path
            "gratitude/sharing.py:28",  // secrets.token_urlsafe
        ])
        #expect(found == [
            "gratitude/__init__.py:20 py-cors-credentials-any-origin",
            "gratitude/admin.py:26 py-jwt-verification-disabled",
            "gratitude/admin.py:54 py-template-injection",
            "gratitude/admin.py:65 py-eval-non-literal",
            "gratitude/auth.py:25 py-weak-password-hash",
            "gratitude/auth.py:74 py-login-without-rate-limit",
            "gratitude/auth.py:87 py-insecure-random-token",
            "gratitude/config.py:8 py-hardcoded-secret-key",
            "gratitude/entries.py:51 py-error-details-to-client",
            "gratitude/entries.py:63 py-sql-built-string",
            "gratitude/entries.py:75 py-html-unescaped",
            "gratitude/entries.py:94 py-unsafe-deserialization",
            "gratitude/media.py:56 py-shell-command-non-literal",
            "gratitude/media.py:70 py-path-traversal",
            "gratitude/sharing.py:13 py-jwt-hardcoded-secret",     // the share-link key, used at 29 and 37
            "gratitude/sharing.py:29 py-jwt-encode-without-expiry",
            "gratitude/sharing.py:50 py-tls-verify-disabled",
            "gratitude/sharing.py:50 py-ssrf-request-url",         // any https URL the client names
            "run.py:6 py-debug-enabled",
        ])
    }

    @Test func habitGoFindingsAreExact() throws {
        let found = try Self.findings(of: "habit-service-go", safeLookAlikes: [
            "admin.go:23",     // QueryRowContext with a $1 placeholder
            "admin.go:60",     // exec.CommandContext with constant arguments, no shell
            "auth.go:26",      // a struct field tagged json:"password" is not a secret
            "auth.go:38",      // a JSON decoding error answered with 400
            "auth.go:75",      // parameterised SELECT
            "entries.go:52",   // query built from constant fragments, values bound
            "entries.go:123",  // parameterised DELETE
            "main.go:97",      // http.Server with every timeout set
        ])
        #expect(found == [
            "admin.go:14 go-text-template-for-html",
            "admin.go:47 go-shell-command-non-literal",
            "admin.go:86 go-text-template-for-html",
            "auth.go:20 go-jwt-hardcoded-secret",  // getEnv fallback key, used at 94, 102 and 108
            "auth.go:45 go-bcrypt-low-cost",
            "auth.go:56 go-error-details-to-client",
            "auth.go:98 go-jwt-without-expiry",
            "auth.go:107 go-jwt-unchecked-signing-method",
            "auth.go:154 go-insecure-random-token",
            "entries.go:63 go-error-details-to-client",
            "entries.go:78 go-sql-built-string",
            "main.go:26 secret-known-format",          // a live Stripe key in a constant
            "main.go:94 go-http-server-no-timeouts",
            "middleware.go:38 go-cors-credentials-any-origin",
            "pages.go:40 go-template-html-unescaped",
            "uploads.go:62 go-tls-insecure-skip-verify",
            "uploads.go:79 go-error-details-to-client",
        ])
    }

    @Test func journalSwiftFindingsAreExact() throws {
        let controllers = "Sources/App/Controllers/"
        let found = try Self.findings(of: "journal-vapor-swift", safeLookAlikes: [
            controllers + "AdminController.swift:62",    // Process with constant arguments
            controllers + "ImageController.swift:34",    // Process with an argument array, no shell
            controllers + "EntryController.swift:70",    // SQLKit raw with bound interpolations
            controllers + "EntryController.swift:87",
            controllers + "AuthController.swift:81",     // SHA256 of a refresh token, not a password
            "Sources/App/Migrations/CreateEntry.swift:45", // \(ident:)
            "Sources/App/Migrations/CreateEntry.swift:46", // \(unsafeRaw:) of a static schema name
            "Sources/App/Middleware/JSONErrorMiddleware.swift:16", // Abort reasons are written for clients
        ])
        #expect(found == [
            controllers + "AdminController.swift:32 swift-sql-built-string",
            controllers + "AdminController.swift:57 swift-shell-command-non-literal",
            controllers + "AuthController.swift:57 swift-weak-password-hash",
            controllers + "EntryController.swift:74 swift-sql-unsafe-raw",
            controllers + "EntryController.swift:84 swift-sql-unsafe-raw",
            "Sources/App/Middleware/JSONErrorMiddleware.swift:21 swift-error-details-to-client",
            "Sources/App/configure.swift:12 swift-tls-trust-all",
            "Sources/App/configure.swift:29 swift-jwt-hardcoded-secret",
            "Sources/App/configure.swift:39 swift-bcrypt-low-cost",
            "Sources/App/configure.swift:45 swift-cors-credentials-any-origin",
            "Sources/App/configure.swift:62 secret-hardcoded-credential",
        ])
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
        for (app, secret) in [("moodlog", "moodlog-dev-secret"), ("habit-service-go", "sk_live_51Nq8ZtKx3VbH7pQw2LmR9sYc")] {
            let report = try Self.scan(app)
            for format in ReportFormat.allCases {
                let text = format.reporter(options: ReporterOptions()).render(report)
                #expect(!text.contains(secret), "\(format.rawValue) report of \(app) prints the secret")
            }
        }
    }
}
