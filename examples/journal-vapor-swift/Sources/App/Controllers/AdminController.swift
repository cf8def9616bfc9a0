import Fluent
import PostgresKit
import Vapor

struct AuditEvent: Content {
    var action: String
    var actor: String
    var createdAt: Date
}

struct AdminController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let admin = routes.grouped("admin")
        admin.get("users", use: users)
        admin.get("audit", use: audit)
        admin.post("export", ":userID", use: export)
    }

    func users(req: Request) async throws -> [User.Public] {
        let email = req.query[String.self, at: "email"] ?? ""
        return try await User.query(on: req.db)
            .filter(\.$email ~~ email)
            .limit(100)
            .all()
            .map(\.asPublic)
    }

    func audit(req: Request) async throws -> [AuditEvent] {
        let action = try req.query.get(String.self, at: "action")
        let postgres = req.db as! PostgresDatabase
        let sql = "SELECT action, actor, created_at FROM audit_log WHERE action = '\(action)' ORDER BY created_at DESC LIMIT 200"
        let result = try await postgres.query(sql).get()
        let actorCount = try await postgres.query(
            "SELECT COUNT(DISTINCT actor) FROM audit_log WHERE action = $1", [PostgresData(string: action)]
        ).get()
        req.logger.info("audit lookup for \(action): \(actorCount.rows.count) actors")
        return try result.rows.map { row in
            let columns = row.makeRandomAccess()
            return AuditEvent(
                action: try columns["action"].decode(String.self, context: .default),
                actor: try columns["actor"].decode(String.self, context: .default),
                createdAt: try columns["created_at"].decode(Date.self, context: .default)
            )
        }
    }

    /// Dumps one user's entries to a compressed CSV in the backups folder.
    func export(req: Request) async throws -> HTTPStatus {
        guard let userID = req.parameters.get("userID") else { throw Abort(.badRequest) }
        let label = req.query[String.self, at: "label"] ?? "export"
        let target = "/var/backups/journal/\(label)-\(userID).csv.gz"

        let dump = Process()
        dump.executableURL = URL(fileURLWithPath: "/bin/sh")
        dump.arguments = [
            "-c",
            "psql \"$DATABASE_URL\" -c \"\\copy (SELECT * FROM entries WHERE user_id = '\(userID)') TO STDOUT CSV HEADER\" | gzip > \(target)",
        ]
        try dump.run()
        dump.waitUntilExit()

        let rotate = Process()
        rotate.executableURL = URL(fileURLWithPath: "/bin/sh")
        rotate.arguments = ["-c", "find /var/backups/journal -name '*.csv.gz' -mtime +14 -delete"]
        try rotate.run()

        return dump.terminationStatus == 0 ? .created : .internalServerError
    }
}
