import Fluent
import Vapor

final class User: Model, Content, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @OptionalField(key: "legacy_md5") var legacyMD5: String?
    @Field(key: "is_admin") var isAdmin: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, email: String, displayName: String, passwordHash: String, isAdmin: Bool = false) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.isAdmin = isAdmin
    }

    struct Public: Content {
        var id: UUID?
        var email: String
        var displayName: String
    }

    var asPublic: Public { Public(id: id, email: email, displayName: displayName) }
}
