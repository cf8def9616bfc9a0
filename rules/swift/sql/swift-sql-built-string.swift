import Foundation
import GRDB
import PostgresNIO
import SQLite3
import Vapor

struct MoodController {
    func byMood(req: Request) async throws -> [PostgresRow] {
        let mood = try req.query.get(String.self, at: "mood")
        // ruleid: swift-sql-built-string
        let result = try await (req.db as! PostgresDatabase).query("SELECT * FROM entries WHERE mood = '\(mood)'").get()
        return result.rows
    }

    func byMoodBound(req: Request) async throws -> [PostgresRow] {
        let mood = try req.query.get(String.self, at: "mood")
        // ok: swift-sql-built-string
        let result = try await (req.db as! PostgresDatabase).query("SELECT * FROM entries WHERE mood = $1", [PostgresData(string: mood)]).get()
        return result.rows
    }

    func deleteTag(req: Request) async throws {
        let tag = try req.content.get(String.self, at: "tag")
        let postgres = req.db as! any PostgresDatabase
        let sql = "DELETE FROM tags WHERE name = '" + tag + "'"
        // ruleid: swift-sql-built-string
        _ = try await postgres.query(sql).get()
    }

    func legacy(conn: PostgresConnection, userID: String) throws -> [PostgresRow] {
        // ruleid: swift-sql-built-string
        return try conn.query("SELECT * FROM sessions WHERE user_id = '\(userID)'").wait().rows
    }

    func modern(conn: PostgresConnection, logger: Logger, userID: String) async throws {
        // ok: swift-sql-built-string
        let rows = try await conn.query("SELECT * FROM sessions WHERE user_id = \(userID)", logger: logger)
        _ = rows
    }

    func pooled(client: PostgresClient, userID: String) async throws {
        // ok: swift-sql-built-string
        let rows = try await client.query("SELECT * FROM sessions WHERE user_id = \(userID)")
        _ = rows
    }

    func declared(conn: PostgresConnection, logger: Logger, email: String) async throws {
        let query: PostgresQuery = "SELECT id FROM users WHERE email = \(email)"
        // ok: swift-sql-built-string
        let rows = try await conn.query(query, logger: logger)
        _ = rows
    }

    func mysqlSearch(conn: MySQLConnection, term: String) -> EventLoopFuture<[MySQLRow]> {
        let sql = "SELECT * FROM notes WHERE body LIKE '%\(term)%'"
        // ruleid: swift-sql-built-string
        return conn.query(sql)
    }
}

struct NoteStore {
    let dbQueue: DatabaseQueue

    func search(_ term: String) throws -> [Row] {
        try dbQueue.read { db in
            // ruleid: swift-sql-built-string
            try Row.fetchAll(db, sql: "SELECT * FROM note WHERE title LIKE '%\(term)%'")
        }
    }

    func searchBound(_ term: String) throws -> [Row] {
        try dbQueue.read { db in
            // ok: swift-sql-built-string
            try Row.fetchAll(db, sql: "SELECT * FROM note WHERE title LIKE ?", arguments: ["%\(term)%"])
        }
    }

    func searchLiteral(_ term: String) throws -> [Row] {
        try dbQueue.read { db in
            // ok: swift-sql-built-string
            try Row.fetchAll(db, literal: "SELECT * FROM note WHERE title LIKE \("%" + term + "%")")
        }
    }

    func delete(id: String) throws {
        try dbQueue.write { db in
            // ruleid: swift-sql-built-string
            try db.execute(sql: "DELETE FROM note WHERE id = " + id)
        }
    }
}

final class LocalCache {
    var db: OpaquePointer?

    func entries(matching title: String) -> [String] {
        var statement: OpaquePointer?
        let sql = "SELECT body FROM entries WHERE title = '\(title)'"
        // ruleid: swift-sql-built-string
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { return [] }
        defer { sqlite3_finalize(statement) }
        return []
    }

    func entriesBound(matching title: String) -> [String] {
        var statement: OpaquePointer?
        // ok: swift-sql-built-string
        guard sqlite3_prepare_v2(db, "SELECT body FROM entries WHERE title = ?", -1, &statement, nil) == SQLITE_OK else { return [] }
        sqlite3_bind_text(statement, 1, title, -1, nil)
        defer { sqlite3_finalize(statement) }
        return []
    }

    func purge(olderThan days: String) {
        // ruleid: swift-sql-built-string
        sqlite3_exec(db, "DELETE FROM entries WHERE created_at < date('now', '-\(days) days')", nil, nil, nil)
        // ok: swift-sql-built-string
        sqlite3_exec(db, "VACUUM", nil, nil, nil)
    }
}

func sqliteSwift(db: Connection, name: String) throws {
    // ruleid: swift-sql-built-string
    try db.run("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = '\(name)'")
    // ok: swift-sql-built-string
    try db.run("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = ?", name)
    // ok: swift-sql-built-string
    _ = try URLSession.shared.run("GET \(name)")
}
