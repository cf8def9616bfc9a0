import Crypto
import CryptoSwift
import Foundation
import Vapor

struct RegisterInput: Content {
    var email: String
    var password: String
}

struct AuthController {
    func register(req: Request) async throws -> HTTPStatus {
        let input = try req.content.decode(RegisterInput.self)
        // ruleid: swift-weak-password-hash
        let digest = SHA256.hash(data: Data(input.password.utf8))
        let passwordHash = digest.map { String(format: "%02x", $0) }.joined()
        _ = passwordHash
        return .created
    }

    func legacyLogin(req: Request, password: String, stored: String) -> Bool {
        // ruleid: swift-weak-password-hash
        let md5 = Insecure.MD5.hash(data: password.data(using: .utf8)!)
        return md5.description == stored
    }

    func salted(password: String, salt: String) -> String {
        // ruleid: swift-weak-password-hash
        let digest = SHA512.hash(data: Data((salt + password).utf8))
        return Data(digest).base64EncodedString()
    }

    func incremental(newPassword: String) -> String {
        var hasher = SHA256()
        // ruleid: swift-weak-password-hash
        hasher.update(data: Data(newPassword.utf8))
        return hasher.finalize().description
    }

    func cryptoSwift(pwd: String) -> String {
        // ruleid: swift-weak-password-hash
        return pwd.sha256()
    }

    func sha1Legacy(user: User) -> String {
        // ruleid: swift-weak-password-hash
        return Insecure.SHA1.hash(data: Data(user.password.utf8)).description
    }

    func registerSafe(req: Request) async throws -> HTTPStatus {
        let input = try req.content.decode(RegisterInput.self)
        // ok: swift-weak-password-hash
        let passwordHash = try await req.password.async.hash(input.password)
        _ = passwordHash
        return .created
    }

    func bcrypt(password: String) throws -> String {
        // ok: swift-weak-password-hash
        return try Bcrypt.hash(password)
    }

    func resetToken(token: String) -> String {
        // ok: swift-weak-password-hash
        return SHA256.hash(data: Data(token.utf8)).description
    }

    func passwordResetToken(passwordResetToken: String) -> String {
        // ok: swift-weak-password-hash
        return SHA256.hash(data: Data(passwordResetToken.utf8)).description
    }

    func fileChecksum(data: Data) -> String {
        // ok: swift-weak-password-hash
        return Insecure.MD5.hash(data: data).description
    }

    func gravatar(email: String) -> String {
        // ok: swift-weak-password-hash
        return email.lowercased().md5()
    }
}
