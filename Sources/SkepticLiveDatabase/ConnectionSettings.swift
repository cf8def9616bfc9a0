import Foundation

/// Where and how to connect, from a `postgres://` URL, with the password from the URL, else
/// `PGPASSWORD`, else the password file (`PGPASSFILE` or `~/.pgpass`), as libpq looks them up.
/// The password never appears in `description`, errors or reports.
public struct ConnectionSettings: Sendable, CustomStringConvertible {
    public enum TLSMode: String, Sendable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var password: String?
    public var tls: TLSMode
    /// Where the password came from, for messages: "the URL", "PGPASSWORD", "~/.pgpass" or nil.
    public var passwordSource: String?

    /// The URL without its password: what reports and messages print.
    public var description: String {
        var authority = host.hasPrefix("/") ? "" : host
        if host.contains(":"), !host.hasPrefix("[") { authority = "[\(host)]" }
        let socket = host.hasPrefix("/") ? "?host=\(host)" : ""
        return "postgres://\(Self.escape(user))@\(authority):\(port)/\(Self.escape(database))\(socket)"
    }

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let components = URLComponents(string: text), let scheme = components.scheme, ["postgres", "postgresql"].contains(scheme.lowercased()) else {
            throw Invalid(description: "the database URL must look like postgres://user@host:5432/database (password via PGPASSWORD or ~/.pgpass)")
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        host = query["host"] ?? components.host ?? environment["PGHOST"] ?? "localhost"
        port = components.port ?? query["port"].flatMap(Int.init) ?? environment["PGPORT"].flatMap(Int.init) ?? 5432
        user = components.user?.removingPercentEncoding ?? query["user"] ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? (query["dbname"] ?? environment["PGDATABASE"] ?? user) : (path.removingPercentEncoding ?? path)
        let mode = query["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer"
        guard let tls = TLSMode(rawValue: mode) else { throw Invalid(description: "unknown sslmode \(mode)") }
        self.tls = tls
        if let password = components.password?.removingPercentEncoding {
            self.password = password
            passwordSource = "the URL"
        } else if let password = environment["PGPASSWORD"], !password.isEmpty {
            self.password = password
            passwordSource = "PGPASSWORD"
        } else {
            let file = environment["PGPASSFILE"] ?? (environment["HOME"].map { $0 + "/.pgpass" } ?? "")
            if let password = Self.passwordFromFile(file, host: host, port: port, database: database, user: user) {
                self.password = password
                passwordSource = file
            }
        }
    }

    /// The first matching `host:port:database:user:password` line; `*` matches anything, `\`
    /// escapes `:` and `\`. Like libpq, a file others may read is ignored.
    static func passwordFromFile(_ path: String, host: String, port: Int, database: String, user: String) -> String? {
        guard !path.isEmpty, let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 == 0,
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return nil }
        let hostForFile = host.hasPrefix("/") ? "localhost" : host
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = splitEscaped(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [hostForFile, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    static func splitEscaped(_ line: String) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped { fields[fields.count - 1].append(character); escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case ":" where fields.count < 5: fields.append("")
            default: fields[fields.count - 1].append(character)
            }
        }
        return fields
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed.subtracting(CharacterSet(charactersIn: ":@/"))) ?? text
    }
}
