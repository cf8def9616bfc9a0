import Fluent
import SQLKit
import Vapor

struct EntryController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let entries = routes.grouped("entries")
        entries.get(use: index)
        entries.post(use: create)
        entries.get("search", use: search)
        entries.get("moods", use: moodStats)
        entries.group(":entryID") { entry in
            entry.get(use: show)
            entry.put(use: update)
            entry.delete(use: delete)
        }
    }

    func index(req: Request) async throws -> Page<Entry> {
        let userID = try req.auth.require(UserToken.self).userID
        return try await Entry.query(on: req.db)
            .filter(\.$user.$id == userID)
            .sort(\.$createdAt, .descending)
            .paginate(for: req)
    }

    func create(req: Request) async throws -> Entry {
        let userID = try req.auth.require(UserToken.self).userID
        try EntryInput.validate(content: req)
        let input = try req.content.decode(EntryInput.self)
        let entry = Entry(userID: userID, title: input.title, body: input.body, mood: input.mood)
        do {
            try await entry.save(on: req.db)
        } catch {
            req.logger.error("saving entry failed: \(error)")
            throw Abort(.internalServerError, reason: "Could not save the entry")
        }
        return entry
    }

    func show(req: Request) async throws -> Entry {
        try await ownedEntry(req)
    }

    func update(req: Request) async throws -> Entry {
        let entry = try await ownedEntry(req)
        try EntryInput.validate(content: req)
        let input = try req.content.decode(EntryInput.self)
        entry.title = input.title
        entry.body = input.body
        entry.mood = input.mood
        try await entry.update(on: req.db)
        return entry
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let entry = try await ownedEntry(req)
        try await entry.delete(on: req.db)
        return .noContent
    }

    /// Full-text-ish search over the user's entries, newest first unless `sort` says otherwise.
    func search(req: Request) async throws -> [Entry] {
        let userID = try req.auth.require(UserToken.self).userID
        let q = try req.query.get(String.self, at: "q")
        let sort = req.query[String.self, at: "sort"] ?? "created_at"
        let direction = req.query[String.self, at: "dir"] == "asc" ? "ASC" : "DESC"

        let sql = req.db as! any SQLDatabase
        return try await sql.raw("""
            SELECT * FROM \(ident: Entry.schema)
            WHERE user_id = \(bind: userID)
              AND (title ILIKE \(bind: "%" + q + "%") OR body ILIKE \(bind: "%" + q + "%"))
            ORDER BY \(unsafeRaw: sort) \(unsafeRaw: direction)
            LIMIT 50
            """).all(decodingFluent: Entry.self)
    }

    /// Counts per mood, optionally limited to one mood.
    func moodStats(req: Request) async throws -> [MoodCount] {
        let userID = try req.auth.require(UserToken.self).userID
        let sql = req.db as! any SQLDatabase
        if let mood = req.query[String.self, at: "mood"] {
            return try await sql.raw("SELECT mood, COUNT(*)::int AS count FROM entries WHERE user_id = \(bind: userID) AND mood = \(mood) GROUP BY mood")
                .all(decoding: MoodCount.self)
        }
        return try await sql.raw("SELECT mood, COUNT(*)::int AS count FROM entries WHERE user_id = \(bind: userID) GROUP BY mood ORDER BY count DESC")
            .all(decoding: MoodCount.self)
    }

    private func ownedEntry(_ req: Request) async throws -> Entry {
        let userID = try req.auth.require(UserToken.self).userID
        guard let entry = try await Entry.find(req.parameters.get("entryID"), on: req.db),
              entry.$user.id == userID else {
            throw Abort(.notFound)
        }
        return entry
    }
}
