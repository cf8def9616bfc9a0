import Fluent
import Hummingbird
import Vapor

struct ErrorResponse: Content {
    var error: Bool
    var reason: String
}

struct EntryController {
    func create(req: Vapor.Request) async throws -> Entry {
        let entry = try req.content.decode(Entry.self)
        do {
            try await entry.save(on: req.db)
        } catch {
            // ruleid: swift-error-details-to-client
            throw Abort(.internalServerError, reason: "Could not save entry: \(error)")
        }
        return entry
    }

    func update(req: Vapor.Request) async throws -> Entry {
        guard let entry = try await Entry.find(req.parameters.get("id"), on: req.db) else {
            throw Abort(.notFound)
        }
        do {
            try await entry.update(on: req.db)
        } catch {
            // ruleid: swift-error-details-to-client
            throw Abort(.internalServerError, reason: error.localizedDescription)
        }
        return entry
    }

    func delete(req: Vapor.Request) async throws -> HTTPStatus {
        do {
            try await Entry.query(on: req.db).filter(\.$id == req.parameters.get("id")!).delete()
        } catch {
            req.logger.error("delete failed: \(error)")
            // ok: swift-error-details-to-client
            throw Abort(.internalServerError, reason: "Could not delete entry")
        }
        return .noContent
    }

    func validate(req: Vapor.Request) async throws -> Entry {
        do {
            try Entry.validate(content: req)
        } catch let error as ValidationsError {
            // ok: swift-error-details-to-client
            throw Abort(.badRequest, reason: error.description)
        }
        return try req.content.decode(Entry.self)
    }

    func publish(req: Vapor.Request) async throws -> HTTPStatus {
        do {
            try await publishAll(req)
        } catch {
            let message = "Publishing failed: \(error)"
            req.logger.error("\(message)")
            // ruleid: swift-error-details-to-client
            throw Abort(.badGateway, reason: message)
        }
        return .ok
    }

    func importEntries(req: Vapor.Request) async throws -> [String: String] {
        do {
            try await importAll(req)
            return ["status": "ok"]
        } catch {
            // ruleid: swift-error-details-to-client
            return ["error": error.localizedDescription]
        }
    }
}

struct JSONErrorMiddleware: AsyncMiddleware {
    func respond(to request: Vapor.Request, chainingTo next: AsyncResponder) async throws -> Vapor.Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as AbortError {
            // ok: swift-error-details-to-client
            let body = ErrorResponse(error: true, reason: abort.reason)
            let response = Vapor.Response(status: abort.status)
            try response.content.encode(body)
            return response
        } catch {
            let response = Vapor.Response(status: .internalServerError)
            // ruleid: swift-error-details-to-client
            try response.content.encode(ErrorResponse(error: true, reason: String(describing: error)))
            return response
        }
    }
}

func makeErrorMiddleware(environment: Environment) -> ErrorMiddleware {
    ErrorMiddleware { req, error in
        let status: HTTPResponseStatus
        let reason: String
        switch error {
        case let abort as AbortError:
            status = abort.status
            reason = abort.reason
        default:
            status = .internalServerError
            reason = "\(error)"
        }
        let response = Vapor.Response(status: status)
        // Assignments inside the switch do not reach this use (binding index scopes them to the case).
        // ruleid: swift-error-details-to-client
        try? response.content.encode(ErrorResponse(error: true, reason: reason))
        return response
    }
}

func releaseAwareMiddleware(environment: Environment) -> ErrorMiddleware {
    ErrorMiddleware { req, error in
        let reason: String
        switch error {
        case let abort as AbortError:
            reason = abort.reason
        default:
            reason = environment.isRelease ? "Something went wrong." : String(describing: error)
        }
        let response = Vapor.Response(status: .internalServerError)
        // ok: swift-error-details-to-client
        try? response.content.encode(ErrorResponse(error: true, reason: reason))
        return response
    }
}

func plainTextMiddleware() -> ErrorMiddleware {
    ErrorMiddleware { req, error in
        // ruleid: swift-error-details-to-client
        Vapor.Response(status: .internalServerError, body: .init(string: error.localizedDescription))
    }
}

func gatedMiddleware(environment: Environment) -> ErrorMiddleware {
    ErrorMiddleware { req, error in
        if environment == .development {
            req.logger.debug("returning error details in development")
            // ok: swift-error-details-to-client
            return Vapor.Response(status: .internalServerError, body: .init(string: String(reflecting: error)))
        } else {
            // ruleid: swift-error-details-to-client
            return Vapor.Response(status: .internalServerError, body: .init(string: error.localizedDescription))
        }
    }
}

func defaultMiddleware(_ app: Application) {
    // ok: swift-error-details-to-client
    app.middleware.use(ErrorMiddleware.default(environment: app.environment))
}

// Hummingbird
func hummingbirdRoutes(router: Router<BasicRequestContext>) {
    router.post("entries") { request, context in
        do {
            return try await saveEntry(request, context)
        } catch {
            // ruleid: swift-error-details-to-client
            throw HTTPError(.internalServerError, message: "Save failed: \(error.localizedDescription)")
        }
    }
    router.get("entries") { request, context in
        do {
            return try await listEntries(request, context)
        } catch {
            context.logger.error("list failed", metadata: ["error": "\(error)"])
            // ok: swift-error-details-to-client
            throw HTTPError(.internalServerError, message: "Could not load entries")
        }
    }
}
