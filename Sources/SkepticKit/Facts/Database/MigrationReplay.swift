import Foundation

/// One SQL file of the project, parsed, in the order its migration tool applies it.
public struct MigrationFile: Sendable {
    public var path: String
    public var source: SourceText
    public var statements: [SQLStatement]

    public init(path: String, source: SourceText) {
        self.path = path
        self.source = source
        statements = SQLParser.parse(source)
    }
}

/// Orders SQL files as migration tools apply them: Supabase, Prisma, Drizzle, dbmate, golang-
/// migrate, Flyway and friends all run files in lexical order of a timestamp or sequence prefix
/// (Prisma: of the folder holding `migration.sql`; Flyway: `V<version>__`). Migrations come
/// first, then other SQL files (schema dumps, seeds) by path.
public enum MigrationOrder {
    static let migrationFolders: Set<String> = ["migrations", "migration", "migrate", "drizzle", "flyway", "changelog", "schema"]

    public static func sorted(_ paths: [String]) -> [String] {
        paths.sorted { lhs, rhs in
            let (left, right) = (key(lhs), key(rhs))
            return left.group != right.group ? left.group < right.group : (left.version, lhs) < (right.version, rhs)
        }
    }

    /// Group 0: inside a migrations folder (ordered by version); group 1: any other SQL file.
    static func key(_ path: String) -> (group: Int, version: String) {
        let segments = path.split(separator: "/").map(String.init)
        guard let folder = segments.dropLast().lastIndex(where: { migrationFolders.contains($0.lowercased()) }) else {
            return (1, path)
        }
        // `migrations/20240101_init/migration.sql` (Prisma) orders by the folder below `migrations`.
        let versioned = segments[(folder + 1)...].joined(separator: "/")
        return (0, naturalKey(versioned))
    }

    /// Pads digit runs so `2_x` sorts before `10_x`, as sequence-numbered tools intend.
    static func naturalKey(_ text: String) -> String {
        var result = ""
        var digits = ""
        for character in text {
            if character.isNumber { digits.append(character); continue }
            if !digits.isEmpty { result += String(repeating: "0", count: max(0, 20 - digits.count)) + digits; digits = "" }
            result.append(character)
        }
        if !digits.isEmpty { result += String(repeating: "0", count: max(0, 20 - digits.count)) + digits }
        return result
    }
}

/// Replays parsed statements into a `DatabaseModel`. Statements Skeptic does not model (data
/// changes, indexes, types) are passed over; every modelled change overrides what came before.
public struct MigrationReplay {
    public private(set) var model = DatabaseModel()
    /// Roles that Supabase's platform grants every table privilege in exposed schemas.
    static let supabaseAPIRoles = ["anon", "authenticated"]
    /// Schemas whose tables Supabase's API exposes by default.
    public static let defaultExposedSchemas: Set<String> = ["public"]
    /// Schemas whose tables an API exposes.
    public var exposedSchemas: Set<String> = defaultExposedSchemas
    /// The role `SET ROLE` / `SET SESSION AUTHORIZATION` switched to: it owns what is created next.
    var currentRole: String?

    public init() {}

