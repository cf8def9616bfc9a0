/// What a live database's catalog says about its security boundary, as read by `skeptic db
/// audit`: relations, columns, policies, grants, functions, views and default privileges. Plain
/// values decoded from the catalog queries' JSON, so the audit itself needs no connection.
public struct CatalogSnapshot: Codable, Sendable, Equatable {
    public struct Relation: Codable, Sendable, Equatable {
        public var schema: String
        public var name: String
        /// pg_class.relkind: `r` table, `p` partitioned table, `v` view, `m` materialised view.
        public var kind: String
        public var rowLevelSecurity: Bool
        public var forceRowLevelSecurity: Bool
        public var owner: String
        public var comment: String?
        /// pg_class.reloptions, e.g. `security_invoker=true`.
        public var options: [String]?
    }

    public struct Column: Codable, Sendable, Equatable {
        public var schema: String
        public var table: String
        public var name: String
        public var type: String
        public var comment: String?
    }

    public struct Policy: Codable, Sendable, Equatable {
        public var schema: String
        public var table: String
        public var name: String
        /// pg_policy.polcmd: `r` select, `a` insert, `w` update, `d` delete, `*` all.
        public var command: String
        public var permissive: Bool
        /// `public` for PUBLIC.
        public var roles: [String]
        public var using: String?
        public var check: String?
    }

    public struct Grant: Codable, Sendable, Equatable {
        public var schema: String
        public var table: String
        /// `public` for PUBLIC.
        public var grantee: String
        /// `SELECT`, `INSERT`, ... as aclexplode names them.
        public var privilege: String
    }

    public struct Function: Codable, Sendable, Equatable {
        public var schema: String
        public var name: String
        public var arguments: String
        public var securityDefiner: Bool
        /// pg_proc.proconfig, e.g. `search_path=public`.
        public var settings: [String]?
        public var body: String?
        public var executors: [String]
    }

    public struct ViewSource: Codable, Sendable, Equatable {
        public var schema: String
        public var view: String
        public var sourceSchema: String
        public var sourceName: String
    }

    public struct DefaultPrivilege: Codable, Sendable, Equatable {
        public var owner: String
        public var schema: String?
        /// pg_default_acl.defaclobjtype: `r` tables, `f` functions, ...
        public var objectType: String
        public var grantee: String
        public var privilege: String
    }

    public var serverVersion: String
    public var database: String
    public var roles: [String]
    /// Roles that can log in and are subject to row-level security (not superusers, not
    /// BYPASSRLS): the roles an application may connect as. Absent in older snapshots.
    public var loginRoles: [String]?
    public var relations: [Relation]
    public var columns: [Column]
    public var policies: [Policy]
    public var grants: [Grant]
    public var functions: [Function]
    public var viewSources: [ViewSource]
    public var defaultPrivileges: [DefaultPrivilege]

    public init(
        serverVersion: String, database: String, roles: [String], relations: [Relation], columns: [Column], policies: [Policy],
        grants: [Grant], functions: [Function], viewSources: [ViewSource], defaultPrivileges: [DefaultPrivilege]
    ) {
        self.serverVersion = serverVersion
        self.database = database
        self.roles = roles
        self.relations = relations
        self.columns = columns
        self.policies = policies
        self.grants = grants
        self.functions = functions
        self.viewSources = viewSources
        self.defaultPrivileges = defaultPrivileges
    }

    /// Supabase's roles and `auth` schema are present: its platform grants apply, as in migrations.
    public var followsSupabaseConventions: Bool {
        let roles = Set(self.roles)
        return roles.contains("anon") && roles.contains("authenticated")
            && (relations.contains { $0.schema == "auth" } || functions.contains { $0.schema == "auth" })
    }
}

