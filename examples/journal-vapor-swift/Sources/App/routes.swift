import Fluent
import JWT
import Vapor

func routes(_ app: Application) throws {
    app.get("health") { _ in
        ["status": "ok"]
    }

    let api = app.grouped("api")
    try api.register(collection: AuthController())

    let protected = api.grouped(UserToken.authenticator(), UserToken.guardMiddleware())
    try protected.register(collection: EntryController())
    try protected.register(collection: ImageController())

    let admin = protected.grouped(AdminMiddleware())
    try admin.register(collection: AdminController())
}

struct UserToken: JWTPayload, Authenticatable {
    var subject: SubjectClaim
    var expiration: ExpirationClaim
    var isAdmin: Bool

    var userID: UUID {
        get throws {
            guard let id = UUID(uuidString: subject.value) else { throw Abort(.unauthorized) }
            return id
        }
    }

    func verify(using signer: JWTSigner) throws {
        try expiration.verifyNotExpired()
    }
}

struct AdminMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard let token = request.auth.get(UserToken.self), token.isAdmin else {
            throw Abort(.forbidden)
        }
        return try await next.respond(to: request)
    }
}
