import Fluent
import Vapor

struct ImageUpload: Content {
    var file: File
}

struct ImageController: RouteCollection {
    static let allowedExtensions: Set<String> = ["jpg", "jpeg", "png", "heic"]

    func boot(routes: RoutesBuilder) throws {
        routes.on(.POST, "entries", ":entryID", "image", body: .collect(maxSize: "10mb"), use: upload)
    }

    func upload(req: Request) async throws -> Entry {
        let userID = try req.auth.require(UserToken.self).userID
        guard let entry = try await Entry.find(req.parameters.get("entryID"), on: req.db),
              entry.$user.id == userID else {
            throw Abort(.notFound)
        }

        let upload = try req.content.decode(ImageUpload.self)
        let ext = (upload.file.extension ?? "").lowercased()
        guard Self.allowedExtensions.contains(ext) else {
            throw Abort(.unsupportedMediaType, reason: "Only JPEG, PNG and HEIC images are accepted")
        }

        let name = "\(UUID().uuidString).\(ext)"
        let uploads = req.application.directory.publicDirectory + "uploads/"
        let original = uploads + name
        try await req.fileio.writeFile(upload.file.data, at: original)

        let thumbnail = uploads + "thumb_" + name
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: "/usr/bin/convert")
        convert.arguments = [original, "-auto-orient", "-thumbnail", "400x400>", thumbnail]
        try convert.run()
        convert.waitUntilExit()
        guard convert.terminationStatus == 0 else {
            throw Abort(.unprocessableEntity, reason: "The image could not be processed")
        }

        entry.imagePath = "/uploads/" + name
        try await entry.save(on: req.db)
        return entry
    }
}
