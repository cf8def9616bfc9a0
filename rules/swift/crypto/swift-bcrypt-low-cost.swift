import Vapor

func configurePasswords(_ app: Application) {
    // ruleid: swift-bcrypt-low-cost
    app.passwords.use(.bcrypt(cost: 6))

    // ok: swift-bcrypt-low-cost
    app.passwords.use(.bcrypt(cost: 12))

    // ok: swift-bcrypt-low-cost
    app.passwords.use(.bcrypt)

    if app.environment == .testing {
        app.logger.notice("Using fast password hashing for tests")
        // ok: swift-bcrypt-low-cost
        app.passwords.use(.bcrypt(cost: 4))
    } else {
        // ruleid: swift-bcrypt-low-cost
        app.passwords.use(.bcrypt(cost: 8))
    }

    if app.environment == .testing {
        // ok: swift-bcrypt-low-cost
        app.passwords.use(.bcrypt(cost: 4))
    } else {
        // When the then-branch opens with a comment the whole `if` counts as test-only.
        // todoruleid: swift-bcrypt-low-cost
        app.passwords.use(.bcrypt(cost: 7))
    }
}

struct UserService {
    let bcryptCost = 8

    func hash(_ password: String) throws -> String {
        // ruleid: swift-bcrypt-low-cost
        return try Bcrypt.hash(password, cost: 8)
    }

    func hashWithDigest(_ password: String) throws -> String {
        let cost = 9
        // ruleid: swift-bcrypt-low-cost
        return try BCryptDigest().hash(password, cost: cost)
    }

    func hashWithProperty(_ password: String) throws -> String {
        // ruleid: swift-bcrypt-low-cost
        return try Bcrypt.hash(password, cost: bcryptCost)
    }

    func hashStrong(_ password: String) throws -> String {
        // ok: swift-bcrypt-low-cost
        return try Bcrypt.hash(password, cost: 12)
    }

    func hashDefault(_ password: String) throws -> String {
        // ok: swift-bcrypt-low-cost
        return try Bcrypt.hash(password)
    }

    func thumbnail(_ image: Image) -> Image {
        // ok: swift-bcrypt-low-cost
        return image.resize(cost: 2)
    }
}
