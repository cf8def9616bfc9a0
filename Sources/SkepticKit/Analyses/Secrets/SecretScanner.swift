import Foundation

/// Secrets in every file: provider key formats anywhere, and random-looking values assigned to
/// credential names in configuration (`.env`, YAML, JSON, TOML, INI, Dockerfiles, shell scripts,
/// notebooks) and in string literals of languages without a secrets rule pack of their own.
/// Nothing found is ever sent anywhere to check it; reports show only a masked form.
enum SecretScanner {
    /// One credential found: where its value lies, and what says it is one.
    struct Hit {
        var value: Range<Int>
        /// The provider whose key format the value has; nil for a name-and-entropy match.
        var provider: String?
        /// The name the value is assigned to, when there is one (`STRIPE_SECRET_KEY`).
        var name: String?
    }

    // MARK: Text files

    /// Hits in a file read as text. Documents are searched for provider formats only.
    static func scanText(_ source: SourceText, path: String) -> [Hit] {
        var hits: [Hit] = []
        let assignments = !TextFiles.isDocument(path)
        for row in 0..<source.lineStarts.count {
            let start = source.lineStarts[row]
            var end = row + 1 < source.lineStarts.count ? source.lineStarts[row + 1] : source.bytes.count
            while end > start, source.bytes[end - 1] == 0x0A || source.bytes[end - 1] == 0x0D { end -= 1 }
            guard end > start else { continue }
            let known = SecretDetector.knownFormatMatches(in: source, start..<end)
            let name = assignments || !known.isEmpty ? ConfigLine.assignment(source, start..<end) : nil
            for match in known where !isPublicByDesign(source.text(match.key), provider: match.provider) {
                hits.append(Hit(value: match.key, provider: match.provider, name: name?.name))
            }
            guard assignments, known.isEmpty, let assignment = name, SecretDetector.isCredentialName(assignment.name),
                !ConfigLine.isReference(source.text(assignment.value)), !ConfigLine.isNonSecretName(assignment.name),
                !ConfigLine.isIdentifier(source.text(assignment.value)), SecretDetector.isLikelySecret(source.text(assignment.value))
            else { continue }
            hits.append(Hit(value: assignment.value, provider: nil, name: assignment.name))
        }
        return hits
    }

    /// Keys that are public by design: a Supabase or other JWT whose role is `anon`.
    static func isPublicByDesign(_ text: String, provider: String) -> Bool {
        provider == "JSON Web Token" && SecretDetector.jwtRole(SecretDetector.jwtWord(text)) == "anon"
    }

    // MARK: String literals

    /// Hits in the string literals of a parsed file: the ranges `FileFacts` already masks.
    static func scanLiterals(_ facts: FileFacts) -> [Hit] {
        facts.secretLiteralRanges.compactMap { range in
            let source = facts.tree.source
            let name = facts.tree.root.descendant(forByteRange: range).flatMap(FileFacts.credentialName(of:))
            // A known key inside a longer string (`"DATABASE_URL=postgres://..."`) is reported as itself.
            if let match = SecretDetector.knownFormatMatches(in: source, range).first {
                if isPublicByDesign(source.text(match.key), provider: match.provider) { return nil }
                return Hit(value: match.key, provider: match.provider, name: name)
            }
            if SecretDetector.knownFormat(in: source.text(range)) != nil { return nil }  // only public-by-design keys
            if let name, ConfigLine.isNonSecretName(name) { return nil }
            return Hit(value: range, provider: nil, name: name)
        }
    }

    // MARK: Findings

