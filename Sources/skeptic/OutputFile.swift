import Foundation

/// Writes a report or schema to `path`. A regular file (or a new one) is replaced atomically, so
/// no reader sees half a report; anything else (`/dev/null`, `/dev/stdout`, a pipe) is written in
/// place, because renaming over it would replace the device with a plain file.
func writeOutput(_ text: String, to path: String) throws {
    let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    do { try text.write(toFile: path, atomically: type == nil || type == .typeRegular, encoding: .utf8) } catch {
        throw UsageFailure(description: "cannot write \(path): \(error.localizedDescription)")
    }
}
