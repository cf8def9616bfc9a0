import Testing
@testable import SkepticKit

@Suite struct SwiftValueModelTests {
    static func body(_ statements: String) -> String { "func f(name: String, id: Int) {\n\(statements)\n}\n" }

    @Test(arguments: [
        ("sink(\"a\")", ValueKind.constant),
        ("let q = \"a\" + \"b\"\nsink(q)", .constant),
        ("sink(\"SELECT \\(name)\")", .built),
        ("sink(\"SELECT \" + name)", .built),
        ("var q = \"SELECT \"\nq += name\nsink(q)", .built),
        ("sink(name)", .unknown),
        ("sink(\"LIMIT \\(String(5))\")", .constant),
        ("sink(Environment.get(\"KEY\") ?? \"dev\")", .constantFallback),
        ("sink(flag ? \"a\" : \"b\")", .constant),
        ("let q = try await \"x\\(name)\"\nsink(q)", .built),
        ("sink(\"\"\"\nSELECT \\(name)\n\"\"\")", .built),
    ])
    func classifies(statements: String, expected: ValueKind) throws {
        #expect(try classifySinkArgument(Self.body(statements), as: .swift) == expected, "\(statements)")
    }
}
