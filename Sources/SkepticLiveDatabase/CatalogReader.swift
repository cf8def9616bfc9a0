import Foundation
import Logging
import NIOSSL
import PostgresNIO
import SkepticKit

/// Reads a live database's security boundary into a `CatalogSnapshot`. Read-only by
/// construction: one `READ ONLY` transaction with a statement timeout, catalog queries only,
/// rolled back at the end.
public struct CatalogReader: Sendable {
    public var settings: ConnectionSettings
    public var statementTimeoutSeconds: Int

    public init(settings: ConnectionSettings, statementTimeoutSeconds: Int = 10) {
        self.settings = settings
        self.statementTimeoutSeconds = max(1, statementTimeoutSeconds)
    }

    /// A failure with a message fit to print: no password, the server's own words when it gave any.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public func read() async throws -> CatalogSnapshot {
        var logger = Logger(label: "skeptic.db-audit")
        logger.logLevel = .critical
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: try configuration(), id: 1, logger: logger)
        } catch {
            throw Failure(description: "cannot connect to \(settings): \(Self.explain(error))")
        }
        do {
            let snapshot = try await readCatalog(connection, logger: logger)
            try await connection.close()
            return snapshot
        } catch {
            try? await connection.close()
            throw Failure(description: "catalog query on \(settings) failed: \(Self.explain(error))")
        }
    }

    func configuration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch settings.tls {
        case .disable: tls = .disable
        case .allow, .prefer, .require, .verifyCA, .verifyFull:
            var configuration = TLSConfiguration.makeClientConfiguration()
            // libpq's sslmode semantics: only verify-* check the certificate.
            switch settings.tls {
            case .verifyFull: configuration.certificateVerification = .fullVerification
            // skeptic-ignore: swift-tls-trust-all -- sslmode=verify-ca: the chain is checked, the host name is not, as in libpq
            case .verifyCA: configuration.certificateVerification = .noHostnameVerification
            // skeptic-ignore: swift-tls-trust-all -- sslmode=require/prefer encrypt without verifying, as in libpq; the user chose it
            default: configuration.certificateVerification = .none
            }
            let context = try NIOSSLContext(configuration: configuration)
            tls = settings.tls == .allow || settings.tls == .prefer ? .prefer(context) : .require(context)
        }
        var configuration: PostgresConnection.Configuration
        if settings.host.hasPrefix("/") {
            configuration = .init(unixSocketPath: "\(settings.host)/.s.PGSQL.\(settings.port)", username: settings.user, password: settings.password, database: settings.database)
        } else {
            configuration = .init(host: settings.host, port: settings.port, username: settings.user, password: settings.password, database: settings.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(Int64(statementTimeoutSeconds))
        return configuration
    }

    private func readCatalog(_ connection: PostgresConnection, logger: Logger) async throws -> CatalogSnapshot {
        try await connection.query("START TRANSACTION READ ONLY ISOLATION LEVEL REPEATABLE READ", logger: logger)
        // skeptic-ignore: swift-sql-unsafe-raw -- an Int, and SET takes no bind parameters
        try await connection.query(PostgresQuery(unsafeSQL: "SET LOCAL statement_timeout = '\(statementTimeoutSeconds)s'"), logger: logger)
        try await connection.query("SET LOCAL lock_timeout = '2s'", logger: logger)
        var parts: [String: Any] = [:]
        for (key, sql) in CatalogQueries.all {
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            var text = "null"
            for try await row in rows { text = try row.decode(String.self) }
            parts[key] = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        }
        try await connection.query("ROLLBACK", logger: logger)
        var header = parts["header"] as? [String: Any] ?? [:]
        parts["header"] = nil
        header.merge(parts) { first, _ in first }
        let data = try JSONSerialization.data(withJSONObject: header)
        return try JSONDecoder().decode(CatalogSnapshot.self, from: data)
    }

    static func explain(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                return message + (error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
            }
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}

/// The catalog queries, each returning one JSON text. Schemas of PostgreSQL itself are left out.
enum CatalogQueries {
    static let userSchema = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'"
    static let grantee = "CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END"

    static let all: [(String, String)] = [
        ("header", """
            SELECT json_build_object('serverVersion', current_setting('server_version'), 'database', current_database(),
              'roles', (SELECT coalesce(json_agg(rolname ORDER BY rolname), '[]') FROM pg_roles),
              'loginRoles', (SELECT coalesce(json_agg(rolname ORDER BY rolname), '[]') FROM pg_roles
                             WHERE rolcanlogin AND NOT rolsuper AND NOT rolbypassrls))::text
            """),
        ("relations", """
            SELECT coalesce(json_agg(json_build_object('schema', n.nspname, 'name', c.relname, 'kind', c.relkind::text,
              'rowLevelSecurity', c.relrowsecurity, 'forceRowLevelSecurity', c.relforcerowsecurity,
              'owner', pg_get_userbyid(c.relowner), 'comment', obj_description(c.oid, 'pg_class'), 'options', c.reloptions)
              ORDER BY n.nspname, c.relname), '[]')::text
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm') AND \(userSchema)
            """),
        ("columns", """
            SELECT coalesce(json_agg(json_build_object('schema', n.nspname, 'table', c.relname, 'name', a.attname,
              'type', format_type(a.atttypid, a.atttypmod), 'comment', col_description(c.oid, a.attnum))
              ORDER BY n.nspname, c.relname, a.attnum), '[]')::text
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND \(userSchema)
            """),
        ("policies", """
            SELECT coalesce(json_agg(json_build_object('schema', n.nspname, 'table', c.relname, 'name', p.polname,
              'command', p.polcmd::text, 'permissive', p.polpermissive,
              'roles', ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r) END FROM unnest(p.polroles) AS r),
              'using', pg_get_expr(p.polqual, p.polrelid), 'check', pg_get_expr(p.polwithcheck, p.polrelid))
              ORDER BY n.nspname, c.relname, p.polname), '[]')::text
            FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE \(userSchema)
            """),
        ("grants", """
            SELECT coalesce(json_agg(json_build_object('schema', n.nspname, 'table', c.relname, 'grantee', \(grantee),
              'privilege', a.privilege_type)), '[]')::text
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              CROSS JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
            WHERE c.relkind IN ('r', 'p') AND \(userSchema)
            """),
        ("functions", """
            SELECT coalesce(json_agg(json_build_object('schema', n.nspname, 'name', p.proname,
              'arguments', pg_get_function_identity_arguments(p.oid), 'securityDefiner', p.prosecdef,
              'settings', p.proconfig, 'body', p.prosrc,
              'executors', ARRAY(SELECT DISTINCT \(grantee) FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                                 WHERE a.privilege_type = 'EXECUTE'))), '[]')::text
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'p') AND \(userSchema)
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
            """),
        ("viewSources", """
            SELECT coalesce(json_agg(DISTINCT jsonb_build_object('schema', vn.nspname, 'view', v.relname,
              'sourceSchema', tn.nspname, 'sourceName', t.relname)), '[]')::text
            FROM pg_rewrite r JOIN pg_class v ON v.oid = r.ev_class JOIN pg_namespace vn ON vn.oid = v.relnamespace
              JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass
              JOIN pg_class t ON t.oid = d.refobjid AND t.oid <> v.oid JOIN pg_namespace tn ON tn.oid = t.relnamespace
            WHERE v.relkind IN ('v', 'm') AND vn.nspname NOT IN ('pg_catalog', 'information_schema') AND vn.nspname NOT LIKE 'pg\\_%'
            """),
        ("defaultPrivileges", """
            SELECT coalesce(json_agg(json_build_object('owner', pg_get_userbyid(d.defaclrole), 'schema', n.nspname,
              'objectType', d.defaclobjtype::text, 'grantee', \(grantee), 'privilege', a.privilege_type)), '[]')::text
            FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
              CROSS JOIN LATERAL aclexplode(d.defaclacl) a
            """),
    ]
}
