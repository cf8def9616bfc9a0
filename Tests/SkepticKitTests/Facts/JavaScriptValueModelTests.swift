import Testing
@testable import SkepticKit

@Suite struct JavaScriptValueModelTests {
    /// Classifies the first argument of the last `sink(...)` call in `code`.
    func classify(_ code: String, sanitizers: Set<String> = []) throws -> ValueKind {
        let tree = try parse(code, as: .typescript)
        let facts = FileFacts(tree: tree, language: .typescript)
        var argument: SyntaxNode?
        tree.root.walk { node in
            if node.kind == "call_expression", node.field("function")?.text == "sink" {
                argument = node.field("arguments")?.namedChildren.first
            }
            return true
        }
        return facts.model!.classify(argument!, sanitizers: sanitizers, in: facts, depth: 0)
    }

    @Test(arguments: [
        ("sink('a');", ValueKind.constant),
        ("sink(`a`);", .constant),
        ("const q = 'a' + 'b'; sink(q);", .constant),
        ("sink(`SELECT ${id}`);", .built),
        ("sink('SELECT ' + id);", .built),
        ("function f(id) { const q = 'SELECT ' + id; sink(q); }", .built),
        ("function f(id) { let q = 'SELECT '; q += id; sink(q); }", .built),
        ("function f(id) { sink(id); }", .unknown),
        ("sink(process.env.KEY || 'dev');", .constantFallback),
        ("sink(process.env.KEY);", .unknown),
        ("const c = { k: 'v' }; sink(c.k);", .constant),
        ("const SORT = { new: 'created_at DESC', old: 'created_at' }; function f(s) { sink(`ORDER BY ${SORT[s]}`); }", .constant),
        ("const COLS = ['a', 'b'] as const; function f(i) { sink('SELECT ' + COLS[i]); }", .constant),
        ("function f(s, t) { const SORT = { x: t }; sink(`ORDER BY ${SORT[s]}`); }", .built),
        ("function f(q) { const s = SORTS.has(String(q.sort)) ? String(q.sort) : 'id'; sink(`ORDER BY ${s}`); }", .sanitized),
        ("function f(q) { const s = !COLS.includes(q.sort) ? 'id' : q.sort; sink(`ORDER BY ${s}`); }", .sanitized),
        ("function f(q) { const s = COLS.includes(q.sort) ? q.other : 'id'; sink(`ORDER BY ${s}`); }", .built),
        ("function f(s) { if (!COLS.includes(s)) s = 'id'; sink(`ORDER BY ${s}`); }", .sanitized),
        ("function f(s, res) { if (!COLS.has(s)) { return res.status(400).end(); } sink(`ORDER BY ${s}`); }", .sanitized),
        ("function f(s) { if (!COLS.has(s)) { console.warn(s); } sink(`ORDER BY ${s}`); }", .built),
        // Arithmetic gives numbers: `$${values.length - 1}` is a placeholder, not text.
        ("function f(values) { sink(`WHERE id = $${values.length - 1}`); }", .sanitized),
        ("function f(a) { sink(`LIMIT ${a * 10}`); }", .sanitized),
        ("sink(['a', id].join(' '));", .built),
        ("sink((('a')) as string);", .constant),
        ("sink(flag ? 'a' : 'b');", .constant),
    ])
    func classifies(code: String, expected: ValueKind) throws {
        #expect(try classify(code) == expected)
    }

    @Test func sanitisersAreRecognised() throws {
        #expect(try classify("sink(DOMPurify.sanitize(html));", sanitizers: ["DOMPurify.sanitize"]) == .sanitized)
        #expect(try classify("sink(purify.sanitize(html));", sanitizers: ["sanitize"]) == .sanitized)
        #expect(try classify("sink(render(html));", sanitizers: ["sanitize"]) == .unknown)
    }

    @Test func innerScopesShadowOuterOnes() throws {
        let code = "const key = 'literal'; function f(key) { sink(key); }"
        #expect(try classify(code) == .unknown)
    }

    @Test func importsRecordTheirModule() throws {
        let tree = try parse("import { sign as s } from 'jsonwebtoken';\nconst j = require('jose');\nconst { exec } = require('node:child_process');\ns(); j(); exec();", as: .javascript)
        let facts = FileFacts(tree: tree, language: .javascript)
        var modules: [String: String] = [:]
        tree.root.walk { node in
            if node.kind == "call_expression", let callee = node.field("function"), callee.kind == "identifier" {
                modules[callee.text] = facts.bindings.reaching(callee).compactMap(\.module).first
            }
            return true
        }
        #expect(modules == ["s": "jsonwebtoken", "j": "jose", "exec": "node:child_process"])
    }
}
