import Testing
@testable import SkepticKit

@Suite struct FileGateTests {
    /// The gates of the first main pattern of a one-rule set, as readable strings.
    private func gates(_ match: String) throws -> [String] {
        let rules = try RuleLoader.load(yaml: ruleYAML(match: match), path: "test.yaml")
        let (ruleSet, errors) = CompiledRuleSet.compile(rules, languages: [.javascript])
        guard errors.isEmpty else { throw errors[0] }
        return ruleSet.plan(for: .javascript)!.mainGates[0][0].map { gate in
            gate.alternatives.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "|") + (gate.caseInsensitive ? "/i" : "")
        }
    }

    @Test func predicatesOnMandatoryCapturesAreGates() throws {
        #expect(try gates("""
              - query: |
                  (call_expression function: (member_expression object: (identifier) @lib property: (property_identifier) @fn)) @match
                  (#eq? @lib "vm")
                  (#any-of? @fn "runInNewContext" "runInThisContext")
                  (#match? @fn "(?i)^run")
            """) == ["vm", "runInNewContext|runInThisContext", "run/i"])
    }

    @Test func optionalCapturesNegationsAndAlternationsAreNotGates() throws {
        #expect(try gates("""
              - query: |
                  (call_expression
                    function: [(identifier) @plain (member_expression property: (property_identifier) @member)]
                    arguments: (arguments (string)? @text)) @match
                  (#eq? @plain "exec")
                  (#eq? @member "exec")
                  (#eq? @text "'x'")
            """).isEmpty)
        #expect(try gates("""
              - query: |
                  (call_expression function: (identifier) @fn) @match
                  (#not-eq? @fn "require")
                  (#not-match? @fn "^log")
                  (#match? @fn "^(a|bc)")
            """) == ["a|bc"])
    }

    @Test func conditionsAreGates() throws {
        #expect(try gates("""
              - query: |
                  (call_expression function: (identifier) @fn arguments: (arguments (_) @arg)) @match
                where:
                  - capture: fn
                    imported-from: [jsonwebtoken, jose]
                  - capture: arg
                    regex: 'secret_\\w+'
                  - capture: arg
                    not-regex: 'public'
            """) == ["jsonwebtoken|jose", "secret_"])
    }

    @Test func gatesDropOnlyFilesThatCannotMatch() throws {
        let rule = ruleYAML(match: """
              - query: |
                  (call_expression function: (identifier) @fn) @match
                  (#match? @fn "(?i)^EVAL$")
            """)
        #expect(try findings(rulesYAML: rule, source: "eval(x)\n", language: .javascript).count == 1)
        #expect(try findings(rulesYAML: rule, source: "Eval(x)\n", language: .javascript).count == 1)
        #expect(try findings(rulesYAML: rule, source: "evaluate(x)\n", language: .javascript).isEmpty)
        // (?i) folds the Kelvin sign to k: a file with non-ASCII text is not ruled out by bytes.
        let kelvin = ruleYAML(match: """
              - query: |
                  (call_expression function: (identifier) @fn) @match
                  (#match? @fn "(?i)^kill$")
            """)
        #expect(try findings(rulesYAML: kelvin, source: "\u{212A}ill(x)\n", language: .javascript).count == 1)
    }

    @Test func byteSearch() {
        #expect(ByteSearch.contains(Array("hello world".utf8), Array("o w".utf8)))
        #expect(!ByteSearch.contains(Array("hello".utf8), Array("hello!".utf8)))
        #expect(!ByteSearch.contains([], Array("a".utf8)))
        #expect(ByteSearch.contains([], []))
    }
}
