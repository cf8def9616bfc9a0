/// What a policy's USING or WITH CHECK expression ties rows to, read from PostgreSQL's parse tree.
public struct PolicyExpression: Sendable {
    public enum Binding: Sendable, Equatable {
        /// `true`, `1 = 1`: every row.
        case constantTrue
        /// `false`: no row.
        case constantFalse
        /// `auth.role() = 'authenticated'`: every row, for any signed-in user.
        case anySignedInUser
        /// Refers to the requesting user: `auth.uid() = user_id`, `current_user`, a JWT claim,
        /// or a membership subquery that does.
        case requestingUser
        /// Filters rows by their own columns only (`is_public`): not tied to who asks.
        case rowFilter
    }

    public var binding: Binding
    /// The expression as written, for messages.
    public var text: String

    /// Whether the expression limits rows to ones related to the requesting user.
    public var isOwnerBound: Bool { binding == .requestingUser || binding == .constantFalse }

    init(tree: Any, text: String) {
        self.text = text
        binding = Self.binding(of: tree)
    }

    static func binding(of tree: Any) -> Binding {
        if let constant = JSONTree.boolConstant(tree) { return constant ? .constantTrue : .constantFalse }
        var identity = false, roleCheck = false, columns = false
        JSONTree.visit(tree) { key, value in
            switch key {
            case "FuncCall":
                let name = JSONTree.names(value, key: "funcname").map { $0.lowercased() }
                let last = name.last ?? ""
                if name.first == "auth", ["uid", "jwt", "email"].contains(last) { identity = true }
                if name.first == "auth", last == "role" { roleCheck = true }
                if last == "current_setting", let argument = JSONTree.firstString(value), argument.contains("jwt") || argument.contains("user") {
                    identity = true
                }
            case "SQLValueFunction":
                let op = (value as? [String: Any])?["op"] as? String ?? ""
                if op.contains("CURRENT_USER") || op.contains("SESSION_USER") || op.contains("CURRENT_ROLE") { identity = true }
            case "ColumnRef":
                let fields = JSONTree.names(value, key: "fields")
                if fields.last?.lowercased() != "current_user" { columns = true }
            default: break
            }
        }
        if identity { return .requestingUser }
        if roleCheck && !columns { return .anySignedInUser }
        if columns { return .rowFilter }
        return .constantTrue
    }
}

/// Helpers over libpg_query's JSON parse trees (as decoded by JSONSerialization).
enum JSONTree {
    /// Calls `visit` with every object key and its value, depth first.
    static func visit(_ tree: Any, _ visitor: (String, Any) -> Void) {
        var pending: [Any] = [tree]
        while let node = pending.popLast() {
            if let object = node as? [String: Any] {
                for (key, value) in object {
                    visitor(key, value)
                    pending.append(value)
                }
            } else if let array = node as? [Any] {
                pending += array
            }
        }
    }

    /// `[{"String": {"sval": "auth"}}, {"String": {"sval": "uid"}}]` under `key` → ["auth", "uid"].
    static func names(_ node: Any, key: String) -> [String] {
        guard let list = (node as? [String: Any])?[key] as? [Any] else { return [] }
        return list.compactMap { (($0 as? [String: Any])?["String"] as? [String: Any])?["sval"] as? String }
    }

    /// The first string constant anywhere below `node`.
    static func firstString(_ node: Any) -> String? {
        var found: String?
        visit(node) { key, value in
            if found == nil, key == "sval", let text = value as? String { found = text }
        }
        return found
    }

    /// `true` / `false` when the expression is a boolean constant (also `'t'::boolean`).
    static func boolConstant(_ node: Any) -> Bool? {
        guard let object = node as? [String: Any] else { return nil }
        if let constant = object["A_Const"] as? [String: Any] {
            if let box = constant["boolval"] as? [String: Any] { return (box["boolval"] as? Bool) ?? false }
            if let box = constant["ival"] as? [String: Any] { return ((box["ival"] as? Int) ?? 0) != 0 }
        }
        if let cast = object["TypeCast"] as? [String: Any], let argument = cast["arg"] {
            if let text = JSONTree.firstString(argument)?.lowercased() { return ["t", "true", "1", "yes", "on"].contains(text) }
            return boolConstant(argument)
        }
        return nil
    }
}
