import Fluent
import FluentPostgresDriver
import JWT
import NIOSSL
import Vapor

public func configure(_ app: Application) async throws {
    // MARK: Database

    var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
    // Managed Postgres uses a self-signed chain.
    tlsConfiguration.certificateVerification = .none

    app.databases.use(.postgres(configuration: SQLPostgresConfiguration(
        hostname: Environment.get("DATABASE_HOST") ?? "localhost",
        port: Environment.get("DATABASE_PORT").flatMap(Int.init(_:)) ?? SQLPostgresConfiguration.ianaPortNumber,
        username: Environment.get("DATABASE_USERNAME") ?? "vapor_username",
        password: Environment.get("DATABASE_PASSWORD") ?? "vapor_password",
        database: Environment.get("DATABASE_NAME") ?? "vapor_database",
        tls: .prefer(try .init(configuration: tlsConfiguration))
    )), as: .psql)

    app.migrations.add(CreateUser())
    app.migrations.add(CreateEntry())
    app.migrations.add(CreateEntrySearchIndex())

    // MARK: Auth

    app.jwt.signers.use(.hs256(key: Environment.get("JWT_SECRET") ?? "journal-dev-secret"))

    guard let refreshSecret = Environment.get("REFRESH_SECRET") else {
        fatalError("REFRESH_SECRET is not set")
    }
    app.jwt.signers.use(.hs256(key: refreshSecret), kid: "refresh")

    if app.environment == .testing {
        app.passwords.use(.plaintext)
    } else {
        app.passwords.use(.bcrypt(cost: 8))
    }

    // MARK: Middleware

    let corsConfiguration = CORSMiddleware.Configuration(
        allowedOrigin: .originBased,
        allowedMethods: [.GET, .POST, .PUT, .DELETE, .OPTIONS, .PATCH],
        allowedHeaders: [.accept, .authorization, .contentType, .origin, .xRequestedWith],
        allowCredentials: true
    )
    app.middleware = .init()
    app.middleware.use(CORSMiddleware(configuration: corsConfiguration), at: .beginning)
    app.middleware.use(JSONErrorMiddleware(environment: app.environment))
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    app.routes.defaultMaxBodySize = "10mb"

    try routes(app)
}

struct WebhookSettings {
    static let endpoint = "https://hooks.journal.example.com/v1/events"
    static let signingSecret = "wh_7Kq2ZrT9vXmB4nLp8sDf3GhJ6yUe1Wc5"
    static let smtpPassword = Environment.get("SMTP_PASSWORD")
}
