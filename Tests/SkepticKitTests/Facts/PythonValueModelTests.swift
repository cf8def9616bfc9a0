import Testing
@testable import SkepticKit

@Suite struct PythonValueModelTests {
    @Test(arguments: [
        ("sink('a')", ValueKind.constant),
        ("sink('a' 'b')", .constant),
        ("q = 'a' + 'b'\nsink(q)", .constant),
        ("def f(x):\n    sink(f'SELECT {x}')", .built),
        ("def f(x):\n    sink('SELECT %s' % x)", .built),
        ("def f(x):\n    sink('SELECT {}'.format(x))", .built),
        ("def f(x):\n    sink(' '.join(['a', x]))", .built),
        ("def f(x):\n    q = 'SELECT '\n    if x:\n        q += x\n    sink(q)", .built),
        ("def f(x):\n    sink(x)", .unknown),
        ("sink(f'LIMIT {10}')", .constant),
        ("def f(x):\n    sink(f'LIMIT {int(x)}')", .sanitized),
        ("def f(x):\n    sink(sql.SQL('SELECT {}').format(sql.Identifier(x)))", .unknown),
        ("import os\nsink(os.environ.get('K') or 'dev')", .constantFallback),
        ("def f(flag):\n    sink('a' if flag else 'b')", .constant),
        ("def f(x):\n    a = b = 'SELECT ' + x\n    sink(a)", .built),
        ("X = 'k'\ndef f():\n    sink(X)", .constant),
        ("def f(x):\n    q = f'{x}'.strip()\n    sink(q)", .built),
        // Lookups in a table of constants are constants, whatever the key.
        ("TABLES = {'mood': 'moods', 'sleep': 'sleep_log'}\ndef f(k):\n    sink(f'SELECT * FROM {TABLES[k]}')", .constant),
        ("COLS = {'new': 'created_at DESC'}\ndef f(k):\n    sink('ORDER BY ' + COLS.get(k, 'id'))", .constant),
        ("COLS = {'new': 'created_at DESC'}\ndef f(k, d):\n    sink('ORDER BY ' + COLS.get(k, d))", .built),
        ("def f(k, t):\n    TABLES = {'a': t}\n    sink(f'SELECT * FROM {TABLES[k]}')", .built),
        ("def f(tags):\n    sink(', '.join('?' for _ in tags))", .constant),
        ("def f(tags):\n    sink(', '.join(f\"'{t}'\" for t in tags))", .built),
        // Values confined to an allow-list first.
        ("def f(o):\n    sink('ORDER BY ' + (o if o in SORTS else 'id'))", .sanitized),
        ("def f(o):\n    sink('ORDER BY ' + ('id' if o not in SORTS else o))", .sanitized),
        ("def f(o):\n    sink('ORDER BY ' + (o if o in SORTS else p))", .built),
        ("def f(o):\n    if o not in ('a', 'b'):\n        o = 'a'\n    sink('ORDER BY %s' % o)", .sanitized),
        ("def f(o):\n    if o not in SORTS:\n        abort(400)\n    sink('ORDER BY ' + o)", .sanitized),
        ("def f(o):\n    if o not in SORTS:\n        log(o)\n    sink('ORDER BY ' + o)", .built),
        ("def f(o):\n    sink('ORDER BY ' + o)\n    if o not in SORTS:\n        return", .built),
    ])
    func classifies(code: String, expected: ValueKind) throws {
        #expect(try classifySinkArgument(code, as: .python, sanitizers: ["int"]) == expected, "\(code)")
    }

    @Test func importsAreBoundToTheirModules() throws {
        let tree = try parse("import os.path as p, jwt\nfrom flask import Markup as M\nfrom sqlalchemy.sql import text\nM\np\njwt\ntext\n", as: .python)
        let facts = FileFacts(tree: tree, language: .python)
        var modules: [String: String] = [:]
        // This grammar puts a bare expression statement's expression directly under the module.
        for name in tree.root.namedChildren where name.kind == "identifier" {
            modules[name.text] = facts.bindings.reaching(name).first?.module
        }
        #expect(modules == ["M": "flask", "p": "os.path", "jwt": "jwt", "text": "sqlalchemy.sql"])
    }

    @Test func dictLiteralsExposeTheirKeys() throws {
        let tree = try parse("payload = {'sub': 1, 'exp': 2}\nother = dict(sub=1)\n", as: .python)
        let facts = FileFacts(tree: tree, language: .python)
        let model = try #require(facts.model)
        let values = tree.root.namedChildren.compactMap { $0.field("right") }
        #expect(values.map { model.objectLiteral($0, in: facts, depth: 0).flatMap(model.keys(ofObject:)) } == [["sub", "exp"], ["sub"]])
    }
}
