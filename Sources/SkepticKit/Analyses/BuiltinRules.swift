/// Checks that are part of Skeptic itself rather than a rule pack.
public enum BuiltinRules {
    public static let bareSuppressionID = "skeptic-suppression-without-reason"

    public static let bareSuppressionRule = Rule(
        id: bareSuppressionID,
        title: "Suppression without a rule or a reason",
        languages: Language.allCases.filter(\.usesTreeSitter),
        severity: .low,
        confidence: .high,
        likelihood: .medium,
        impact: .low,
        category: "process",
        cwe: ["CWE-1164: Irrelevant Code"],
        owasp: ["A04:2021 - Insecure Design"],
        message: "A `skeptic-ignore` comment must name the rule it silences and say why after ` -- `.",
        fix: "Write `skeptic-ignore: RULE-ID -- why this is safe here`.",
        references: ["https://github.com/securego/gosec#annotating-code"],
        docs: RuleDocs(
            what: "Flags `skeptic-ignore` comments that name no rule or give no reason.",
            why: "A silenced finding with no recorded reason cannot be reviewed: nobody can tell later whether it was judged safe or just made to go away.",
            example: "// skeptic-ignore: js-eval-non-literal\neval(code)",
            fix: "// skeptic-ignore: js-eval-non-literal -- code comes from our signed plugin bundle, verified above\neval(code)"),
        patterns: [],
        unlessFileHas: [],
        unlessProjectHas: [],
        maskCapture: nil,
        paths: PathFilter(),
        origin: SourceLocation(path: "<built-in>", line: 0))

    /// Languages whose files the built-in secret search covers: every text file, and parsed
    /// languages without a secrets rule pack of their own (JavaScript's pack has one).
    static let secretSearchLanguages: [Language] = [.python, .go, .swift, .sql, .text]

    public static let secretKnownFormatRule = Rule(
        id: "secret-known-format",
        title: "Provider credential in a file",
        languages: secretSearchLanguages,
        severity: .high,
        confidence: .high,
        likelihood: .high,
        impact: .high,
        category: "secrets",
        cwe: ["CWE-798: Use of Hard-coded Credentials", "CWE-312: Cleartext Storage of Sensitive Information"],
        owasp: ["A07:2021 - Identification and Authentication Failures", "A02:2021 - Cryptographic Failures"],
        message: "A value has the format of a provider credential.",
        fix: "Revoke and rotate the credential now, then load it from the environment or a secret manager; deleting it from the file does not remove it from git history.",
        references: [
            "https://cwe.mitre.org/data/definitions/798.html",
            "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
            "https://supabase.com/docs/guides/api/api-keys",
            "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser",
        ],
        docs: RuleDocs(
            what: "Flags values in any text file - `.env` files, YAML, JSON, TOML, INI, Dockerfiles, shell scripts, notebooks, documents, and string literals in Python, Go, Swift and SQL - that have the format of a provider credential: AWS access key IDs, GitHub and npm tokens, Stripe live secret keys, Slack tokens and webhooks, OpenAI, Anthropic, Google, SendGrid and Twilio keys, PEM private keys, database URLs with a password, signed JWTs and Supabase service-role keys. Supabase anon keys (public by design), placeholders, `.env.example`-style files and test folders are skipped. The finding is critical when the value ships to the browser (a `NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`, `EXPO_PUBLIC_` or similar variable, or a `public/` / `static/` folder) and high otherwise. Only a masked form of the value is ever printed, and nothing is sent anywhere to check it.",
            why: "A committed credential is shared with everyone who can read the repository, its forks and history, CI logs and container images; variables with a public prefix are inlined into the JavaScript every visitor downloads. Automated scanners harvest keys from public repositories within minutes. A Supabase service-role key bypasses every row-level-security policy; a database URL gives the whole database.",
            example: "# .env.local\nNEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIs...\nDATABASE_URL=postgres://app:<the real password>@db.internal:5432/app",
            fix: "# .env.local is not committed (.gitignore); the service-role key is server-only\nSUPABASE_SERVICE_ROLE_KEY=   # set in the host's secret store\nDATABASE_URL=               # set in the host's secret store"),
        patterns: [], unlessFileHas: [], unlessProjectHas: [], maskCapture: nil,
        paths: PathFilter(), origin: SourceLocation(path: "<built-in>", line: 0))

