import Vapor

struct ErrorResponse: Content {
    var error: Bool
    var reason: String
}

struct JSONErrorMiddleware: AsyncMiddleware {
    let environment: Environment

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as AbortError {
            let response = Response(status: abort.status, headers: abort.headers)
            try response.content.encode(ErrorResponse(error: true, reason: abort.reason))
            return response
        } catch {
            request.logger.report(error: error)
            let response = Response(status: .internalServerError)
            try response.content.encode(ErrorResponse(error: true, reason: error.localizedDescription))
            return response
        }
    }
}
