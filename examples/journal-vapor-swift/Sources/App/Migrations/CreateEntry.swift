import Fluent
import SQLKit

struct CreateUser: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("email", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("legacy_md5", .string)
            .field("is_admin", .bool, .required, .sql(.default(false)))
            .field("created_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(User.schema).delete()
    }
}

struct CreateEntry: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Entry.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("mood", .string, .required)
            .field("image_path", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Entry.schema).delete()
    }
}

struct CreateEntrySearchIndex: AsyncMigration {
    func prepare(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX IF NOT EXISTS entries_user_created_idx ON \(ident: Entry.schema) (user_id, created_at DESC)").run()
        try await sql.raw("CREATE INDEX IF NOT EXISTS entries_title_trgm_idx ON \(unsafeRaw: Entry.schema) USING gin (title gin_trgm_ops)").run()
    }

    func revert(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX IF EXISTS entries_title_trgm_idx").run()
        try await sql.raw("DROP INDEX IF EXISTS entries_user_created_idx").run()
    }
}
