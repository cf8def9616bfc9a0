import Fluent
import FluentSQL
import PostgresNIO
import SQLKit
import Vapor

struct EntryRow: Content {
    var id: UUID
    var title: String
}

enum SortField: String, Codable {
    case createdAt = "created_at"
    case title
}

struct EntrySearchController {
    func search(req: Request) async throws -> [EntryRow] {
        let q = try req.query.get(String.self, at: "q")
        let sql = req.db as! any SQLDatabase
        // ruleid: swift-sql-unsafe-raw
        return try await sql.raw("SELECT id, title FROM entries WHERE title ILIKE '%\(unsafeRaw: q)%'")
            .all(decoding: EntryRow.self)
    }

    func searchSafe(req: Request) async throws -> [EntryRow] {
        let q = try req.query.get(String.self, at: "q")
        let sql = req.db as! any SQLDatabase
        // ok: swift-sql-unsafe-raw
        return try await sql.raw("SELECT id, title FROM entries WHERE title ILIKE \(bind: "%" + q + "%")")
            .all(decoding: EntryRow.self)
    }

    func byMood(req: Request) async throws -> [EntryRow] {
        let mood = req.parameters.get("mood") ?? "calm"
        // Plain \(x) of a String in SQLQueryString is the deprecated raw form.
        // ruleid: swift-sql-unsafe-raw
        return try await (req.db as! SQLDatabase).raw("SELECT id, title FROM entries WHERE mood = '\(mood)'")
            .all(decoding: EntryRow.self)
    }

    func byMoodBound(req: Request) async throws -> [EntryRow] {
        let mood = req.parameters.get("mood") ?? "calm"
        // ok: swift-sql-unsafe-raw
        return try await (req.db as! SQLDatabase).raw("SELECT id, title FROM entries WHERE mood = \(SQLBind(mood))")
            .all(decoding: EntryRow.self)
    }

    func sorted(req: Request, userID: UUID) async throws -> [EntryRow] {
        let sort = req.query[String.self, at: "sort"] ?? "created_at"
        let db = req.db as! any SQLDatabase
        // ruleid: swift-sql-unsafe-raw
        return try await db.raw("SELECT id, title FROM entries WHERE user_id = \(bind: userID) ORDER BY \(raw: sort) DESC")
            .all(decoding: EntryRow.self)
    }

    func sortedByEnum(req: Request, userID: UUID) async throws -> [EntryRow] {
        let sort = try req.query.get(SortField.self, at: "sort")
        let db = req.db as! any SQLDatabase
        // ok: swift-sql-unsafe-raw
        return try await db.raw("SELECT id, title FROM \(unsafeRaw: Entry.schema) WHERE user_id = \(bind: userID) ORDER BY \(unsafeRaw: sort.rawValue)")
            .all(decoding: EntryRow.self)
    }

    func sortedByIdent(req: Request) async throws -> [EntryRow] {
        let direction = req.query[String.self, at: "dir"] == "asc" ? "ASC" : "DESC"
        let db = req.db as! any SQLDatabase
        // ok: swift-sql-unsafe-raw
        return try await db.raw("SELECT id, title FROM \(ident: "entries") ORDER BY created_at \(unsafeRaw: direction)")
            .all(decoding: EntryRow.self)
    }

    func tagged(req: Request) async throws -> [EntryRow] {
        let tags = try req.query.get([String].self, at: "tags")
        let db = req.db as! any SQLDatabase
        // ok: swift-sql-unsafe-raw
        return try await db.raw("SELECT id, title FROM entries WHERE tag IN (\(binds: tags)) AND mood = \(literal: "calm")")
            .all(decoding: EntryRow.self)
    }

    func filtered(req: Request, filters: [String: String]) async throws -> [EntryRow] {
        var query: SQLQueryString = "SELECT id, title FROM entries WHERE 1 = 1"
        for (column, value) in filters {
            // ruleid: swift-sql-unsafe-raw
            query.appendInterpolation(unsafeRaw: " AND \(column) = ")
            query.appendInterpolation(bind: value)
        }
        if let mood = filters["mood"] {
            // ruleid: swift-sql-unsafe-raw
            query += " AND mood = '\(mood)'"
        }
        if let title = filters["title"] {
            // ok: swift-sql-unsafe-raw
            query += " AND title = \(bind: title)"
        }
        return try await (req.db as! any SQLDatabase).raw(query).all(decoding: EntryRow.self)
    }

    func literalAppend(req: Request, term: String) async throws -> [EntryRow] {
        var query = SQLQueryString("SELECT id, title FROM entries WHERE ")
        // ruleid: swift-sql-unsafe-raw
        query.appendLiteral("title LIKE '%" + term + "%'")
        // ok: swift-sql-unsafe-raw
        query.appendLiteral(" LIMIT 20")
        return try await (req.db as! any SQLDatabase).raw(query).all(decoding: EntryRow.self)
    }