/// Writes a snapshot as the SQL that would create its security boundary, so the live database
/// is replayed by the same `MigrationReplay` as migrations and its findings point at readable
/// lines of this reconstructed schema.
public enum CatalogSchemaWriter {
    public static func sql(for snapshot: CatalogSnapshot, source: String, exposedSchemas: Set<String> = MigrationReplay.defaultExposedSchemas) -> String {
        var lines = [
            "-- The security boundary of \(source), reconstructed by skeptic db audit",
            "-- from read-only catalog queries (PostgreSQL \(snapshot.serverVersion)). Not a full schema dump.",
        ]
        let supabase = snapshot.followsSupabaseConventions
        let columns = Dictionary(grouping: snapshot.columns) { "\($0.schema).\($0.table)" }
        let grants = Dictionary(grouping: snapshot.grants) { "\($0.schema).\($0.table)" }
        let policies = Dictionary(grouping: snapshot.policies) { "\($0.schema).\($0.table)" }
        let relations = snapshot.relations.sorted { ($0.schema, $0.name) < ($1.schema, $1.name) }

        // Login roles that own tables: as owners they are exempt from row-level security.
        let owners = Set(relations.map(\.owner))
        // On Supabase the platform's own roles (postgres, supabase_*) own most tables; the app
        // reaches them through the API roles, so they are not taken for the app's role.
        let loginOwners = (snapshot.loginRoles ?? []).filter {
            owners.contains($0) && !isPlatformRole($0) && !(supabase && isSupabaseManagedRole($0))
        }.sorted()
        if !loginOwners.isEmpty { lines.append("") }
        for owner in loginOwners { lines.append("CREATE ROLE \(identifier(owner)) LOGIN;") }

        for relation in relations where relation.kind == "r" || relation.kind == "p" {
            let key = "\(relation.schema).\(relation.name)"
            let name = qualified(relation.schema, relation.name)
            let tableColumns = columns[key] ?? []
            lines.append("")
            lines.append("CREATE TABLE \(name) (\(tableColumns.map { "\(identifier($0.name)) \($0.type)" }.joined(separator: ", ")));")
            if let comment = relation.comment { lines.append("COMMENT ON TABLE \(name) IS \(literal(comment));") }
            for column in tableColumns {
                if let comment = column.comment { lines.append("COMMENT ON COLUMN \(name).\(identifier(column.name)) IS \(literal(comment));") }
            }
            if relation.rowLevelSecurity { lines.append("ALTER TABLE \(name) ENABLE ROW LEVEL SECURITY;") }
            if relation.forceRowLevelSecurity { lines.append("ALTER TABLE \(name) FORCE ROW LEVEL SECURITY;") }
            lines.append("ALTER TABLE \(name) OWNER TO \(identifier(relation.owner));")
            let assumed = supabase && exposedSchemas.contains(relation.schema) ? MigrationReplay.supabaseAPIRoles : []
            lines += grantLines(grants[key] ?? [], on: name, owner: relation.owner, assumedRoles: assumed)
            for policy in (policies[key] ?? []).sorted(by: { $0.name < $1.name }) {
                lines.append(policyLine(policy, on: name))
            }
        }
        for relation in relations where relation.kind == "v" || relation.kind == "m" {
            let sources = snapshot.viewSources
                .filter { $0.schema == relation.schema && $0.view == relation.name }
                .map { qualified($0.sourceSchema, $0.sourceName) }
                .sorted()
            let invoker = (relation.options ?? []).contains { $0.lowercased().replacingOccurrences(of: " ", with: "") == "security_invoker=true" || $0.lowercased() == "security_invoker=on" }
            let from = sources.isEmpty ? "" : " FROM \(sources.joined(separator: ", "))"
            lines.append("")
            lines.append("CREATE VIEW \(qualified(relation.schema, relation.name))\(invoker ? " WITH (security_invoker = true)" : "") AS SELECT *\(from);")
        }
        for function in snapshot.functions.sorted(by: { ($0.schema, $0.name, $0.arguments) < ($1.schema, $1.name, $1.arguments) }) {
            lines.append("")
            lines += functionLines(function)
        }
        // After the tables: default privileges shape only tables created from now on.
        let defaults = snapshot.defaultPrivileges.filter { $0.objectType == "r" && !(supabase && isPlatformRole($0.grantee)) }
        let grouped = Dictionary(grouping: defaults) { "\($0.owner)\u{0}\($0.schema ?? "")\u{0}\($0.grantee)" }
        for (_, entries) in grouped.sorted(by: { $0.key < $1.key }) {
            guard let first = entries.first else { continue }
            let schema = first.schema.map { " IN SCHEMA \(identifier($0))" } ?? ""
            lines.append("")
            lines.append("ALTER DEFAULT PRIVILEGES FOR ROLE \(identifier(first.owner))\(schema) GRANT \(entries.map(\.privilege).sorted().joined(separator: ", ")) ON TABLES TO \(role(first.grantee));")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Grants as they are. On Supabase the replay assumes the platform's grants to anon and
    /// authenticated in exposed schemas, as for migrations, so only what differs is written:
    /// revokes of privileges those roles lack.
    static func grantLines(_ grants: [CatalogSnapshot.Grant], on table: String, owner: String, assumedRoles assumed: [String]) -> [String] {
        var lines: [String] = []
        let byRole = Dictionary(grouping: grants.filter { $0.grantee != owner }, by: \.grantee).mapValues { Set($0.map { $0.privilege.lowercased() }) }
        let allPrivileges = Set(Privilege.allCases.map(\.rawValue))
        for role in assumed {
            let missing = allPrivileges.subtracting(byRole[role] ?? [])
            if !missing.isEmpty { lines.append("REVOKE \(missing.sorted().map { $0.uppercased() }.joined(separator: ", ")) ON \(table) FROM \(Self.role(role));") }
        }
        for (role, privileges) in byRole.sorted(by: { $0.key < $1.key }) where !assumed.contains(role) {
            let known = privileges.intersection(allPrivileges)
            guard !known.isEmpty else { continue }
            lines.append("GRANT \(known.sorted().map { $0.uppercased() }.joined(separator: ", ")) ON \(table) TO \(Self.role(role));")
        }
        return lines
    }

    static func policyLine(_ policy: CatalogSnapshot.Policy, on table: String) -> String {
        let command = ["r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"][policy.command] ?? "ALL"
        var line = "CREATE POLICY \(identifier(policy.name)) ON \(table) AS \(policy.permissive ? "PERMISSIVE" : "RESTRICTIVE") FOR \(command)"
        line += " TO \(policy.roles.isEmpty ? "PUBLIC" : policy.roles.map(role).joined(separator: ", "))"
        if let using = policy.using { line += " USING (\(using))" }
        if let check = policy.check { line += " WITH CHECK (\(check))" }
        return line + ";"
    }

    static func functionLines(_ function: CatalogSnapshot.Function) -> [String] {
        let name = qualified(function.schema, function.name)
        let body = function.body ?? ""
        var tag = "$skeptic$"
        while body.contains(tag) { tag = "$skeptic\(tag.count)$" }
        let settings = (function.settings ?? []).compactMap { setting -> String? in
            guard let equals = setting.firstIndex(of: "=") else { return nil }
            let key = setting[..<equals], value = setting[setting.index(after: equals)...]
            return "SET \(identifier(String(key))) = \(literal(String(value)))"
        }
        var lines = [
            "CREATE FUNCTION \(name)(\(function.arguments)) RETURNS void LANGUAGE plpgsql\(function.securityDefiner ? " SECURITY DEFINER" : "")"
                + settings.map { " " + $0 }.joined() + " AS \(tag)\(body)\(tag);"
        ]
        let executors = Set(function.executors)
        if !executors.contains("public") { lines.append("REVOKE EXECUTE ON FUNCTION \(name)(\(function.arguments)) FROM PUBLIC;") }
        for executor in executors.sorted() where executor != "public" {
            lines.append("GRANT EXECUTE ON FUNCTION \(name)(\(function.arguments)) TO \(role(executor));")
        }
        return lines
    }

    static func isPlatformRole(_ role: String) -> Bool { MigrationReplay.supabaseAPIRoles.contains(role) || role == "service_role" }

    static func isSupabaseManagedRole(_ role: String) -> Bool {
        ["postgres", "authenticator", "pgbouncer", "dashboard_user", "pgsodium_keyholder"].contains(role) || role.hasPrefix("supabase_")
    }

    static func qualified(_ schema: String, _ name: String) -> String { "\(identifier(schema)).\(identifier(name))" }

    static func role(_ name: String) -> String { name == "public" ? "PUBLIC" : identifier(name) }

    /// Always quoted, so reserved words and mixed case survive the round trip through the parser.
    static func identifier(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
