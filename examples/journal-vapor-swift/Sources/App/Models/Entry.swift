import Fluent
import Vapor

final class Entry: Model, Content, @unchecked Sendable {
    static let schema = "entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @Field(key: "mood") var mood: String
    @OptionalField(key: "image_path") var imagePath: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(userID: UUID, title: String, body: String, mood: String) {
        self.$user.id = userID
        self.title = title
        self.body = body
        self.mood = mood
    }
}

struct EntryInput: Content, Validatable {
    var title: String
    var body: String
    var mood: String

    static func validations(_ validations: inout Validations) {
        validations.add("title", as: String.self, is: !.empty && .count(...200))
        validations.add("mood", as: String.self, is: .in("great", "good", "okay", "low", "bad"))
    }
}

struct MoodCount: Content {
    var mood: String
    var count: Int
}
