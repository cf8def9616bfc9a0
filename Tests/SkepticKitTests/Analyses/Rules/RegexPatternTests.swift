import Foundation
import Testing
@testable import SkepticKit

/// The fast paths must agree with the regex engine on every input.
@Suite struct RegexPatternTests {
    static let patterns = [
        #"^["'`]?origin["'`]?$"#,
        #"(?i)^["'`]?(credentials|access-control-allow-credentials)["'`]?$"#,
        #"^(jwt|jsonwebtoken)$"#, #"(?i)decode"#, #"^(?i)none$"#, #"^use[A-Z]"#,
        #"\b(jwt|jose)\.verify(Async)?\s*\("#, #"(^|\.)exec\w*$"#, #"promisify$"#,
        #"(?i)(sql|stmt|^(q|query)$)"#, #"ab?c"#, #"a(bc)?de"#, #"x{0,2}yz"#, #"colou?r"#,
        #"^genSalt"#, #"(?is)\bselect\b.+\bfrom\b"#, #"foo|bar"#, #"\$queryRaw"#, #"sel(?i)ect"#, #"(?i:sel)ect"#, #"\p{Lu}\p{Ll}+ord"#,
        // Shapes where a byte comparison or a literal reading would go wrong.
        #"^jwt|sign$"#, #"(?i)^(kid|none)$"#, #"\x41BC"#, #"\u0041BC"#, #"(?x) a b c"#,
        #"[[a-z]&&[^q]]xy"#, #"(ab)\1cd"#, #"\Qa.b\E"#,
    ]
    static let texts = [
        "origin", "\"origin\"", "'origin'", "Origin", "originals", "credentials", "CREDENTIALS", "'Access-Control-Allow-Credentials'",
        "jwt", "jsonwebtoken", "jwt2", "decode", "jwtDecode", "NONE", "none", "useState", "user", "jwt.verify(", "jose.verifyAsync (",
        "child.execSync", "exec", "util.promisify", "sql", "querySql", "q", "query", "ac", "abc", "ade", "abcde", "yz", "xxyz",
        "color", "colour", "SELECT", "selECT", "SELect", "Word", "Password", "genSalt", "genSaltSync", "SELECT * FROM t", "select", "foo", "bar", "$queryRaw", "queryRaw", "",
        "jwtx", "xsign", "jwt\n", "none\n", "\u{212A}id", "ABC", "\u{0}x", "abc", "axy", "abab", "ababcd", "a.b", "aXb",
    ]

    @Test func fastPathsAgreeWithTheRegexEngine() throws {
        for pattern in Self.patterns {
            let regex = try RegexPattern(pattern)
            for text in Self.texts {
                #expect(regex.matches(text) == regex.fullMatch(text), "\(pattern) on '\(text)'")
            }
        }
    }

    @Test func requiredLiteralsAreFound() {
        #expect(RequiredLiterals(#"^["'`]?origin["'`]?$"#)?.factors == [[Array("origin".utf8)]])
        #expect(RequiredLiterals(#"(?i)x-(api|auth)-key"#)?.factors.count == 3)
        #expect(RequiredLiterals("foo|bar") == nil)
        #expect(RequiredLiterals("colou?r")?.factors == [[Array("colo".utf8)]])
    }
}

/// Every regular expression in the bundled rules, on every word and string of every fixture.
@Suite struct BundledRegexAgreementTests {
    @Test func fastPathsAgreeOnBundledRules() throws {
        var expressions = Set<String>()
        for rule in RuleLoader.load(directories: [TestPaths.rules]).rules {
            for pattern in rule.patterns {
                for condition in pattern.conditions {
                    if case .regex(let regex, _) = condition.test { expressions.insert(regex.source) }
                }
                for query in [pattern.query] + pattern.inside + pattern.notInside {
                    for predicate in (try? CompiledQuery(grammar: Grammar.for(.tsx)!, source: QueryNormaliser.groupPredicates(query.text)))?.predicates.flatMap({ $0 }) ?? []
                    where predicate.name.hasSuffix("match?") {
                        if case .string(let source)? = predicate.arguments.last { expressions.insert(source) }
                    }
                }
            }
        }
        var samples = Set<String>()
        let enumerator = FileManager.default.enumerator(atPath: TestPaths.rules.path)
        while let path = enumerator?.nextObject() as? String {
            guard let language = Language.detect(fileName: path), language != .sql,
                let text = try? String(contentsOf: TestPaths.rules.appendingPathComponent(path), encoding: .utf8) else { continue }
            let tree = try parse(text, as: language)
            tree.root.walk { node in
                if node.namedChildCount == 0 || node.kind.contains("string") || node.kind == "arguments" { samples.insert(node.text) }
                return true
            }
        }
        #expect(expressions.count > 20)
        for source in expressions {
            let regex = try RegexPattern(source)
            for text in samples where regex.matches(text) != regex.fullMatch(text) {
                Issue.record("fast path disagrees for \(source) on \(text)")
            }
        }
    }
}
