import Crypto
import JWT
import JWTKit
import Vapor

// JWTKit 4 / Vapor JWT 4
func configureJWT4(_ app: Application) throws {
    // ruleid: swift-jwt-hardcoded-secret
    app.jwt.signers.use(.hs256(key: "secret"))

    // ruleid: swift-jwt-hardcoded-secret
    app.jwt.signers.use(.hs256(key: Environment.get("JWT_SECRET") ?? "dev-secret-change-me"))

    let signingKey = "k3y-for-the-journal-app-2024"
    // ruleid: swift-jwt-hardcoded-secret
    app.jwt.signers.use(JWTSigner.hs512(key: signingKey), kid: "main")

    // ok: swift-jwt-hardcoded-secret
    app.jwt.signers.use(.hs256(key: Environment.get("JWT_SECRET")!))

    guard let secret = Environment.get("JWT_SECRET") else {
        fatalError("JWT_SECRET is not set")
    }
    // ok: swift-jwt-hardcoded-secret
    app.jwt.signers.use(.hs256(key: secret))

    // ok: swift-jwt-hardcoded-secret
    app.jwt.signers.use(.es256(key: try .private(pem: Environment.get("JWT_PRIVATE_KEY")!)))
}

func signersFromBytes() -> JWTSigners {
    let signers = JWTSigners()
    // ruleid: swift-jwt-hardcoded-secret
    signers.use(.hs256(key: Data("not-so-secret".utf8)))
    let keyBytes = Data("another-literal-key".utf8)
    // ruleid: swift-jwt-hardcoded-secret
    signers.use(.hs384(key: keyBytes), kid: "legacy")
    // ok: swift-jwt-hardcoded-secret
    signers.use(.hs256(key: Data(Environment.get("JWT_SECRET")!.utf8)))
    return signers
}

// JWTKit 5 / Vapor JWT 5
func configureJWT5(_ app: Application) async throws {
    // ruleid: swift-jwt-hardcoded-secret
    await app.jwt.keys.add(hmac: "super-secret-signing-key", digestAlgorithm: .sha256)

    let fallback = ProcessInfo.processInfo.environment["JWT_SECRET"] ?? "local-dev-key"
    // ruleid: swift-jwt-hardcoded-secret
    await app.jwt.keys.add(hmac: HMACKey(from: fallback), digestAlgorithm: .sha256)

    // ruleid: swift-jwt-hardcoded-secret
    await app.jwt.keys.add(hmac: HMACKey(key: SymmetricKey(data: Data("literal-bytes".utf8))), digestAlgorithm: .sha512)

    guard let secret = Environment.get("JWT_SECRET") else { throw Abort(.internalServerError) }
    // ok: swift-jwt-hardcoded-secret
    await app.jwt.keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)

    // ok: swift-jwt-hardcoded-secret
    await app.jwt.keys.add(hmac: HMACKey(key: SymmetricKey(size: .bits256)), digestAlgorithm: .sha256)
}

// JSONWebToken.swift
func legacyToken(claims: ClaimSet) -> String {
    // ruleid: swift-jwt-hardcoded-secret
    return JWT.encode(claims: claims, algorithm: .hs256("secret".data(using: .utf8)!))
}

func legacyTokenFromEnv(claims: ClaimSet, config: AppConfig) -> String {
    // ok: swift-jwt-hardcoded-secret
    return JWT.encode(claims: claims, algorithm: .hs256(config.jwtSecret.data(using: .utf8)!))
}
