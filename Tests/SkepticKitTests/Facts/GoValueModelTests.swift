import Testing
@testable import SkepticKit

@Suite struct GoValueModelTests {
    static func body(_ statements: String) -> String { "package main\nfunc f(x string) {\n\(statements)\n}\n" }

    @Test(arguments: [
        ("sink(\"a\")", ValueKind.constant),
        ("sink(`raw`)", .constant),
        ("q := \"a\" + \"b\"\nsink(q)", .constant),
        ("sink(\"SELECT \" + x)", .built),
        ("sink(fmt.Sprintf(\"SELECT %s\", x))", .built),
        ("q := \"SELECT \"\nq += x\nsink(q)", .built),
        ("sink(strings.Join([]string{\"a\", x}, \",\"))", .built),
        ("sink(x)", .unknown),
        ("sink(fmt.Sprintf(\"LIMIT %d\", strconv.Itoa(5)))", .sanitized),
        ("var q, r = \"SELECT \" + x, 1\nsink(q)", .built),
        ("rows, err := db.Query(\"a\")\nsink(rows)", .unknown),
    ])
    func classifies(statements: String, expected: ValueKind) throws {
        #expect(try classifySinkArgument(Self.body(statements), as: .go, sanitizers: ["strconv.Itoa"]) == expected, "\(statements)")
    }

    @Test func constantsAtPackageLevelReachFunctions() throws {
        #expect(try classifySinkArgument("package main\nconst key = \"k\"\nfunc f() { sink(key) }\n", as: .go) == .constant)
    }

    @Test func importsAreBoundByPathOrAlias() throws {
        let code = "package main\nimport (\n\t\"os/exec\"\n\tj \"github.com/golang-jwt/jwt/v5\"\n\t\"gopkg.in/yaml.v3\"\n)\nfunc f() { exec; j; yaml }\n"
        let tree = try parse(code, as: .go)
        let facts = FileFacts(tree: tree, language: .go)
        var modules: [String: String] = [:]
        tree.root.walk { node in
            if node.kind == "identifier", node.parent?.kind == "expression_statement" {
                modules[node.text] = facts.bindings.reaching(node).first?.module
            }
            return true
        }
        #expect(modules == ["exec": "os/exec", "j": "github.com/golang-jwt/jwt/v5", "yaml": "gopkg.in/yaml.v3"])
    }
}
