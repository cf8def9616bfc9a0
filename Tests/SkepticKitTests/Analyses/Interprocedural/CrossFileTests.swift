import Foundation
import Testing
@testable import SkepticKit

/// Flows through the project's own functions, across files, with the bundled rules.
@Suite struct CrossFileTests {
    static let python: [String: String] = [
        "app/__init__.py": "",
        "app/db.py": """
            import sqlite3

            def get_db():
                return sqlite3.connect("app.db")

            def query_all(sql, params=()):
                return get_db().execute(sql, params).fetchall()
            """,
        "app/queries.py": """
            SORTS = {"new": "created_at DESC", "old": "created_at"}

            def filter_sql(user_id, mood):
                sql = "SELECT * FROM entries WHERE user_id = ?"
                if mood:
                    sql += " AND mood = '" + mood + "'"
                return sql

            def sorted_sql(sort):
                return "SELECT * FROM entries ORDER BY " + SORTS.get(sort, "created_at")
            """,
        "app/llm.py": """
            from openai import OpenAI

            client = OpenAI()

            def complete(prompt):
                answer = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])
                return answer.choices[0].message.content

            def write_report_query(question):
                return complete(f"SQL for: {question}").strip()
            """,
        "app/routes.py": """
            from flask import request

            from . import queries
            from .db import get_db, query_all
            from .llm import write_report_query

            def find_users():
                email = request.args.get("email", "")
                unsafe = query_all("SELECT id FROM users WHERE email = '%s'" % email)
                safe = query_all("SELECT id FROM users WHERE email = ?", (email,))
                return unsafe + safe

            def entries():
                sql = queries.filter_sql(1, request.args.get("mood"))
                rows = get_db().execute(sql).fetchall()
                ordered = get_db().execute(queries.sorted_sql(request.args.get("sort"))).fetchall()
                return rows + ordered

            def report():
                sql = write_report_query(request.form["question"])
                return get_db().execute(sql).fetchall()

            def by_mood(mood):
                return "SELECT * FROM entries WHERE mood = '" + mood + "'"

            def moods():
                return get_db().execute(by_mood(request.args["mood"])).fetchall()
            """,
    ]

    static let javascript: [String: String] = [
        "src/db.ts": """
            import { Pool } from "pg";
            const pool = new Pool();
            export const run = (text: string, params: unknown[] = []) => pool.query(text, params);
            """,
        "src/routes/users.ts": """
            import { Router } from "express";
            import { run } from "../db";
            export const router = Router();
            router.get("/users", async (req, res) => {
              const unsafe = await run(`SELECT id FROM users WHERE email = '${req.query.email}'`);
              const safe = await run("SELECT id FROM users WHERE email = $1", [req.query.email]);
              res.json([unsafe.rows, safe.rows]);
            });
            """,
    ]

    func scan(_ files: [String: String], cache: URL? = nil) throws -> [String] {
        let tree = try TemporaryTree(files)
        var request = ScanRequest(root: tree.url, configuration: Configuration(), ruleDirectories: [TestPaths.rules], jobs: 2, cacheDirectory: cache)
        request.cacheSettlingNanoseconds = -60_000_000_000
        let report = try Scan(request: request).perform()
        return report.activeFindings.map { "\($0.path):\($0.range.start.line) \($0.ruleID)" }
    }

    @Test func pythonFlowsThroughHelpersInOtherModules() throws {
        let found = try scan(Self.python)
        #expect(found.contains("app/routes.py:9 py-sql-built-string"), "a wrapper's caller builds the SQL")
        #expect(!found.contains("app/routes.py:10 py-sql-built-string"), "parameterised call of the wrapper")
        #expect(found.contains("app/routes.py:15 py-sql-built-string"), "SQL built by a helper in another module")
        #expect(!found.contains("app/routes.py:16 py-sql-built-string"), "a helper that only looks up constants")
        #expect(found.contains("app/routes.py:21 py-llm-output-to-sink"), "a model's answer, two functions away")
        #expect(found.contains("app/routes.py:27 py-sql-built-string"), "SQL built by a helper in the same file")
        // The helpers themselves are not findings: their parameters are the callers' business.
        #expect(!found.contains { $0.hasPrefix("app/db.py") || $0.hasPrefix("app/queries.py") })
    }

    @Test func javascriptFlowsThroughAnExportedWrapper() throws {
        let found = try scan(Self.javascript)
        #expect(found.contains("src/routes/users.ts:5 js-sql-query-built-string"))
        #expect(!found.contains("src/routes/users.ts:6 js-sql-query-built-string"))
    }

    @Test(arguments: [
        ("app/queries.py", "queries"), ("src/db/index.ts", "db"), ("pkg/__init__.py", "pkg"), ("db.js", "db"),
    ])
    func filesAreNamedLikeTheirModules(path: String, stem: String) {
        #expect(ProjectSummaries.fileStem(path) == stem)
    }

    @Test(arguments: [(".db", "db"), ("..queries", "queries"), ("app.db", "db"), ("../lib/db", "db"), ("@/lib/db.js", "db"), ("./llm.py", "llm")])
    func modulesAreNamedLikeTheirFiles(module: String, stem: String) {
        #expect(ProjectSummaries.moduleStem(module) == stem)
    }

    @Test func calledNamesAreReadFromText() {
        let names = ProjectSummaries.calledNames(Array("x = query_all (sql)\nrun(db.execute(q))\nnot_called = 1\n".utf8))
        #expect(names == ["query_all", "run", "execute"])
    }

    @Test func aCachedScanFindsTheSameFlows() throws {
        let cache = try TemporaryTree()
        let tree = try TemporaryTree(Self.python)
        func run() throws -> ScanReport {
            var request = ScanRequest(root: tree.url, configuration: Configuration(), ruleDirectories: [TestPaths.rules], jobs: 2, cacheDirectory: cache.url)
            request.cacheSettlingNanoseconds = -60_000_000_000
            return try Scan(request: request).perform()
        }
        let first = try run()
        let second = try run()
        #expect(second.filesFromCache == first.files.filter { $0.status.wasAnalysed }.count)
        #expect(second.activeFindings.map(\.fingerprint) == first.activeFindings.map(\.fingerprint))
        #expect(first.activeFindings.contains { $0.message.contains("through `query_all`") })
        // The helper changes (it no longer runs its argument): the caller's finding goes, though
        // the caller's file is unchanged and cached.
        let helper = tree.url.appendingPathComponent("app/db.py")
        try "def get_db():\n    return None\n\ndef query_all(sql, params=()):\n    return []\n".write(to: helper, atomically: false, encoding: .utf8)
        let third = try run()
        #expect(!third.activeFindings.contains { $0.path == "app/routes.py" && $0.range.start.line == 9 })
        #expect(third.activeFindings.contains { $0.path == "app/routes.py" && $0.range.start.line == 15 })
    }
}
