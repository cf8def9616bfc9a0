import Hummingbird
import Vapor

func configure(_ app: Application) throws {
    // ruleid: swift-cors-wildcard-origin
    app.middleware.use(CORSMiddleware(), at: .beginning)

    // ruleid: swift-cors-wildcard-origin
    app.middleware.use(CORSMiddleware(configuration: .default()))

    let corsConfiguration = CORSMiddleware.Configuration(
        // ruleid: swift-cors-wildcard-origin
        allowedOrigin: .all,
        allowedMethods: [.GET, .POST, .PUT, .OPTIONS, .DELETE, .PATCH],
        allowedHeaders: [.accept, .authorization, .contentType, .origin, .xRequestedWith]
    )
    app.middleware.use(CORSMiddleware(configuration: corsConfiguration), at: .beginning)

    let listed = CORSMiddleware.Configuration(
        // ok: swift-cors-wildcard-origin
        allowedOrigin: .any(["https://journal.example.com"]),
        allowedMethods: [.GET, .POST],
        allowedHeaders: [.accept, .authorization, .contentType]
    )
    // ok: swift-cors-wildcard-origin
    app.middleware.use(CORSMiddleware(configuration: listed))

    let withCredentials = CORSMiddleware.Configuration(
        // ok: swift-cors-wildcard-origin
        allowedOrigin: .originBased,
        allowedMethods: [.GET],
        allowedHeaders: [.accept],
        allowCredentials: true
    )
    _ = withCredentials

    let custom = CORSMiddleware.Configuration(
        // ok: swift-cors-wildcard-origin
        allowedOrigin: .custom("https://journal.example.com"),
        allowedMethods: [.GET],
        allowedHeaders: [.accept]
    )
    _ = custom
}

func router() -> Router<BasicRequestContext> {
    let router = Router()
    // ruleid: swift-cors-wildcard-origin
    router.add(middleware: CORSMiddleware(allowOrigin: .all, allowHeaders: [.contentType], allowMethods: [.get, .post]))
    // ruleid: swift-cors-wildcard-origin
    router.add(middleware: CORSMiddleware(allowHeaders: [.contentType, .authorization], allowMethods: [.get, .post, .delete]))
    // ok: swift-cors-wildcard-origin
    router.add(middleware: CORSMiddleware(allowOrigin: .custom("https://journal.example.com"), allowHeaders: [.contentType]))
    return router
}

struct PublicFeedMiddleware: AsyncMiddleware {
    func respond(to request: Vapor.Request, chainingTo next: AsyncResponder) async throws -> Vapor.Response {
        let response = try await next.respond(to: request)
        // ruleid: swift-cors-wildcard-origin
        response.headers.replaceOrAdd(name: .accessControlAllowOrigin, value: "*")
        // ok: swift-cors-wildcard-origin
        response.headers.replaceOrAdd(name: .accessControlAllowMethods, value: "*")
        return response
    }
}

struct HBPublicMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Hummingbird.Request, context: Context, next: (Hummingbird.Request, Context) async throws -> Hummingbird.Response) async throws -> Hummingbird.Response {
        var response = try await next(request, context)
        // ruleid: swift-cors-wildcard-origin
        response.headers[.accessControlAllowOrigin] = "*"
        // ok: swift-cors-wildcard-origin
        response.headers[.accessControlAllowOrigin] = "https://journal.example.com"
        return response
    }
}
