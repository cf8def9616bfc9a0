import Testing
@testable import SkepticKit

@Suite struct RuleLoaderTests {
    let matchBlock = "  - query: (call_expression) @match"

    @Test func loadsAValidRule() throws {
        let rules = try RuleLoader.load(yaml: ruleYAML(match: matchBlock), path: "r.yaml")
        #expect(rules.count == 1)
        #expect(rules[0].id == "test-rule")
        #expect(rules[0].cweIDs == ["CWE-89"])
        #expect(rules[0].patterns.first?.query.location.line == 17)
    }

    @Test func invalidYAMLNamesTheLine() {
        let yaml = "id: x\ntitle: [unclosed\nseverity: high\n"
        #expect {
            try RuleLoader.load(yaml: yaml, path: "bad.yaml")
        } throws: { error in
            guard let error = error as? RuleLoadError else { return false }
            return error.location.path == "bad.yaml" && error.location.line >= 2 && error.message.hasPrefix("invalid YAML")
        }
    }

    @Test func unknownKeysAndBadValuesNameTheirLine() {
        let typo = ruleYAML(extra: "severty: high", match: matchBlock)
        #expect {
            try RuleLoader.load(yaml: typo, path: "r.yaml")
        } throws: { error in
            (error as? RuleLoadError).map { $0.location.line == 15 && $0.message.contains("unknown key 'severty'") } ?? false
        }
        let badSeverity = ruleYAML(match: matchBlock).replacingOccurrences(of: "severity: high", with: "severity: urgent")
        #expect {
            try RuleLoader.load(yaml: badSeverity, path: "r.yaml")
        } throws: { error in
            (error as? RuleLoadError).map { $0.location.line == 4 && $0.message.contains("urgent") } ?? false
        }
    }

    @Test func metadataIsRequired() {
        let noCWE = ruleYAML(match: matchBlock).replacingOccurrences(of: "cwe: [\"CWE-89: SQL Injection\"]\n", with: "")
        #expect(throws: RuleLoadError.self) { try RuleLoader.load(yaml: noCWE, path: "r.yaml") }
        let badCWE = ruleYAML(match: matchBlock).replacingOccurrences(of: "CWE-89: SQL Injection", with: "SQL injection")
        #expect(throws: RuleLoadError.self) { try RuleLoader.load(yaml: badCWE, path: "r.yaml") }
    }

    @Test func queryErrorsPointIntoTheRuleFile() throws {
        let yaml = ruleYAML(match: "  - query: |\n      (call_expression\n        function: (no_such_kind))")
        let rules = try RuleLoader.load(yaml: yaml, path: "r.yaml")
        let (ruleSet, errors) = CompiledRuleSet.compile(rules)
        #expect(ruleSet.rules.isEmpty)
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 19)
        #expect(errors.first?.message.contains("unknown node type") == true)
    }

    @Test func conditionsMustReferToExistingCaptures() throws {
        let yaml = ruleYAML(match: "  - query: (call_expression) @match\n    where:\n      - capture: nope\n        regex: x")
        let (ruleSet, errors) = CompiledRuleSet.compile(try RuleLoader.load(yaml: yaml, path: "r.yaml"))
        #expect(ruleSet.rules.isEmpty)
        #expect(errors.first?.message.contains("@nope") == true)
    }

    @Test func oneBadFileDoesNotSpoilTheOthers() throws {
        let tree = try TemporaryTree([
            "good.yaml": ruleYAML(id: "good-rule", match: matchBlock),
            "bad.yaml": "id: [",
        ])
        let (rules, errors) = RuleLoader.load(directories: [tree.url])
        #expect(rules.map(\.id) == ["good-rule"])
        #expect(errors.count == 1)
        #expect(errors.first?.location.path.hasSuffix("bad.yaml") == true)
    }

    @Test func anUnbalancedQueryIsBlamedNotItsNeighbour() throws {
        // The broken rule comes first: in the joined query its missing `)` surfaces in the next rule.
        let broken = ruleYAML(id: "a-broken", match: "  - query: |\n      (call_expression function: (identifier) @f")
        let innocent = ruleYAML(id: "b-innocent", match: matchBlock)
        let rules = try RuleLoader.load(yaml: broken, path: "a.yaml") + RuleLoader.load(yaml: innocent, path: "b.yaml")
        let (ruleSet, errors) = CompiledRuleSet.compile(rules, languages: [.javascript])
        #expect(ruleSet.rules.map(\.id) == ["b-innocent"])
        #expect(errors.map(\.location.path) == ["a.yaml"])
    }

    @Test func unsupportedPredicatesAreErrors() throws {
        let yaml = ruleYAML(match: "  - query: |\n      ((identifier) @match (#any-eq? @match \"x\"))")
        let (ruleSet, errors) = CompiledRuleSet.compile(try RuleLoader.load(yaml: yaml, path: "r.yaml"), languages: [.javascript])
        #expect(ruleSet.rules.isEmpty)
        #expect(errors.first?.message.contains("unsupported predicate #any-eq?") == true)
    }

    @Test func packsCannotShadowBuiltinRules() throws {
        let tree = try TemporaryTree(["dup.yaml": ruleYAML(id: BuiltinRules.bareSuppressionID, match: matchBlock)])
        let (rules, errors) = RuleLoader.load(directories: [tree.url])
        #expect(rules.isEmpty)
        #expect(errors.first?.message.contains("duplicate rule id") == true)
    }

    @Test func bundledRulePackLoadsCleanly() {
        let (rules, errors) = RuleLoader.load(directories: [TestPaths.rules])
        #expect(errors.isEmpty, "\(errors)")
        let (ruleSet, compileErrors) = CompiledRuleSet.compile(rules)
        #expect(compileErrors.isEmpty, "\(compileErrors)")
        #expect(ruleSet.rules.count == rules.count)
    }
}
