import Foundation

/// Recognises credentials inside string values: known provider formats, and random-looking
/// strings that are not placeholders. Works on string contents, never on raw source.
public enum SecretDetector {
    public struct KnownFormat: Sendable {
        public var provider: String
        public var pattern: RegexPattern
        /// Every match contains one of these: checked first (bytes), so most strings never reach the regex.
        public var markers: [[UInt8]]
    }

    public static let knownFormats: [KnownFormat] = [
        ("AWS access key ID", #"\b(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b"#, ["AKIA", "ASIA", "ABIA", "ACCA"]),
        ("GitHub token", #"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b"#, ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]),
        ("GitHub fine-grained token", #"\bgithub_pat_[A-Za-z0-9_]{60,255}\b"#, ["github_pat_"]),
        ("Stripe secret key", #"\b(sk|rk)_live_[A-Za-z0-9]{20,255}\b"#, ["k_live_"]),
        ("Slack token", #"\bxox[abposr]-[A-Za-z0-9-]{10,255}\b"#, ["xox"]),
        ("Slack webhook", #"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+"#, ["hooks.slack.com"]),
        ("Anthropic API key", #"\bsk-ant-(api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,120}\b"#, ["sk-ant-"]),
        ("OpenAI API key", #"\bsk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\b"#, ["T3BlbkFJ"]),
        ("OpenAI API key", #"\bsk-proj-[A-Za-z0-9_-]{40,}\b"#, ["sk-proj-"]),
        ("Google API key", #"\bAIza[0-9A-Za-z_-]{35}\b"#, ["AIza"]),
        ("SendGrid API key", #"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b"#, ["SG."]),
        ("Twilio API key", #"\bSK[0-9a-fA-F]{32}\b"#, ["SK"]),
        ("npm token", #"\bnpm_[A-Za-z0-9]{36}\b"#, ["npm_"]),
        ("private key", #"-----BEGIN ((RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----"#, ["PRIVATE KEY"]),
        ("database URL with password", #"\b(postgres|postgresql|mysql|mariadb|mongodb(\+srv)?|redis|amqp)://[^:/\s@]+:[^@\s/]{3,}@[^\s]+"#, ["://"]),
        ("JSON Web Token", #"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}"#, ["eyJ"]),
    ].map { KnownFormat(provider: $0.0, pattern: try! RegexPattern($0.1), markers: $0.2.map { Array($0.utf8) }) }

    /// The shortest string any known format can match.
    static let shortestKnownFormat = 16

    /// The provider whose credential format `text` contains, if any; placeholders excluded.
    public static func knownFormat(in text: String) -> String? {
        guard text.utf8.count >= shortestKnownFormat else { return nil }
        // Markers first: nearly every string has none, and the placeholder test costs more.
        let bytes = Array(text.utf8)
        var placeholder: Bool?
        for format in knownFormats where format.markers.contains(where: { ByteSearch.contains(bytes, $0) }) {
            if placeholder == nil { placeholder = isPlaceholder(text) }
            if placeholder == true { return nil }
            guard format.pattern.matches(text) else { continue }
            if format.provider == "database URL with password", databaseURLHasPlaceholderPassword(text) { continue }
            if format.provider == "JSON Web Token", jwtRole(jwtWord(text)) == "service_role" { return "Supabase service-role key" }
            return format.provider
        }
        return nil
    }

    /// A string that looks like a real credential: long enough, varied enough, not prose or a placeholder.
    public static func isLikelySecret(_ text: String) -> Bool {
        if knownFormat(in: text) != nil { return true }
        guard text.count >= 8, text.count <= 512, !isPlaceholder(text) else { return false }
        // Prose, paths and URLs are not keys.
        if text.contains(" ") || text.hasPrefix("/") || text.hasPrefix("./") || text.hasPrefix("http") { return false }
        let classes = [
            text.contains(where: \.isLowercase), text.contains(where: \.isUppercase),
            text.contains(where: \.isNumber), text.contains(where: { !$0.isLetter && !$0.isNumber }),
        ].filter { $0 }.count
        let entropy = shannonEntropy(text)
        // Letters alone are usually words ("Password", "Bearer"): only long ones count.
        if text.allSatisfy(\.isLetter) { return text.count >= 12 && entropy >= 3.0 }
        // A human-chosen password ("supersecret123") is still a hard-coded secret: accept lower
        // entropy when the string mixes character classes or is long.
        return entropy >= 3.0 || (entropy >= 2.5 && (classes >= 2 || text.count >= 16))
    }

    static let placeholderWords = [
        "xxx", "your", "example", "placeholder", "changeme", "change-me", "change_me", "replace", "insert", "dummy",
        "todo", "<", "${", "{{", "redacted", "sample", "foobar", "lorem", "process.env", "env(", "***", "...",
    ]

    public static func isPlaceholder(_ text: String) -> Bool {
        let lower = text.lowercased()
        if placeholderWords.contains(where: { lower.contains($0) }) { return true }
        // One repeated character ("aaaaaaaa", "00000000").
        if Set(lower).count <= 2 { return true }
        // Values that say what they are: "unit-test-jwt-secret", "fake_api_key", "not-a-secret".
        guard ["test", "fake", "mock", "secret"].contains(where: lower.contains) else { return false }
        if lower.contains("not-a-secret") || lower.contains("not_a_secret") || lower.contains("notasecret") { return true }
        let words = lower.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0 == ":" })
        return words.count >= 2 && words.contains(where: { ["test", "testing", "unittest", "fake", "mock"].contains($0) })
    }

    private static func databaseURLHasPlaceholderPassword(_ text: String) -> Bool {
        guard let schemeEnd = text.range(of: "://"), let at = text[schemeEnd.upperBound...].firstIndex(of: "@"),
            let colon = text[schemeEnd.upperBound..<at].firstIndex(of: ":")
        else { return false }
        let password = text[text.index(after: colon)..<at].lowercased()
        return ["password", "pass", "postgres", "root", "secret", "user"].contains(password) || isPlaceholder(password)
    }

    /// The JWT-shaped run of characters in `text` (a key inside a longer string).
    static func jwtWord(_ text: String) -> String {
        guard let start = text.range(of: "eyJ") else { return text }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        return String(String.UnicodeScalarView(text[start.lowerBound...].unicodeScalars.prefix { allowed.contains($0) }))
    }

    /// The `role` claim of a JWT's payload (Supabase keys say `anon` or `service_role`), decoded
    /// locally; nil when `text` is not a JWT or has no role.
    public static func jwtRole(_ text: String) -> String? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].hasPrefix("eyJ") else { return nil }
        var payload = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        payload += String(repeating: "=", count: (4 - payload.count % 4) % 4)
        guard let data = Data(base64Encoded: payload),
            let claims = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return claims["role"] as? String
    }

    /// Bits per character.
    public static func shannonEntropy(_ text: String) -> Double {
        var counts: [Character: Int] = [:]
        for char in text { counts[char, default: 0] += 1 }
        let total = Double(text.count)
        return counts.values.reduce(0) { sum, count in
            let p = Double(count) / total
            return sum - p * log2(p)
        }
    }

    /// All but the first four characters replaced, so reports never carry a usable secret.
    public static func mask(_ text: String) -> String {
        let visible = min(4, max(0, text.count / 4))
        return String(text.prefix(visible)) + String(repeating: "*", count: min(max(text.count - visible, 4), 24))
    }
}

extension SecretDetector {
    /// Byte ranges in `range` of words (runs without white space or quotes) that hold a known
    /// credential format: whatever the syntax around them, a comment, a string or config text.
    public static func knownFormatWords(in source: SourceText, _ range: Range<Int>) -> [Range<Int>] {
        knownFormatMatches(in: source, range).map(\.word)
    }

    /// Known-format credentials in `range`: the word holding each (what masks hide) and the
    /// exact span of the key within it (`DATABASE_URL=postgres://...` reports the URL).
    public static func knownFormatMatches(in source: SourceText, _ range: Range<Int>) -> [(word: Range<Int>, key: Range<Int>, provider: String)] {
        var found: [(word: Range<Int>, key: Range<Int>, provider: String)] = []
        let bytes = source.bytes
        var index = range.lowerBound
        while index < range.upperBound {
            guard !isWordBreak(bytes[index]) else { index += 1; continue }
            let start = index
            while index < range.upperBound, !isWordBreak(bytes[index]) { index += 1 }
            guard index - start >= shortestKnownFormat else { continue }
            let word = source.text(start..<index)
            guard let provider = knownFormat(in: word) else { continue }
            var key = start..<index
            if let format = knownFormats.first(where: { $0.provider == provider || (provider == "Supabase service-role key" && $0.provider == "JSON Web Token") }),
                let match = format.pattern.expression.firstMatch(in: word, range: NSRange(word.startIndex..., in: word)),
                let matched = Range(match.range, in: word) {
                key = (start + word.utf8.distance(from: word.startIndex, to: matched.lowerBound))..<(start + word.utf8.distance(from: word.startIndex, to: matched.upperBound))
            }
            found.append((start..<index, key, provider))
        }
        return found
    }

    private static func isWordBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): return true
        default: return false
        }
    }

    /// Names that say a value is a credential: `secret`, `apiKey`, `DB_PASSWORD`, `authToken`.
    static let credentialName = try! RegexPattern(#"(?i)(secret|passw|pwd|token|api_?key|apikey|private_?key|credential|auth|signing_?key|access_?key)"#)

    /// Whether `name` (a variable, key or field name) says its value is a credential.
    public static func isCredentialName(_ name: String) -> Bool {
        credentialName.matches(name.replacingOccurrences(of: "-", with: "_"))
    }
}
