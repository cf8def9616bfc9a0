import Testing
@testable import SkepticKit

@Suite struct RuleEvaluatorTests {
    let evalRule = ruleYAML(id: "no-eval", match: """
          - query: |
              (call_expression function: (identifier) @fn arguments: (arguments . (_) @code)) @match
              (#eq? @fn "eval")
            where:
              - capture: code
                value: non-constant
        """)

    @Test func conditionsFilterMatches() throws {
        let found = try findings(rulesYAML: evalRule, source: "eval('1');\nfunction f(x) { eval(x); notEval(x); }\n", language: .javascript)
        #expect(found.map(\.range.start.line) == [2])
        #expect(found.first?.message == "found eval(x)")
    }

    @Test func repeatedQueriesAreCompiledOnceAndServeEveryRule() throws {
        let query = """
              - query: |
                  (call_expression function: (identifier) @fn arguments: (arguments . (_) @code)) @match
                  (#eq? @fn "run")
            """
        func listItem(_ rule: String) -> String {
            rule.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 ? "  - " + $0.element : "    " + $0.element }.joined(separator: "\n")
        }
        let inHandler = ruleYAML(id: "run-in-handler", match: query + "\n" + """
                inside: ["(function_declaration name: (identifier) @n (#eq? @n \\"handler\\")) @context"]
            """)
        let nonConstant = ruleYAML(id: "run-non-constant", match: query + "\n" + """
                where:
                  - capture: code
                    value: non-constant
            """)
        let yaml = "rules:\n" + listItem(inHandler) + "\n" + listItem(nonConstant) + "\n"
        let rules = try RuleLoader.load(yaml: yaml, path: "test.yaml")
        let (ruleSet, errors) = CompiledRuleSet.compile(rules, languages: [.javascript])
        #expect(errors.isEmpty)
        let plan = try #require(ruleSet.plan(for: .javascript))
        #expect(plan.main.query.patternCount == 1)
        #expect(plan.main.roles[0].count == 2)
        let source = "function handler() { run(1); }\nfunction other(x) { run(x); }\n"
        let found = try findings(rulesYAML: yaml, source: source, language: .javascript)
        #expect(found.map { "\($0.ruleID):\($0.range.start.line)" } == ["run-in-handler:1", "run-non-constant:2"])
    }

    @Test func insideAndNotInside() throws {
        let yaml = ruleYAML(match: """
              - query: |
                  (call_expression function: (identifier) @fn (#eq? @fn "run")) @match
                inside:
                  - |
                    (function_declaration name: (identifier) @n (#eq? @n "handler")) @context
                not-inside: ["(try_statement) @context"]
            """)
        let source = """
            function handler() { run(); try { run(); } catch (e) {} }
            function other() { run(); }
            """
        let found = try findings(rulesYAML: yaml, source: source, language: .javascript)
        #expect(found.map(\.range.start.column) == [22])
    }

    @Test func suppressionsNeedAReason() throws {
        let source = """
            function f(x) {
              // skeptic-ignore: no-eval -- x is a constant table index, checked above
              eval(x);
              eval(x); // skeptic-ignore: no-eval
            }
            """
        let found = try findings(rulesYAML: evalRule, source: source, language: .javascript)
        let evals = found.filter { $0.ruleID == "no-eval" }
        #expect(evals.count == 2)
        #expect(evals[0].suppression?.justification == "x is a constant table index, checked above")
        #expect(evals[1].suppression == nil)
        let bare = found.filter { $0.ruleID == BuiltinRules.bareSuppressionID }
        #expect(bare.map(\.range.start.line) == [4])
    }

    @Test func boundRegexFollowsTheBindingThatReachesTheUse() throws {
        let yaml = ruleYAML(match: """
              - query: |
                  (call_expression function: (identifier) @fn arguments: (arguments . (identifier) @arg)) @match
                where:
                  - capture: arg
                    bound-regex: '\\.message$'
            """)
        let source = """
            let m = "fixed";
            send(m);
            m = err.message;
            send(m);
            """
        let found = try findings(rulesYAML: yaml, source: source, language: .javascript)
        #expect(found.map(\.range.start.line) == [4])
    }

    @Test func aTrailingSuppressionCoversOnlyItsOwnLine() throws {
        let source = """
            function f(x) {
              eval(x); // skeptic-ignore: no-eval -- x is checked against the table above
              eval(x);
              /* skeptic-ignore: all -- generated dispatcher, inputs are constants */
              eval(x);
            }
            """
        let found = try findings(rulesYAML: evalRule, source: source, language: .javascript)
        #expect(found.map { "\($0.range.start.line) \($0.isSuppressed)" } == ["2 true", "3 false", "5 true"])
    }

    @Test func fingerprintsSurviveLineShiftsButNotOtherCode() throws {
        let before = try findings(rulesYAML: evalRule, source: "function f(x) { eval(x); }\n", language: .javascript)
        let shifted = try findings(rulesYAML: evalRule, source: "// header\n\n\nfunction f(x) {\n    eval( x );\n}\n", language: .javascript)
        let other = try findings(rulesYAML: evalRule, source: "function f(y) { eval(y); }\n", language: .javascript)
        #expect(before[0].fingerprint == shifted[0].fingerprint)
        #expect(before[0].fingerprint != other[0].fingerprint)
        let twice = try findings(rulesYAML: evalRule, source: "function f(x) { eval(x); eval(x); }\n", language: .javascript)
        #expect(Set(twice.map(\.fingerprint)).count == 2)
    }

    @Test func keysAndNumbersAndDurations() throws {
        let yaml = ruleYAML(match: """
              - query: |
                  (call_expression function: (identifier) @fn arguments: (arguments . (_) @options)) @match
                where:
                  - capture: options
                    lacks-keys: [expiresIn]
              - query: |
                  (pair key: (property_identifier) @k value: (_) @v) @match
                where:
                  - capture: k
                    in: [expiresIn]
                  - capture: v
                    duration-over: 7d
              - query: |
                  (call_expression function: (identifier) @fn arguments: (arguments . (_) @rounds)) @match
                where:
                  - capture: fn
                    in: [genSalt]
                  - capture: rounds
                    number-below: 10
            """)
        let source = """
            const opts = { expiresIn: "1h" };
            sign(opts);
            sign({ audience: "x" });
            sign({ expiresIn: "30d" });
            sign({ expiresIn: 60 * 60 * 24 * 30 });
            genSalt(8);
            genSalt(12);
            """
        let found = try findings(rulesYAML: yaml, source: source, language: .javascript)
        #expect(found.map(\.range.start.line) == [3, 4, 5, 6])
    }

    @Test func unlessFileHasSilencesTheFile() throws {
        let yaml = ruleYAML(extra: "unless-file-has: ['(call_expression function: (identifier) @h (#eq? @h \"helmet\"))']",
                            match: "  - query: '(call_expression function: (identifier) @fn (#eq? @fn \"express\")) @match'")
        #expect(try findings(rulesYAML: yaml, source: "const app = express();\n", language: .javascript).count == 1)
        #expect(try findings(rulesYAML: yaml, source: "const app = express();\napp.use(helmet());\n", language: .javascript).isEmpty)
    }

    @Test func masksHideStringContentsOnly() throws {
        let yaml = ruleYAML(extra: "mask: key", match: """
              - query: |
                  (call_expression function: (identifier) @fn arguments: (arguments . (_) @key)) @match
            """)
        let found = try findings(rulesYAML: yaml, source: "sign(\"hunter2-secret-value\");\nsign(KEY);\n", language: .javascript)
        #expect(!found[0].snippet.contains("hunter2-secret-value"))
        #expect(!found[0].message.contains("hunter2-secret-value"))
        #expect(found[1].snippet.contains("KEY"))
    }
    @Test func boundRegexSeesWhereADestructuredNameComesFrom() throws {
        let yaml = ruleYAML(match: """
              - query: |
                  (call_expression function: (identifier) @fn arguments: (arguments . (identifier) @arg)) @match
                where:
                  - capture: arg
                    bound-regex: '^req\\.body$'
            """)
        let source = """
            const { url } = req.body;
            fetch(url);
            const { other } = config;
            fetch(other);
            """
        let found = try findings(rulesYAML: yaml, source: source, language: .javascript)
        #expect(found.map(\.range.start.line) == [2])
    }

    @Test func reportAtDefinitionReportsAConstantOnceWhereItIsWritten() throws {
        func yaml(_ reportAt: String) -> String {
            ruleYAML(match: """
                  - query: |
                      (call_expression function: (identifier) @fn arguments: (arguments . (_) @key)) @match
                      (#eq? @fn "sign")
                    where:
                      - capture: key
                        value: may-be-constant
                    focus: key
                    report-at: \(reportAt)
                """)
        }
        let source = """
            const KEY = "literal-key";
            const ALIAS = KEY;
            sign(ALIAS);
            sign(KEY);
            sign("inline-key");
            """
        let atDefinition = try findings(rulesYAML: yaml("definition"), source: source, language: .javascript)
        #expect(atDefinition.map(\.range.start.line) == [1, 5])
        let atUse = try findings(rulesYAML: yaml("use"), source: source, language: .javascript)
        #expect(atUse.map(\.range.start.line) == [3, 4, 5])
        #expect(throws: RuleLoadError.self) { try findings(rulesYAML: yaml("somewhere"), source: source, language: .javascript) }
    }

    @Test func aPatternsPathsLimitItToThoseFiles() throws {
        let yaml = ruleYAML(match: """
              - query: '(call_expression function: (identifier) @fn (#eq? @fn "handler")) @match'
                paths:
                  include: ["**/login/route.ts"]
            """)
        let source = "handler();\n"
        #expect(try findings(rulesYAML: yaml, source: source, language: .typescript, path: "app/api/login/route.ts").count == 1)
        #expect(try findings(rulesYAML: yaml, source: source, language: .typescript, path: "app/api/posts/route.ts").isEmpty)
    }

    @Test func durationsOnEitherBranchOfAConditional() throws {
        let yaml = ruleYAML(match: """
              - query: |
                  (pair key: (property_identifier) @k value: (_) @v) @match
                where:
                  - capture: v
                    duration-over: 7d
            """)
        let source = """
            sign({ expiresIn: remember ? "365d" : "8h" });
            sign({ expiresIn: elevated ? "15m" : "8h" });
            sign({ expiresIn: a ? "1h" : (b ? "2h" : "60d") });
            """
        let found = try findings(rulesYAML: yaml, source: source, language: .javascript)
        #expect(found.map(\.range.start.line) == [1, 3])
    }
}
