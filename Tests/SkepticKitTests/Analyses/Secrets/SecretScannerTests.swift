import Foundation
import Testing
@testable import SkepticKit

/// The built-in secret search over every text file, through a whole scan.
@Suite struct SecretScannerTests {
    static let stripe = "sk_live_" + "51HxQwErTyUiOpAsDfGhJkLzXcVbNm1234"
    static let session = "k8Jd93hfPq2LmZx7Rt4Wv1Ys6Bn0Ce5G"
    static let password = "Zt5nW8qRx2Lp9s"
    static let github = "ghp_" + "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"
    /// A Supabase-style JWT whose payload says `"role":"service_role"`, and one that says `anon`.
    static func jwt(role: String) -> String {
        func encode(_ text: String) -> String {
            Data(text.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        }
        return encode(#"{"alg":"HS256","typ":"JWT"}"#) + "." + encode(#"{"iss":"supabase","ref":"abcdefghijklmnop","role":"\#(role)","iat":1700000000,"exp":2000000000}"#) + ".Qm9ndXNTaWduYXR1cmVGb3JUZXN0aW5nMTIz"
    }

    static let files: [String: String] = [
        ".env": """
            # local settings
            DATABASE_URL=postgres://app:\(password)@db.internal:5432/app
            NEXT_PUBLIC_STRIPE_KEY=\(stripe)
            SESSION_SECRET="\(session)"
            TOKEN_TTL=3600
            API_KEY=${API_KEY}
            PASSWORD=changeme
            SUPABASE_SERVICE_ROLE_KEY=\(jwt(role: "service_role"))
            NEXT_PUBLIC_SUPABASE_ANON_KEY=\(jwt(role: "anon"))
            """,
        ".env.example": "SESSION_SECRET=\(session)\n",
        "tests/fixture.env": "SESSION_SECRET=\(session)\n",
        "config.yaml": "database:\n  host: db.internal\n  password: \(password)\n  password_min_length: 12\ngithub:\n  token: \(github)\n",
        "Dockerfile": "FROM python:3.12\nENV SECRET_KEY \(session)\n",
        "README.md": "Set `password: \(password)` in your config. AWS docs use AKIAIOSFODNN7EXAMPLE.\n",
        "notebook.ipynb": """
            {
             "cells": [
              {
               "cell_type": "code",
               "source": [
                "openai_api_key = \\"\(session)\\"\\n",
                "client = OpenAI(api_key=openai_api_key)"
               ]
              }
             ]
            }
            """,
        "deploy.sh": "# skeptic-ignore: secret-hardcoded-credential -- rotated staging value, kept for the demo\nexport DB_PASSWORD=\(password)\n",
        "public/config.txt": "key=\(stripe)\n",
        "app.py": "import os\nSECRET = \"\(session)\"\nTIMEOUT = \"\(session)\"\n",
        // An environment lookup's fallback is named by the variable; values that say they are
        // for tests are not secrets.
        "settings.py": """
            import os
            MAILGUN_API_KEY = os.environ.get("MAILGUN_API_KEY", "\(session)")
            TIMEOUT = os.getenv("TIMEOUT", "\(session)")
            JWT_SECRET = "unit-test-jwt-secret"
            """,
        "main.go": "package main\nvar cfg = Config{Password: \"\(password)Q\"}\n",
        // A struct tag names a field's encoding, never its value.
        "model.go": "package main\ntype Login struct {\n\tPassword string `json:\"password\" db:\"password_hash\"`\n\tAPIKey string `json:\"api_key,omitempty\"`\n}\n",
        "logo.png": "binary\n",
    ]

    static func scan(_ configuration: Configuration = Configuration()) throws -> ScanReport {
        let tree = try TemporaryTree(files)
        let request = ScanRequest(root: tree.url, configuration: configuration, ruleDirectories: [], jobs: 2)
        return try Scan(request: request).perform()
    }

    @Test func findsSecretsInEveryKindOfTextFile() throws {
        let report = try Self.scan()
        let found = report.activeFindings.map { "\($0.ruleID) \($0.path):\($0.range.start.line) \($0.severity.rawValue)" }
        #expect(found == [
            "secret-known-format .env:2 high",
            "secret-known-format .env:3 critical",
            "secret-hardcoded-credential .env:4 medium",
            "secret-known-format .env:8 high",
            "secret-hardcoded-credential Dockerfile:2 medium",
            "secret-hardcoded-credential app.py:2 medium",
            "secret-hardcoded-credential config.yaml:3 medium",
            "secret-known-format config.yaml:6 high",
            "secret-hardcoded-credential main.go:2 medium",
            "secret-hardcoded-credential notebook.ipynb:6 medium",
            "secret-known-format public/config.txt:1 critical",
            "secret-hardcoded-credential settings.py:2 medium",
        ])
        #expect(report.activeFindings.first { $0.path == ".env" && $0.range.start.line == 8 }?.message.contains("Supabase service-role key") == true)
        #expect(report.suppressedFindings.map { "\($0.path):\($0.range.start.line)" } == ["deploy.sh:2"])
        let status = Dictionary(uniqueKeysWithValues: report.files.map { ($0.path, $0.status) })
        #expect(status["logo.png"] == .unsupported)
        #expect(status["README.md"] == .analysed)
    }

    @Test func reportsNeverCarryTheSecrets() throws {
        let report = try Self.scan()
        for format in ReportFormat.allCases {
            let rendered = format.reporter(options: ReporterOptions()).render(report)
            for secret in [Self.stripe, Self.session, Self.password, Self.github, Self.jwt(role: "service_role")] {
                #expect(!rendered.contains(secret), "\(format.rawValue) report shows a secret")
            }
        }
    }

    @Test func disabledSecretRulesDoNotRun() throws {
        var configuration = Configuration()
        configuration.disabledRules = ["secret-hardcoded-credential", "secret-known-format"]
        #expect(try Self.scan(configuration).activeFindings.isEmpty)
    }

    @Test(arguments: [
        ("NAME=value", "NAME", "value"),
        ("export DB_PASSWORD='p4ss w'", "DB_PASSWORD", "p4ss w"),
        ("  \"apiKey\": \"abc123\",", "apiKey", "abc123"),
        ("secret = \"abc\"  # comment", "secret", "abc"),
        ("ENV TOKEN abc123", "TOKEN", "abc123"),
        ("- PASSWORD=abc", "PASSWORD", "abc"),
        ("password: abc # why", "password", "abc"),
    ])
    func configLinesAreRead(line: String, name: String, value: String) throws {
        let source = SourceText(line)
        let assignment = try #require(ConfigLine.assignment(source, 0..<source.bytes.count))
        #expect(assignment.name == name)
        #expect(source.text(assignment.value) == value)
    }
}
