import Testing
@testable import SkepticKit

@Suite struct SQLParserTests {
    @Test func statementsCarryTheirLines() {
        let sql = """
            -- schema
            create table entries (id uuid primary key, body text);

            alter table entries enable row level security;
            /* public homepage */
            create policy "Public can view" on entries
              for select using (true);
            """
        let statements = SQLParser.parse(SourceText(sql))
        #expect(statements.map(\.line) == [2, 4, 6])
        #expect(statements.allSatisfy { $0.error == nil && $0.parseTreeJSON != nil })
        #expect(statements[2].parseTreeJSON?.contains("CreatePolicyStmt") == true)
    }

    @Test func oneBadStatementLeavesTheRestParsed() {
        let sql = "create table a (id int);\ncreate tabel b (id int);\ncreate table c (id int);\n"
        let statements = SQLParser.parse(SourceText(sql))
        #expect(statements.count == 3)
        #expect(statements[0].error == nil)
        #expect(statements[1].error?.line == 2)
        #expect(statements[2].error == nil)
    }
}