    public static let hardcodedCredentialRule = Rule(
        id: "secret-hardcoded-credential",
        title: "Random-looking value assigned to a credential name",
        languages: secretSearchLanguages,
        severity: .medium,
        confidence: .medium,
        likelihood: .medium,
        impact: .high,
        category: "secrets",
        cwe: ["CWE-798: Use of Hard-coded Credentials"],
        owasp: ["A07:2021 - Identification and Authentication Failures"],
        message: "A random-looking value is assigned to a credential name.",
        fix: "Move the value out of the repository (environment, secret manager) and rotate it if it was ever real.",
        references: [
            "https://cwe.mitre.org/data/definitions/798.html",
            "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
        ],
        docs: RuleDocs(
            what: "Flags values assigned to names that say they hold a credential (`secret`, `password`, `token`, `api_key`, `private_key`, `auth`, ...) when the value looks real: long and varied enough (entropy), not a placeholder (`changeme`, `your-key-here`, `xxx`), not a reference (`${VAR}`, `{{ secrets.X }}`, `$VAR`) and not a setting about credentials (`TOKEN_TTL`, `PASSWORD_MIN_LENGTH`, `AUTH_URL`). Covers configuration lines (`KEY=value`, `key: value`, `\"key\": \"value\"`, `key = \"value\"`, Dockerfile `ENV`) and string literals in Python, Go and Swift. Documents (Markdown, text) are searched for provider formats only. Severity is high when the value ships to the browser, medium otherwise.",
            why: "Hand-made secrets (session keys, database passwords, webhook signing secrets) have no recognisable format, so provider scanners miss them; committed, they are readable by everyone with the repository and stay in its history after removal.",
            example: "# config.yaml\ndatabase:\n  password: Vq7mR2x9Lp4tKw",
            fix: "# config.yaml\ndatabase:\n  password: ${DATABASE_PASSWORD}"),
        patterns: [], unlessFileHas: [], unlessProjectHas: [], maskCapture: nil,
        paths: PathFilter(), origin: SourceLocation(path: "<built-in>", line: 0))

    public static let secretRules: [Rule] = [secretKnownFormatRule, hardcodedCredentialRule]

    public static let all: [Rule] = [bareSuppressionRule] + secretRules
    /// Every built-in rule with a documentation page, including those only `db audit` runs.
    public static let documented: [Rule] = all + [databaseDriftRule]

    public static let databaseDriftRule = Rule(
        id: "db-drift",
        title: "Live database differs from its migrations",
        languages: [.sql],
        severity: .medium,
        confidence: .high,
        likelihood: .medium,
        impact: .high,
        category: "database",
        cwe: ["CWE-1188: Initialization of a Resource with an Insecure Default", "CWE-284: Improper Access Control"],
        owasp: ["A05:2021 - Security Misconfiguration", "A01:2021 - Broken Access Control"],
        message: "The live database's security boundary differs from what the migrations define.",
        fix: "Decide which side is right; write the change as a migration (or revert the live change) so code review sees every policy change.",
        references: [
            "https://supabase.com/docs/guides/deployment/database-migrations",
            "https://www.postgresql.org/docs/current/ddl-rowsecurity.html",
        ],
        docs: RuleDocs(
            what: "Reported by `skeptic db audit --url ... --migrations DIR`: a table, policy, grant, row-level-security setting or SECURITY DEFINER function whose live state differs from the state the migrations in DIR leave behind (present on one side only, or defined differently). Only schemas the migrations touch are compared, so platform schemas (Supabase's `auth`, `storage`) do not drown the report.",
            why: "A policy edited in a dashboard or by a hand-run statement goes live without any deploy or review, and the repository no longer tells the truth: audits of the migrations, code review and the next environment built from them all see a different database from the one serving users.",
            example: "-- migrations: CREATE POLICY \"own entries\" ON entries FOR SELECT USING (auth.uid() = user_id);\n-- live (changed in the dashboard): USING (true)",
            fix: "-- a new migration that states the intended policy, reviewed like code\nALTER POLICY \"own entries\" ON entries USING (auth.uid() = user_id);"),
        patterns: [], unlessFileHas: [], unlessProjectHas: [], maskCapture: nil,
        paths: PathFilter(), origin: SourceLocation(path: "<built-in>", line: 0))

    /// The finding for a suppression without rule or reason, and the text its fingerprint
    /// hashes. `secrets` gives the ranges to mask within the comment's line.
    static func bareSuppression(at comment: SuppressionComment, path: String, source: SourceText, secrets: (Range<Int>) -> [Range<Int>]) -> (Finding, String) {
        let rule = bareSuppressionRule
        let row = comment.row
        let lineRange = Excerpt.byteRange(of: source, rows: row...row)?.range ?? 0..<0
        let lineText = Excerpt.maskedText(source, lineRange, masking: secrets(lineRange))
        let position = SourcePosition(line: row + 1, column: 1)
        let finding = Finding(
            ruleID: rule.id, title: rule.title, severity: rule.severity, confidence: rule.confidence, category: rule.category,
            cwe: rule.cweIDs, owasp: rule.owasp,
            message: comment.ruleIDs.isEmpty ? "This `skeptic-ignore` names no rule; it silences nothing and must name one." : "This `skeptic-ignore` gives no reason after ` -- `; it silences nothing until it does.",
            fix: rule.fix, path: path,
            range: SourceRange(start: position, end: SourcePosition(line: row + 1, column: source.line(row).unicodeScalars.count + 1)),
            snippet: lineText,
            fingerprint: "",
            suppression: nil)
        return (finding, lineText)
    }
}
