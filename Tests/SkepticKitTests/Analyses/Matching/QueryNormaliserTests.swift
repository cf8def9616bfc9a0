import Testing
@testable import SkepticKit

@Suite struct QueryNormaliserTests {
    let grammar = Grammar.for(.javascript)!

    @Test func trailingPredicatesJoinTheirPattern() throws {
        let source = "(call_expression function: (identifier) @fn) @match\n(#eq? @fn \"eval\")\n(string) @s\n"
        let grouped = QueryNormaliser.groupPredicates(source)
        let query = try CompiledQuery(grammar: grammar, source: grouped)
        #expect(query.patternCount == 2)
        #expect(query.predicates[0].map(\.name) == ["eq?"])
        #expect(grouped.split(separator: "\n").count == source.split(separator: "\n").count)
    }

    @Test func aTrailingCommentCannotSwallowTheClosingParenthesis() throws {
        let source = "(call_expression function: (identifier) @fn) @match\n(#eq? @fn \"eval\") ; only eval\n(string) @s\n"
        let grouped = QueryNormaliser.groupPredicates(source)
        let query = try CompiledQuery(grammar: grammar, source: grouped)
        #expect(query.patternCount == 2)
        #expect(query.predicates[0].map(\.name) == ["eq?"])
        #expect(grouped.split(separator: "\n").count == source.split(separator: "\n").count)
    }

    @Test func groupedQueriesAreLeftAlone() throws {
        let source = "((identifier) @x (#eq? @x \"a\"))\n"
        #expect(QueryNormaliser.groupPredicates(source) == source)
    }

    @Test func predicatesFilterMatchesInRules() throws {
        let yaml = ruleYAML(match: """
              - query: |
                  (call_expression function: (member_expression object: (identifier) @lib property: (property_identifier) @m)) @match
                  (#match? @lib "^jwt$")
                  (#any-of? @m "sign" "verify")
            """)
        let found = try findings(rulesYAML: yaml, source: "jwt.sign(a);\nbcrypt.hash(a);\njwt.decode(a);\n", language: .javascript)
        #expect(found.map(\.range.start.line) == [1])
    }
}