    /// `supabaseConventions`: whether the platform's grants apply; nil detects it from the files.
    public static func replay(
        _ files: [MigrationFile], exposedSchemas: Set<String> = defaultExposedSchemas, supabaseConventions: Bool? = nil
    ) -> DatabaseModel {
        var replay = MigrationReplay()
        replay.exposedSchemas = exposedSchemas
        replay.model.usesSupabaseConventions = supabaseConventions ?? files.contains { file in
            file.path.hasPrefix("supabase/") || file.path.contains("/supabase/")
                || file.statements.contains { statement in
                    guard let json = statement.parseTreeJSON else { return false }
                    return json.contains(#"{"sval":"auth"}"#) || json.contains(#""rolename":"anon""#) || json.contains(#""rolename":"authenticated""#)
                }
        }
        for file in files {
            for statement in file.statements {
                guard let json = statement.parseTreeJSON, let data = json.data(using: .utf8),
                    let tree = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                    let stmts = tree["stmts"] as? [[String: Any]]
                else { continue }
                let location = StatementLocation(path: file.path, line: statement.line, byteRange: statement.byteRange)
                for entry in stmts {
                    guard let body = entry["stmt"] as? [String: Any], let (kind, node) = body.first, let node = node as? [String: Any] else { continue }
                    replay.apply(kind, node, text: statement.text, at: location)
                }
            }
        }
        return replay.model
    }

    mutating func apply(_ kind: String, _ node: [String: Any], text: String, at location: StatementLocation) {
        switch kind {
        case "CreateStmt": createTable(node, at: location)
        case "AlterTableStmt": alterTable(node, at: location)
        case "CreatePolicyStmt": createPolicy(node, text: text, at: location)
        case "AlterPolicyStmt": alterPolicy(node, text: text)
        case "DropStmt": drop(node)
        case "RenameStmt": rename(node)
        case "GrantStmt": grant(node, at: location)
        case "AlterDefaultPrivilegesStmt": defaultPrivileges(node, at: location)
        case "CreateFunctionStmt": createFunction(node, at: location)
        case "ViewStmt": createView(node, at: location)
        case "CommentStmt": comment(node)
        case "VariableSetStmt": setRole(node)
        case "CreateRoleStmt": createRole(node, at: location)
        case "AlterRoleStmt": alterRole(node, at: location)
        case "DropRoleStmt": for role in Self.roles(node["roles"]) { model.loginRoles[role] = nil }
        default: break
        }
    }

    // MARK: Tables

    static func name(ofRangeVar node: Any?) -> QualifiedName? {
        guard let relation = node as? [String: Any], let name = relation["relname"] as? String else { return nil }
        return QualifiedName(schema: relation["schemaname"] as? String, name: name)
    }

    static func qualifiedName(_ parts: [String]) -> QualifiedName? {
        guard let last = parts.last else { return nil }
        return QualifiedName(schema: parts.count > 1 ? parts[parts.count - 2] : nil, name: last)
    }

    static func column(_ definition: Any) -> Column? {
        guard let column = (definition as? [String: Any])?["ColumnDef"] as? [String: Any], let name = column["colname"] as? String else { return nil }
        let type = JSONTree.names(column["typeName"] ?? [:], key: "names").filter { $0 != "pg_catalog" }.joined(separator: ".")
        return Column(name: name, type: type, comment: nil)
    }

    private mutating func createTable(_ node: [String: Any], at location: StatementLocation) {
        guard let name = Self.name(ofRangeVar: node["relation"]) else { return }
        if model.tables[name] != nil, node["if_not_exists"] as? Bool == true { return }
        var table = Table(name: name, location: location)
        if let currentRole { (table.owner, table.ownerLocation) = (currentRole, location) }
        table.columns = (node["tableElts"] as? [Any] ?? []).compactMap(Self.column)
        if model.usesSupabaseConventions, exposedSchemas.contains(name.schema) {
            // The platform's default privileges: anon and authenticated may do anything RLS allows.
            for role in Self.supabaseAPIRoles { table.grants[role] = Set(Privilege.allCases) }
        }
        for defaults in model.defaultPrivileges where defaults.objectType == "OBJECT_TABLE" && (defaults.schemas.isEmpty || defaults.schemas.contains(name.schema)) {
            for role in defaults.roles {
                table.grants[role, default: []].formUnion(defaults.privileges)
                table.writtenGrants[role, default: []].formUnion(defaults.privileges)
                table.grantLocations[role] = defaults.location
            }
        }
        model.tables[name] = table
    }

    private mutating func alterTable(_ node: [String: Any], at location: StatementLocation) {
        guard let name = Self.name(ofRangeVar: node["relation"]), model.tables[name] != nil else { return }
        for command in node["cmds"] as? [Any] ?? [] {
            guard let command = (command as? [String: Any])?["AlterTableCmd"] as? [String: Any], let subtype = command["subtype"] as? String else { continue }
            switch subtype {
            case "AT_EnableRowSecurity":
                model.tables[name]?.rowLevelSecurity = true
            case "AT_DisableRowSecurity":
                model.tables[name]?.rowLevelSecurity = false
                model.tables[name]?.disabledAt = location
            case "AT_ForceRowSecurity": model.tables[name]?.forceRowLevelSecurity = true
            case "AT_NoForceRowSecurity": model.tables[name]?.forceRowLevelSecurity = false
            case "AT_ChangeOwner":
                let owner = Self.role(command["newowner"])
                model.tables[name]?.owner = owner == "current_user" ? currentRole : owner
                model.tables[name]?.ownerLocation = location
            case "AT_AddColumn":
                if let column = command["def"].flatMap(Self.column) { model.tables[name]?.columns.append(column) }
            case "AT_DropColumn":
                if let dropped = command["name"] as? String { model.tables[name]?.columns.removeAll { $0.name == dropped } }
            default: break
            }
        }
    }

    // MARK: Roles

    /// `SET ROLE app` / `SET SESSION AUTHORIZATION app`; `RESET ROLE`, `SET ROLE NONE` and
    /// `DEFAULT` go back to the role running the migrations.
    private mutating func setRole(_ node: [String: Any]) {
        guard let variable = node["name"] as? String, variable == "role" || variable == "session_authorization" else { return }
        let value = (node["args"] as? [Any])?.first.flatMap(JSONTree.firstString)?.lowercased()
        currentRole = node["kind"] as? String == "VAR_SET_VALUE" && value != "none" ? value : nil
    }

    /// The LOGIN / NOLOGIN option among a role statement's options, if given.
    static func canLogin(_ options: Any?) -> Bool? {
        for option in options as? [Any] ?? [] {
            guard let element = (option as? [String: Any])?["DefElem"] as? [String: Any], element["defname"] as? String == "canlogin" else { continue }
            // Protobuf JSON leaves `false` out: `{"Boolean": {}}` is NOLOGIN.
            let argument = element["arg"] as? [String: Any]
            if let boolean = argument?["Boolean"] as? [String: Any] { return boolean["boolval"] as? Bool ?? false }
            if let integer = argument?["Integer"] as? [String: Any] { return (integer["ival"] as? Int ?? 0) != 0 }
        }
        return nil
    }

    private mutating func createRole(_ node: [String: Any], at location: StatementLocation) {
        guard let role = (node["role"] as? String)?.lowercased() else { return }
        // CREATE USER implies LOGIN; CREATE ROLE and CREATE GROUP do not.
        let login = Self.canLogin(node["options"]) ?? (node["stmt_type"] as? String == "ROLESTMT_USER")
        model.loginRoles[role] = login ? location : nil
    }

    private mutating func alterRole(_ node: [String: Any], at location: StatementLocation) {
        guard let role = Self.role(node["role"]), let login = Self.canLogin(node["options"]) else { return }
        model.loginRoles[role] = login ? location : nil
    }

    // MARK: Policies

    /// Tables the Supabase platform creates itself, with RLS on and the API roles granted: their
    /// policies live in the project's migrations (`create policy ... on storage.objects`).
    static let supabasePlatformTables: [QualifiedName: [Column]] = [
        QualifiedName(schema: "storage", name: "objects"): ["id", "bucket_id", "name", "owner", "owner_id", "metadata"].map {
            Column(name: $0, type: "text", comment: nil)
        },
        QualifiedName(schema: "storage", name: "buckets"): ["id", "name", "owner", "owner_id", "public"].map { Column(name: $0, type: "text", comment: nil) },
    ]

    private mutating func createPolicy(_ node: [String: Any], text: String, at location: StatementLocation) {
        guard let table = Self.name(ofRangeVar: node["table"]), let name = node["policy_name"] as? String else { return }
        if model.tables[table] == nil, model.usesSupabaseConventions, let columns = Self.supabasePlatformTables[table] {
            var platform = Table(name: table, location: location)
            platform.columns = columns
            platform.comment = "Files users upload: their content"
            platform.rowLevelSecurity = true
            for role in Self.supabaseAPIRoles { platform.grants[role] = Set(Privilege.allCases) }
            model.tables[table] = platform
        }
        guard model.tables[table] != nil else { return }
        let roles = Self.roles(node["roles"])
        model.tables[table]?.policies[name] = Policy(
            name: name,
            command: PolicyCommand(rawValue: (node["cmd_name"] as? String ?? "all").lowercased()) ?? .all,
            roles: roles.isEmpty ? ["public"] : roles,
            permissive: node["permissive"] as? Bool ?? false,
            using: node["qual"].map { PolicyExpression(tree: $0, text: Self.clause("using", in: text) ?? "") },
            withCheck: node["with_check"].map { PolicyExpression(tree: $0, text: Self.clause("with check", in: text) ?? "") },
            location: location)
    }

    private mutating func alterPolicy(_ node: [String: Any], text: String) {
        guard let table = Self.name(ofRangeVar: node["table"]), let name = node["policy_name"] as? String,
            model.tables[table]?.policies[name] != nil
        else { return }
        if let qual = node["qual"] { model.tables[table]?.policies[name]?.using = PolicyExpression(tree: qual, text: Self.clause("using", in: text) ?? "") }
        if let check = node["with_check"] {
            model.tables[table]?.policies[name]?.withCheck = PolicyExpression(tree: check, text: Self.clause("with check", in: text) ?? "")
        }
        let roles = Self.roles(node["roles"])
        if !roles.isEmpty { model.tables[table]?.policies[name]?.roles = roles }
    }

    static func roles(_ node: Any?) -> [String] {
        (node as? [Any] ?? []).compactMap { role(($0 as? [String: Any])?["RoleSpec"]) }
    }

    /// A RoleSpec's role: lowercased, `public` for PUBLIC, `current_user` for CURRENT_USER and friends.
    static func role(_ spec: Any?) -> String? {
        guard let role = spec as? [String: Any] else { return nil }
        switch role["roletype"] as? String {
        case "ROLESPEC_PUBLIC": return "public"
        case "ROLESPEC_CSTRING": return (role["rolename"] as? String)?.lowercased()
        case "ROLESPEC_CURRENT_USER", "ROLESPEC_CURRENT_ROLE", "ROLESPEC_SESSION_USER": return "current_user"
        default: return nil
        }
    }

    /// The parenthesised text after `keyword` (`using (...)`), for messages.
    static func clause(_ keyword: String, in text: String) -> String? {
        let lower = text.lowercased()
        var searchFrom = lower.startIndex
        while let found = lower.range(of: keyword, range: searchFrom..<lower.endIndex) {
            searchFrom = found.upperBound
            var index = found.upperBound
            while index < lower.endIndex, lower[index].isWhitespace { index = lower.index(after: index) }
            guard index < lower.endIndex, lower[index] == "(" else { continue }
            var depth = 0
            let start = index
            while index < lower.endIndex {
                if lower[index] == "(" { depth += 1 }
                if lower[index] == ")" {
                    depth -= 1
                    if depth == 0 {
                        let inner = text[text.index(after: start)..<index]
                        return inner.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                    }
                }
                index = lower.index(after: index)
            }
        }
        return nil
    }

    // MARK: Drops and renames

    private mutating func drop(_ node: [String: Any]) {
        let objects = (node["objects"] as? [Any] ?? []).map { object -> [String] in
            if let list = (object as? [String: Any])?["List"] { return JSONTree.names(list, key: "items") }
            return JSONTree.names(["items": [object]], key: "items")
        }
        switch node["removeType"] as? String {
        case "OBJECT_POLICY":
            for parts in objects {
                guard parts.count >= 2, let table = Self.qualifiedName(Array(parts.dropLast())) else { continue }
                model.tables[table]?.policies[parts[parts.count - 1]] = nil
            }
        case "OBJECT_TABLE":
            for parts in objects { if let name = Self.qualifiedName(parts) { model.tables[name] = nil } }
        case "OBJECT_VIEW":
            for parts in objects { if let name = Self.qualifiedName(parts) { model.views[name] = nil } }
        case "OBJECT_FUNCTION":
            for object in node["objects"] as? [Any] ?? [] {
                if let name = Self.qualifiedName(JSONTree.names((object as? [String: Any])?["ObjectWithArgs"] ?? [:], key: "objname")) {
                    model.functions[name] = nil
                }
            }
        default: break
        }
    }

    private mutating func rename(_ node: [String: Any]) {
        guard node["renameType"] as? String == "OBJECT_POLICY", let table = Self.name(ofRangeVar: node["relation"]),
            let old = node["subname"] as? String, let new = node["newname"] as? String,
            var policy = model.tables[table]?.policies.removeValue(forKey: old)
        else { return }
        policy.name = new
        model.tables[table]?.policies[new] = policy
    }

    // MARK: Privileges

    static func privileges(_ node: [String: Any]) -> Set<Privilege> {
        guard let list = node["privileges"] as? [Any] else { return Set(Privilege.allCases) }  // ALL
        return Set(list.compactMap { entry in
            ((entry as? [String: Any])?["AccessPriv"] as? [String: Any])?["priv_name"].flatMap { ($0 as? String).flatMap(Privilege.init(rawValue:)) }
        })
    }

    private mutating func grant(_ node: [String: Any], at location: StatementLocation) {
        let isGrant = node["is_grant"] as? Bool ?? false
        let roles = Self.roles(node["grantees"])
        let privileges = Self.privileges(node)
        switch node["objtype"] as? String {
        case "OBJECT_TABLE":
            var targets: [QualifiedName] = []
            if node["targtype"] as? String == "ACL_TARGET_ALL_IN_SCHEMA" {
                let schemas = (node["objects"] as? [Any] ?? []).compactMap { (($0 as? [String: Any])?["String"] as? [String: Any])?["sval"] as? String }
                targets = model.tables.keys.filter { schemas.contains($0.schema) }
            } else {
                targets = (node["objects"] as? [Any] ?? []).compactMap { Self.name(ofRangeVar: ($0 as? [String: Any])?["RangeVar"]) }
            }
            for table in targets where model.tables[table] != nil {
                for role in roles {
                    if isGrant {
                        model.tables[table]?.grants[role, default: []].formUnion(privileges)
                        model.tables[table]?.writtenGrants[role, default: []].formUnion(privileges)
                        model.tables[table]?.grantLocations[role] = location
                    } else {
                        model.tables[table]?.grants[role]?.subtract(privileges)
                        model.tables[table]?.writtenGrants[role]?.subtract(privileges)
                    }
                }
            }
        case "OBJECT_FUNCTION":
            // EXECUTE is the only function privilege.
            for object in node["objects"] as? [Any] ?? [] {
                guard let name = Self.qualifiedName(JSONTree.names((object as? [String: Any])?["ObjectWithArgs"] ?? [:], key: "objname")),
                    model.functions[name] != nil
                else { continue }
                for role in roles {
                    if isGrant { model.functions[name]?.executors.insert(role) } else { model.functions[name]?.executors.remove(role) }
                }
            }
        default: break
        }
    }

    private mutating func defaultPrivileges(_ node: [String: Any], at location: StatementLocation) {
        guard let action = node["action"] as? [String: Any], action["is_grant"] as? Bool == true else { return }
        var schemas: [String] = []
        for option in node["options"] as? [Any] ?? [] {
            guard let definition = (option as? [String: Any])?["DefElem"] as? [String: Any], definition["defname"] as? String == "schemas" else { continue }
            schemas = JSONTree.names(definition["arg"].flatMap { ($0 as? [String: Any])?["List"] } ?? [:], key: "items")
        }
        model.defaultPrivileges.append(DefaultPrivilege(
            schemas: schemas, objectType: action["objtype"] as? String ?? "", roles: Self.roles(action["grantees"]),
            privileges: Self.privileges(action), location: location))
    }

    // MARK: Functions, views, comments

    private mutating func createFunction(_ node: [String: Any], at location: StatementLocation) {
        guard let name = Self.qualifiedName(JSONTree.names(node, key: "funcname")) else { return }
        var definer = false, searchPath = false, body = ""
        for option in node["options"] as? [Any] ?? [] {
            guard let definition = (option as? [String: Any])?["DefElem"] as? [String: Any] else { continue }
            switch definition["defname"] as? String {
            case "security": definer = ((definition["arg"] as? [String: Any])?["Boolean"] as? [String: Any])?["boolval"] as? Bool ?? false
            case "set":
                let set = (definition["arg"] as? [String: Any])?["VariableSetStmt"] as? [String: Any]
                if (set?["name"] as? String)?.lowercased() == "search_path" { searchPath = true }
            case "as": body = JSONTree.names(definition["arg"].flatMap { ($0 as? [String: Any])?["List"] } ?? [:], key: "items").joined(separator: "\n")
            default: break
            }
        }
        // CREATE OR REPLACE keeps grants made on the earlier definition.
        let executors = model.functions[name]?.executors ?? ["public"]
        model.functions[name] = Function(name: name, securityDefiner: definer, fixedSearchPath: searchPath, body: body, executors: executors, location: location)
    }

    private mutating func createView(_ node: [String: Any], at location: StatementLocation) {
        guard let name = Self.name(ofRangeVar: node["view"]) else { return }
        var invoker = false
        for option in node["options"] as? [Any] ?? [] {
            guard let definition = (option as? [String: Any])?["DefElem"] as? [String: Any], definition["defname"] as? String == "security_invoker" else { continue }
            let value = JSONTree.firstString(definition["arg"] ?? [:])?.lowercased() ?? "true"
            invoker = ["true", "on", "1", "yes"].contains(value)
        }
        var sources: [QualifiedName] = []
        JSONTree.visit(node["query"] ?? [:]) { key, value in
            if key == "RangeVar", let source = Self.name(ofRangeVar: value) { sources.append(source) }
        }
        model.views[name] = View(name: name, securityInvoker: invoker, sources: sources, location: location)
    }

    private mutating func comment(_ node: [String: Any]) {
        guard let text = node["comment"] as? String else { return }
        let parts = JSONTree.names((node["object"] as? [String: Any])?["List"] ?? [:], key: "items")
        switch node["objtype"] as? String {
        case "OBJECT_COLUMN":
            guard parts.count >= 2, let table = Self.qualifiedName(Array(parts.dropLast())),
                let index = model.tables[table]?.columns.firstIndex(where: { $0.name == parts[parts.count - 1] })
            else { return }
            model.tables[table]?.columns[index].comment = text
        case "OBJECT_TABLE":
            if let table = Self.qualifiedName(parts) { model.tables[table]?.comment = text }
        default: break
        }
    }
}