    /// Where a secret would be readable by anyone with a browser: variables that bundlers inline
    /// into client code, and folders served as static files.
    static func shipsToBrowser(path: String, name: String?) -> Bool {
        if let name {
            let upper = name.uppercased()
            if ["NEXT_PUBLIC_", "VITE_", "REACT_APP_", "EXPO_PUBLIC_", "NUXT_PUBLIC_", "GATSBY_", "PUBLIC_", "VUE_APP_"]
                .contains(where: upper.hasPrefix) { return true }
        }
        let folders = path.split(separator: "/").dropLast().map { $0.lowercased() }
        return folders.contains { ["public", "static", "assets", "www", "wwwroot", "htdocs"].contains($0) }
    }

    static func findings(_ hits: [Hit], source: SourceText, path: String, suppressions: [SuppressionComment], enabled: Set<String>) -> [Finding] {
        var findings: [Finding] = []
        var occurrences: [String: Int] = [:]
        // Masks cover each hit and every other known key in the file (one a rule skipped as
        // public by design may still share a line with a hit).
        let masked = hits.map(\.value) + SecretDetector.knownFormatMatches(in: source, 0..<source.bytes.count).map(\.key)
        for hit in hits {
            let rule = hit.provider == nil ? BuiltinRules.hardcodedCredentialRule : BuiltinRules.secretKnownFormatRule
            guard enabled.contains(rule.id) else { continue }
            let browser = shipsToBrowser(path: path, name: hit.name)
            let severity: Severity = hit.provider == nil ? (browser ? .high : .medium) : (browser ? .critical : .high)
            let secret = SecretDetector.mask(source.text(hit.value))
            let what = hit.provider.map { "matches the \($0) format" } ?? "looks like a real credential (random, not a placeholder)"
            let whereText = hit.name.map { " assigned to `\($0)`" } ?? ""
            let exposure = browser
                ? " It sits where it ships to the browser (a public variable prefix or a static folder): every visitor can read it."
                : ""
            let start = source.position(ofByte: hit.value.lowerBound)
            let row = start.line - 1
            let lineRange = Excerpt.byteRange(of: source, rows: row...row)?.range ?? hit.value
            let snippet = Excerpt.maskedText(source, lineRange, masking: masked)
            // The fingerprint hashes the name and the masked value, never the secret itself.
            let key = rule.id + "\u{0}" + (hit.name ?? "") + secret
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            findings.append(Finding(
                ruleID: rule.id, title: rule.title, severity: severity, confidence: rule.confidence, category: rule.category,
                cwe: rule.cweIDs, owasp: rule.owasp,
                message: "This value\(whereText) \(what): \(secret). Anyone with the repository or its history can use it.\(exposure)",
                fix: rule.fix, path: path,
                range: SourceRange(start: start, end: source.position(ofByte: hit.value.upperBound)),
                snippet: snippet,
                fingerprint: Fingerprint.make(ruleID: rule.id, path: path, matchedText: (hit.name ?? "") + secret, occurrence: occurrence),
                suppression: suppressions.first { $0.reason != nil && $0.covers(ruleID: rule.id, row: row) }
                    .map { Suppression(justification: $0.reason ?? "", line: $0.row + 1) }))
        }
        return findings
    }
}

/// Reads `NAME=value`, `export NAME="value"`, `name: value`, `"name": "value"`, `name = "value"`
/// and Dockerfile `ENV NAME value` lines. Configuration formats have no parse tree here; this
/// reads one line at a time, as the formats' own tokenisers do for a single key and value.
enum ConfigLine {
    struct Assignment {
        var name: String
        var value: Range<Int>
    }

