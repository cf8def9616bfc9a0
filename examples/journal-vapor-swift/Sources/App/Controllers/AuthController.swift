import Crypto
import Fluent
import JWT
import Vapor

struct RegisterRequest: Content, Validatable {
    var email: String
    var displayName: String
    var password: String

    static func validations(_ validations: inout Validations) {
        validations.add("email", as: String.self, is: .email)
        validations.add("password", as: String.self, is: .count(10...))
    }
}

struct LoginRequest: Content {
    var email: String
    var password: String
}

struct TokenResponse: Content {
    var accessToken: String
    var refreshToken: String
}

struct AuthController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let auth = routes.grouped("auth")
        auth.post("register", use: register)
        auth.post("login", use: login)
    }

    func register(req: Request) async throws -> User.Public {
        try RegisterRequest.validate(content: req)
        let input = try req.content.decode(RegisterRequest.self)
        if try await User.query(on: req.db).filter(\.$email == input.email.lowercased()).first() != nil {
            throw Abort(.conflict, reason: "An account with this email already exists")
        }
        let user = User(
            email: input.email.lowercased(),
            displayName: input.displayName,
            passwordHash: try await req.password.async.hash(input.password)
        )
        try await user.save(on: req.db)
        return user.asPublic
    }

    func login(req: Request) async throws -> TokenResponse {
        let input = try req.content.decode(LoginRequest.self)
        guard let user = try await User.query(on: req.db).filter(\.$email == input.email.lowercased()).first() else {
            throw Abort(.unauthorized, reason: "Invalid email or password")
        }

        if let legacy = user.legacyMD5 {
            // Accounts imported from the old PHP app still carry an MD5 digest.
            let digest = Insecure.MD5.hash(data: Data(input.password.utf8))
            let hex = digest.map { String(format: "%02x", $0) }.joined()
            guard hex == legacy else { throw Abort(.unauthorized, reason: "Invalid email or password") }
            user.passwordHash = try await req.password.async.hash(input.password)
            user.legacyMD5 = nil
            try await user.save(on: req.db)
        } else {
            guard try await req.password.async.verify(input.password, created: user.passwordHash) else {
                throw Abort(.unauthorized, reason: "Invalid email or password")
            }
        }

        let userID = try user.requireID()
        let access = UserToken(
            subject: .init(value: userID.uuidString),
            expiration: .init(value: Date().addingTimeInterval(15 * 60)),
            isAdmin: user.isAdmin
        )
        let refresh = UserToken(
            subject: .init(value: userID.uuidString),
            expiration: .init(value: Date().addingTimeInterval(30 * 24 * 3600)),
            isAdmin: false
        )
        let refreshToken = try req.jwt.sign(refresh, kid: "refresh")
        let fingerprint = SHA256.hash(data: Data(refreshToken.utf8)).hexEncodedString()
        req.logger.info("issued refresh token \(fingerprint.prefix(8)) for \(userID)")
        return TokenResponse(accessToken: try req.jwt.sign(access), refreshToken: refreshToken)
    }
}
