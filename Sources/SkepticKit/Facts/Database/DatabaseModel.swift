/// The database's own security boundary as migrations leave it: tables with their row-level
/// security state and policies, grants per role, functions and views. Built by replaying every
/// statement in migration order (`MigrationReplay`), later statements overriding earlier ones.
public struct DatabaseModel: Sendable {
    public var tables: [QualifiedName: Table] = [:]
    public var functions: [QualifiedName: Function] = [:]
    public var views: [QualifiedName: View] = [:]
    public var defaultPrivileges: [DefaultPrivilege] = []
    /// Supabase conventions are in use (`auth.uid()`, the `anon` / `authenticated` roles): the
    /// platform grants those roles every privilege on tables in exposed schemas by default.
    public var usesSupabaseConventions = false
    /// Roles the files create able to log in (`CREATE USER`, `CREATE ROLE ... LOGIN`), with the
    /// statement that made them so: the roles an application may connect as.
    public var loginRoles: [String: StatementLocation] = [:]

    public init() {}
}

/// `schema.name`; unqualified names are in `public`, as with PostgreSQL's default search path.
public struct QualifiedName: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var schema: String
    public var name: String

    public init(schema: String?, name: String) {
        self.schema = schema ?? "public"
        self.name = name
    }

    public var description: String { "\(schema).\(name)" }
    public static func < (lhs: QualifiedName, rhs: QualifiedName) -> Bool { (lhs.schema, lhs.name) < (rhs.schema, rhs.name) }
}

/// Where a statement is: file (relative to the scan root), line, and its text for excerpts.
public struct StatementLocation: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var byteRange: Range<Int>
}

/// Table privileges. `ALL` is every one of them.
public enum Privilege: String, Sendable, CaseIterable, Comparable {
    case select, insert, update, delete, truncate, references, trigger

    public static func < (lhs: Privilege, rhs: Privilege) -> Bool { lhs.rawValue < rhs.rawValue }
    public static let writes: Set<Privilege> = [.insert, .update, .delete, .truncate]
}

/// The commands a policy applies to.
public enum PolicyCommand: String, Sendable {
    case all, select, insert, update, delete

    func covers(_ command: PolicyCommand) -> Bool { self == .all || self == command }
}

public struct Column: Sendable {
    public var name: String
    public var type: String
    public var comment: String?
}

public struct Policy: Sendable {
    public var name: String
    public var command: PolicyCommand
    /// Role names, lowercased; `public` for PUBLIC (the default when none is given).
    public var roles: [String]
    public var permissive: Bool
    public var using: PolicyExpression?
    public var withCheck: PolicyExpression?
    public var location: StatementLocation
}

public struct Table: Sendable {
    public var name: QualifiedName
    public var columns: [Column] = []
    public var comment: String?
    public var rowLevelSecurity = false
    public var forceRowLevelSecurity = false
    public var policies: [String: Policy] = [:]
    /// Privileges per role (lowercased; `public` for PUBLIC), with the statement that last granted them.
    public var grants: [String: Set<Privilege>] = [:]
    /// The part of `grants` written in the files (not assumed platform defaults), with the
    /// statement that last granted to each role.
    public var writtenGrants: [String: Set<Privilege>] = [:]
    public var grantLocations: [String: StatementLocation] = [:]
    public var location: StatementLocation
    /// The statement that last turned row-level security off, if any.
    public var disabledAt: StatementLocation?
    /// The owning role when the files say (`ALTER TABLE ... OWNER TO`, or created after `SET
    /// ROLE`), and where they say it. The owner is exempt from row-level security unless forced.
    public var owner: String?
    public var ownerLocation: StatementLocation?
}

public struct Function: Sendable {
    public var name: QualifiedName
    public var securityDefiner: Bool
    /// `SET search_path = ...` is part of the definition.
    public var fixedSearchPath: Bool
    public var body: String
    /// Roles that may execute it: PUBLIC unless revoked.
    public var executors: Set<String> = ["public"]
    public var location: StatementLocation
}

public struct View: Sendable {
    public var name: QualifiedName
    public var securityInvoker: Bool
    public var sources: [QualifiedName]
    public var location: StatementLocation
}

public struct DefaultPrivilege: Sendable {
    public var schemas: [String]
    public var objectType: String
    public var roles: [String]
    public var privileges: Set<Privilege>
    public var location: StatementLocation
}