    static func assignment(_ source: SourceText, _ line: Range<Int>) -> Assignment? {
        let bytes = source.bytes
        var index = line.lowerBound
        func skipSpaces() { while index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
        skipSpaces()
        // List items and prefixes: `- KEY=value`, `export KEY=value`, `ENV KEY value`, `set KEY=value`.
        if index < line.upperBound, bytes[index] == UInt8(ascii: "-") { index += 1; skipSpaces() }
        var dockerStyle = false
        for prefix in ["export ", "ENV ", "ARG ", "set ", "setx ", "declare "] where source.text(index..<min(index + prefix.utf8.count, line.upperBound)) == prefix {
            index += prefix.utf8.count
            dockerStyle = prefix == "ENV "
            skipSpaces()
            break
        }
        // The name, possibly quoted (JSON) or escaped-quoted (a notebook's JSON-in-JSON).
        while index < line.upperBound, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: "\\") { index += 1 }
        let nameStart = index
        while index < line.upperBound, isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        let name = source.text(nameStart..<index)
        while index < line.upperBound, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: "\\") { index += 1 }
        skipSpaces()
        guard index < line.upperBound else { return nil }
        let separator = bytes[index]
        if separator == UInt8(ascii: "=") || separator == UInt8(ascii: ":") {
            index += 1
            if index < line.upperBound, bytes[index] == UInt8(ascii: "=") { index += 1 }  // `:=`, `==` are code, but harmless here
        } else if !dockerStyle {
            return nil
        }
        skipSpaces()
        guard let value = valueRange(bytes, index..<line.upperBound) else { return nil }
        return Assignment(name: name, value: value)
    }

    /// The value after the separator: quoted, or bare up to a comment, comma or end of line.
    private static func valueRange(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        guard start < range.upperBound else { return nil }
        if bytes[start] == UInt8(ascii: "\\"), start + 1 < range.upperBound { start += 1 }
        let quote = bytes[start]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") || quote == UInt8(ascii: "`") {
            let inner = start + 1
            var end = inner
            while end < range.upperBound, bytes[end] != quote { end += 1 }
            if end > inner, bytes[end - 1] == UInt8(ascii: "\\") { end -= 1 }  // `\"` closing an escaped quote
            return end > inner ? inner..<end : nil
        }
        var end = start
        while end < range.upperBound {
            let byte = bytes[end]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "}") { break }
            if byte == UInt8(ascii: "#"), end > start, bytes[end - 1] == 0x20 { break }
            if byte == 0x20 || byte == 0x09 { break }
            end += 1
        }
        return end > start ? start..<end : nil
    }

    /// A value that names where the secret comes from rather than being it: `${VAR}`, `$VAR`,
    /// `{{ secrets.X }}`, `%(x)s`, `!Ref`, `env:`, a file path.
    static func isReference(_ value: String) -> Bool {
        let first = value.first
        return first == "$" || first == "%" || first == "!" || first == "<" || first == "@" || first == "/" || first == "~"
            || value.contains("{{") || value.contains("${") || value.hasPrefix("env:") || value.hasPrefix("secret:")
            || value.hasPrefix("vault:") || value.hasPrefix("arn:") || value.hasPrefix("projects/")
    }

    /// Lowercase words joined by `-`, `_` or `.` (`hardcoded-secret`, `auth.jwt_provider`): in
    /// configuration these name things - rule ids, services, modes - rather than hide them.
    static func isIdentifier(_ value: String) -> Bool {
        let words = value.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." })
        return words.count >= 2 && words.allSatisfy { $0.count >= 2 && $0.allSatisfy { $0.isLowercase && $0.isASCII } }
    }

    /// Credential-sounding names whose values are not secret: switches, sizes, URLs, file
    /// locations, public keys and identifiers (`AUTH_ENABLED`, `TOKEN_TTL`, `PASSWORD_MIN_LENGTH`).
    static func isNonSecretName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["enabled", "enable", "disabled", "ttl", "expiry", "expires", "expiration", "timeout", "length", "url", "uri",
                "endpoint", "host", "port", "path", "file", "dir", "header", "type", "algorithm", "alg", "issuer", "audience",
                "public", "publishable", "client_id", "clientid", "_id", "username", "user", "name", "policy", "method",
                "mode", "provider", "version", "prefix", "field", "param", "format", "hint", "label", "placeholder", "regex"]
            .contains { lower.hasSuffix($0) } || lower.contains("public") || lower.contains("publishable")
    }
}
