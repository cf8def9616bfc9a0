import Testing
@testable import SkepticKit

@Suite struct SecretDetectorTests {
    @Test(arguments: [
        "AKIAIOSFODNN7EXAMPLQ",
        "ghp_" + String(repeating: "aB3", count: 12),
        "sk_live_" + String(repeating: "x9Y", count: 9),
        "-----BEGIN RSA PRIVATE KEY-----",
        "postgres://app:Tr0ub4dor-3@db.internal:5432/app",
    ])
    func knownFormatsAreRecognised(text: String) {
        #expect(SecretDetector.knownFormat(in: text) != nil)
    }

    @Test(arguments: [
        "postgres://user:password@localhost/db",
        "sk_live_your_key_here_xxxxxxxxxxxxxxx",
        "https://example.com/path",
    ])
    func placeholdersAreNot(text: String) {
        #expect(SecretDetector.knownFormat(in: text) == nil)
    }

    @Test func likelySecretsNeedVarietyAndNoPlaceholders() {
        #expect(SecretDetector.isLikelySecret("q8Zr2LmP0vX7tN4w"))
        #expect(SecretDetector.isLikelySecret("supersecret123"))
        #expect(!SecretDetector.isLikelySecret("Password"))
        #expect(!SecretDetector.isLikelySecret("your-api-key-here"))
        #expect(!SecretDetector.isLikelySecret("aaaaaaaaaaaa"))
        #expect(!SecretDetector.isLikelySecret("Enter your password"))
        #expect(!SecretDetector.isLikelySecret("unit-test-jwt-secret-2024"))
        #expect(!SecretDetector.isLikelySecret("fake_stripe_key_Q8z"))
        #expect(SecretDetector.isLikelySecret("attest-9fK2mQ7xLp"))  // "test" inside a word is not a label
    }

    @Test func masksKeepOnlyAPrefix() {
        let masked = SecretDetector.mask("sk_live_abcdefghijklmnop")
        #expect(masked.hasPrefix("sk_l"))
        #expect(!masked.contains("abcdef"))
    }
}