    func typedQuery(req: Request, email: String) async throws -> [EntryRow] {
        // ruleid: swift-sql-unsafe-raw
        let query: SQLQueryString = "SELECT id, title FROM users WHERE email = '\(email)'"
        // ok: swift-sql-unsafe-raw
        let safe: SQLQueryString = "SELECT id, title FROM users WHERE email = \(bind: email)"
        _ = safe
        return try await (req.db as! any SQLDatabase).raw(query).all(decoding: EntryRow.self)
    }

    func built(req: Request, userID: String) async throws {
        let statement = "DELETE FROM entries WHERE user_id = '" + userID + "'"
        // ruleid: swift-sql-unsafe-raw
        try await (req.db as! any SQLDatabase).raw(SQLQueryString(statement)).run()
    }

    func rawExpressions(req: Request, column: String) async throws -> [EntryRow] {
        let db = req.db as! any SQLDatabase
        return try await db.select()
            .column("id")
            .from("entries")
            // ruleid: swift-sql-unsafe-raw
            .where(SQLRaw("\(column) IS NOT NULL"))
            // ok: swift-sql-unsafe-raw
            .orderBy(SQLRaw("created_at"))
            // ok: swift-sql-unsafe-raw
            .where(SQLRaw("\(Entry.schema).deleted_at IS NULL"))
            .all(decoding: EntryRow.self)
    }
}

final class Entry: Model, @unchecked Sendable {
    static let schema = "entries"
    @ID(key: .id) var id: UUID?
    @Field(key: "title") var title: String
    init() {}
}

func fluentSearch(req: Request) async throws -> [Entry] {
    let term = try req.query.get(String.self, at: "term")
    return try await Entry.query(on: req.db)
        // ruleid: swift-sql-unsafe-raw
        .filter(.sql(unsafeRaw: "title ILIKE '%\(term)%'"))
        .all()
}

func fluentSafe(req: Request) async throws -> [Entry] {
    let term = try req.query.get(String.self, at: "term")
    return try await Entry.query(on: req.db)
        .filter(\.$title ~~ term)
        // ok: swift-sql-unsafe-raw
        .filter(.sql(unsafeRaw: "deleted_at IS NULL"))
        // ok: swift-sql-unsafe-raw
        .filter(.sql(embed: "title ILIKE \(bind: "%" + term + "%")"))
        .all()
}

func fluentEmbed(req: Request, mood: String) async throws -> [Entry] {
    return try await Entry.query(on: req.db)
        // ruleid: swift-sql-unsafe-raw
        .filter(.sql(embed: "mood = '\(mood)'"))
        .all()
}

func postgresSearch(conn: PostgresConnection, logger: Logger, name: String) async throws {
    // ok: swift-sql-unsafe-raw
    let rows = try await conn.query("SELECT id FROM users WHERE name = \(name)", logger: logger)
    _ = rows
    // ruleid: swift-sql-unsafe-raw
    let sorted = try await conn.query("SELECT id FROM users ORDER BY \(unescaped: name)", logger: logger)
    _ = sorted
    let sql = "SELECT id FROM users WHERE name = '\(name)'"
    // ruleid: swift-sql-unsafe-raw
    let raw = try await conn.query(PostgresQuery(unsafeSQL: sql), logger: logger)
    _ = raw
    // ok: swift-sql-unsafe-raw
    let fixed = try await conn.query(PostgresQuery(unsafeSQL: "SELECT id FROM users WHERE name = $1", binds: ["x"]), logger: logger)
    _ = fixed
}

func legacyPostgres(conn: PostgresConnection, id: String) -> EventLoopFuture<[PostgresRow]> {
    // ruleid: swift-sql-unsafe-raw
    return conn.simpleQuery("DELETE FROM sessions WHERE user_id = '\(id)'")
}

func legacyPostgresSafe(conn: PostgresConnection) -> EventLoopFuture<[PostgresRow]> {
    // ok: swift-sql-unsafe-raw
    return conn.simpleQuery("DELETE FROM sessions WHERE expires_at < NOW()")
}

struct Markup: ExpressibleByStringInterpolation {
    var text: String
    init(stringLiteral value: String) { text = value }
    init(stringInterpolation: DefaultStringInterpolation) { text = stringInterpolation.description }
}

func banner(for name: String) -> String {
    var interpolation = DefaultStringInterpolation(literalCapacity: 16, interpolationCount: 1)
    // ok: swift-sql-unsafe-raw
    interpolation.appendLiteral(name)
    return interpolation.description
}
