import Alamofire
import AsyncHTTPClient
import Fluent
import FluentPostgresDriver
import Foundation
import NIOSSL
import Vapor

func configureDatabase(_ app: Application) throws {
    var tls = TLSConfiguration.makeClientConfiguration()
    // ruleid: swift-tls-trust-all
    tls.certificateVerification = .none
    app.databases.use(.postgres(configuration: .init(
        hostname: Environment.get("DB_HOST") ?? "localhost",
        username: Environment.get("DB_USER") ?? "journal",
        password: Environment.get("DB_PASSWORD"),
        database: Environment.get("DB_NAME") ?? "journal",
        tls: .prefer(try .init(configuration: tls))
    )), as: .psql)
}

func configureDatabaseSafely(_ app: Application) throws {
    var tls = TLSConfiguration.makeClientConfiguration()
    // ok: swift-tls-trust-all
    tls.certificateVerification = .fullVerification
    tls.trustRoots = .file("/etc/ssl/certs/db-ca.pem")
    _ = tls
}

func httpClient() -> HTTPClient {
    // ruleid: swift-tls-trust-all
    let configuration = HTTPClient.Configuration(certificateVerification: .none)
    return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
}

func legacyClient() -> TLSConfiguration {
    // ruleid: swift-tls-trust-all
    return TLSConfiguration.makeClientConfiguration(certificateVerification: .noHostnameVerification)
}

func pinnedClient() -> TLSConfiguration {
    // ok: swift-tls-trust-all
    return TLSConfiguration.makeClientConfiguration(certificateVerification: .fullVerification)
}

let manager = ServerTrustManager(evaluators: [
    // ruleid: swift-tls-trust-all
    "api.journal.example.com": DisabledTrustEvaluator(),
    // ok: swift-tls-trust-all
    "cdn.journal.example.com": DefaultTrustEvaluator(),
])

final class TrustingDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let serverTrust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        // ruleid: swift-tls-trust-all
        completionHandler(.useCredential, URLCredential(trust: serverTrust))
    }
}

final class AsyncTrustingDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge) async -> (URLSession.AuthChallengeDisposition, URLCredential?) {
        if let trust = challenge.protectionSpace.serverTrust {
            // ruleid: swift-tls-trust-all
            return (.useCredential, URLCredential(trust: trust))
        }
        return (.performDefaultHandling, nil)
    }
}

final class PinningDelegate: NSObject, URLSessionDelegate {
    let pinnedKeyHashes: Set<String>

    init(pinnedKeyHashes: Set<String>) {
        self.pinnedKeyHashes = pinnedKeyHashes
    }

    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust, SecTrustEvaluateWithError(trust, nil),
              let key = SecTrustCopyKey(trust),
              let data = SecKeyCopyExternalRepresentation(key, nil) as Data?,
              pinnedKeyHashes.contains(SHA256.hash(data: data).description) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        // ok: swift-tls-trust-all
        completionHandler(.useCredential, URLCredential(trust: trust))
    }
}

func basicAuth(_ challenge: URLAuthenticationChallenge) -> URLCredential {
    // ok: swift-tls-trust-all
    return URLCredential(user: "journal", password: Environment.get("API_PASSWORD") ?? "", persistence: .forSession)
}
