import Hummingbird
import Vapor

func configureCORS(_ app: Application) throws {
    let cors = CORSMiddleware.Configuration(
        // ruleid: swift-cors-credentials-any-origin
        allowedOrigin: .originBased,
        allowedMethods: [.GET, .POST, .PUT, .DELETE, .OPTIONS],
        allowedHeaders: [.accept, .authorization, .contentType, .origin],
        allowCredentials: true
    )
    app.middleware.use(CORSMiddleware(configuration: cors), at: .beginning)

    // ruleid: swift-cors-credentials-any-origin
    let wide = CORSMiddleware.Configuration(allowedOrigin: .all, allowedMethods: [.GET], allowedHeaders: [.authorization], allowCredentials: true)
    _ = wide

    let echo = CORSMiddleware.Configuration(
        // ruleid: swift-cors-credentials-any-origin
        allowedOrigin: .dynamic({ req in req.headers.first(name: .origin) ?? "" }),
        allowedMethods: [.GET, .POST],
        allowedHeaders: [.contentType],
        allowCredentials: true
    )
    _ = echo

    let listed = CORSMiddleware.Configuration(
        // ok: swift-cors-credentials-any-origin
        allowedOrigin: .any(["https://journal.example.com", "https://admin.journal.example.com"]),
        allowedMethods: [.GET, .POST],
        allowedHeaders: [.accept, .authorization, .contentType],
        allowCredentials: true
    )
    app.middleware.use(CORSMiddleware(configuration: listed))

    let publicAPI = CORSMiddleware.Configuration(
        // ok: swift-cors-credentials-any-origin
        allowedOrigin: .all,
        allowedMethods: [.GET],
        allowedHeaders: [.accept]
    )
    _ = publicAPI

    let checked = CORSMiddleware.Configuration(
        // ok: swift-cors-credentials-any-origin
        allowedOrigin: .dynamic({ req in
            let origin = req.headers.first(name: .origin) ?? ""
            return allowedOrigins.contains(origin) ? origin : ""
        }),
        allowedMethods: [.GET],
        allowedHeaders: [.accept],
        allowCredentials: true
    )
    _ = checked
}

let allowedOrigins: Set<String> = ["https://journal.example.com"]

func buildRouter() -> Router<BasicRequestContext> {
    let router = Router()
    // ruleid: swift-cors-credentials-any-origin
    router.add(middleware: CORSMiddleware(allowOrigin: .originBased, allowHeaders: [.contentType, .authorization], allowMethods: [.get, .post], allowCredentials: true))
    // ruleid: swift-cors-credentials-any-origin
    router.add(middleware: CORSMiddleware(allowHeaders: [.contentType], allowCredentials: true))
    // ok: swift-cors-credentials-any-origin
    router.add(middleware: CORSMiddleware(allowOrigin: .custom("https://journal.example.com"), allowCredentials: true))
    return router
}

struct EchoOriginMiddleware: AsyncMiddleware {
    func respond(to request: Vapor.Request, chainingTo next: AsyncResponder) async throws -> Vapor.Response {
        let response = try await next.respond(to: request)
        // ruleid: swift-cors-credentials-any-origin
        response.headers.replaceOrAdd(name: .accessControlAllowOrigin, value: request.headers.first(name: .origin) ?? "*")
        response.headers.replaceOrAdd(name: .accessControlAllowCredentials, value: "true")
        return response
    }
}

struct AllowListedOriginMiddleware: AsyncMiddleware {
    let allowed: Set<String>

    func respond(to request: Vapor.Request, chainingTo next: AsyncResponder) async throws -> Vapor.Response {
        let response = try await next.respond(to: request)
        if let origin = request.headers.first(name: .origin), allowed.contains(origin) {
            // ok: swift-cors-credentials-any-origin
            response.headers.replaceOrAdd(name: .accessControlAllowOrigin, value: origin)
            response.headers.replaceOrAdd(name: .accessControlAllowCredentials, value: "true")
        }
        return response
    }
}

struct GuardedOriginMiddleware: AsyncMiddleware {
    func respond(to request: Vapor.Request, chainingTo next: AsyncResponder) async throws -> Vapor.Response {
        let response = try await next.respond(to: request)
        guard let origin = request.headers.first(name: .origin), allowedOrigins.contains(origin) else {
            return response
        }
        // ok: swift-cors-credentials-any-origin
        response.headers.add(name: "Access-Control-Allow-Origin", value: origin)
        return response
    }
}

struct HBEchoMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Hummingbird.Request, context: Context, next: (Hummingbird.Request, Context) async throws -> Hummingbird.Response) async throws -> Hummingbird.Response {
        var response = try await next(request, context)
        // ruleid: swift-cors-credentials-any-origin
        response.headers[.accessControlAllowOrigin] = request.headers[.origin]
        response.headers[.accessControlAllowCredentials] = "true"
        return response
    }
}
