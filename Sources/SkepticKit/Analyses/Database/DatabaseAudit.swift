import Foundation

/// The native checks on the database model that rule files can name (`check:`).
public enum DatabaseCheck: String, Sendable, CaseIterable {
    case rlsPublicRead = "rls-public-read"
    case rlsWriteAnyRow = "rls-write-any-row"
    case rlsOwnershipTakeover = "rls-ownership-takeover"
    case rlsDisabled = "rls-disabled"
    case rlsNotForced = "rls-not-forced"
    case dbOvergrant = "db-overgrant"
    case securityDefiner = "security-definer"
}

/// One problem a check found in the model: where, what, and how sensitive the data behind it is.
public struct DatabaseIssue: Sendable {
    public var check: DatabaseCheck
    public var location: StatementLocation
    public var message: String
    public var sensitivity: DataSensitivity
    /// Stable identity of what is wrong (table and policy), for fingerprints.
    public var subject: String
}

/// Runs the database checks over a model replayed from migrations (or read from a live database).
public enum DatabaseAudit {
    /// Roles an API request runs as without any special grant: PUBLIC and Supabase's two API roles.
    static let apiRoles: Set<String> = ["public", "anon", "authenticated"]

    public static func issues(in model: DatabaseModel, checks: Set<DatabaseCheck>, settings: DatabaseSettings = DatabaseSettings()) -> [DatabaseIssue] {
        let exposedSchemas = settings.exposedSchemas
        func sensitivity(_ table: Table) -> (DataSensitivity, columns: [String]) { DataSensitivity.of(table, overrides: settings.sensitivity) }
        var issues: [DatabaseIssue] = []
        for table in model.tables.values.sorted(by: { $0.name < $1.name }) {
            let (sensitivity, columns) = sensitivity(table)
            let exposure = sensitivity == .unknown ? "" : " It holds \(sensitivity)\(columns.isEmpty ? "" : " (\(columns.joined(separator: ", ")))")."
            func issue(_ check: DatabaseCheck, _ location: StatementLocation, _ message: String, _ subject: String) {
                guard checks.contains(check) else { return }
                issues.append(DatabaseIssue(check: check, location: location, message: message + exposure, sensitivity: sensitivity, subject: subject))
            }
            let readers = rolesWith(.select, on: table)
            if !table.rowLevelSecurity {
                if !readers.isEmpty {
                    let how = table.disabledAt != nil ? "Row-level security was turned off" : "Row-level security is not enabled"
                    issue(.rlsDisabled, table.disabledAt ?? table.location,
                          "\(how) on \(table.name), and \(list(readers)) may query it: every row is readable (and writable, as far as the grants allow) by anyone with the API key.",
                          "\(table.name)")
                }
            } else {
                checkPolicies(table, readers: readers, issue: issue)
                checkOwner(table, model: model, appRoles: settings.appRoles, issue: issue)
            }
            checkGrants(table, issue: issue)
        }
        if checks.contains(.securityDefiner) {
            issues += securityDefinerIssues(model, exposedSchemas: exposedSchemas, sensitivity: { sensitivity($0).0 })
        }
        return issues.sorted { ($0.location.path, $0.location.line, $0.check.rawValue) < ($1.location.path, $1.location.line, $1.check.rawValue) }
    }

    /// API roles that hold `privilege` on the table.
    static func rolesWith(_ privilege: Privilege, on table: Table) -> [String] {
        table.grants.filter { apiRoles.contains($0.key) && $0.value.contains(privilege) }.map(\.key).sorted()
    }

    static func list(_ roles: [String]) -> String { roles.map { $0 == "public" ? "PUBLIC" : $0 }.joined(separator: ", ") }

    /// Roles a policy applies to that an API request can run as, among those holding the privilege.
    static func apiRoles(of policy: Policy, holding roles: [String]) -> [String] {
        if policy.roles.contains("public") { return roles }
        return policy.roles.filter { roles.contains($0) || (roles.contains("public") && apiRoles.contains($0)) }
    }

    private static func checkPolicies(_ table: Table, readers: [String], issue: (DatabaseCheck, StatementLocation, String, String) -> Void) {
        let policies = table.policies.values.sorted { ($0.location.path, $0.location.line, $0.name) < ($1.location.path, $1.location.line, $1.name) }
        /// A restrictive policy that ties rows to the user narrows every permissive one for its command.
        func restricted(_ command: PolicyCommand) -> Bool {
            policies.contains { !$0.permissive && $0.command.covers(command) && ($0.using ?? $0.withCheck)?.isOwnerBound == true }
        }
        for policy in policies where policy.permissive {
            let subject = "\(table.name) policy \(policy.name)"
            let quoted = "Policy \"\(policy.name)\" on \(table.name)"
            // Reads: USING decides which rows a SELECT returns.
            if policy.command.covers(.select), !restricted(.select), let using = policy.using {
                let who = apiRoles(of: policy, holding: readers)
                if !who.isEmpty, using.binding == .constantTrue || using.binding == .anySignedInUser {
                    let whom = using.binding == .anySignedInUser || who == ["authenticated"] ? "every signed-in user" : "anyone (\(list(who)))"
                    issue(.rlsPublicRead, policy.location,
                          "\(quoted) lets \(whom) read every row: its USING (\(using.text)) is not tied to the requesting user.", subject)
                }
            }
            for command in [PolicyCommand.insert, .update, .delete] where policy.command.covers(command) && !restricted(command) {
                let privilege: Privilege = command == .insert ? .insert : command == .update ? .update : .delete
                let who = apiRoles(of: policy, holding: rolesWith(privilege, on: table))
                guard !who.isEmpty else { continue }
                checkWrite(policy, command: command, who: who, quoted: quoted, subject: subject, issue: issue)
            }
        }
    }

    /// Write policies. Without WITH CHECK an UPDATE policy reuses USING for the new row, so an
    /// owner-bound USING alone is safe.
    private static func checkWrite(
        _ policy: Policy, command: PolicyCommand, who: [String], quoted: String, subject: String,
        issue: (DatabaseCheck, StatementLocation, String, String) -> Void
    ) {
        let whom = list(who)
        switch command {
        case .insert:
            let check = policy.withCheck ?? policy.using
            if let check, !check.isOwnerBound {
                issue(.rlsWriteAnyRow, policy.location,
                      "\(quoted) lets \(whom) insert rows that are not tied to themselves: WITH CHECK (\(check.text)) does not pin the owner column, so rows can be forged in other users' names.",
                      subject + " insert")
            }
        case .update:
            guard let using = policy.using else { return }
            if !using.isOwnerBound {
                if let check = policy.withCheck, check.isOwnerBound {
                    issue(.rlsOwnershipTakeover, policy.location,
                          "\(quoted) lets \(whom) update any row (USING (\(using.text))) as long as the new row is theirs (WITH CHECK (\(check.text))): a user can take over other users' rows.",
                          subject + " update")
                } else {
                    issue(.rlsWriteAnyRow, policy.location,
                          "\(quoted) lets \(whom) update any row: USING (\(using.text)) is not tied to the requesting user.", subject + " update")
                }
            } else if let check = policy.withCheck, !check.isOwnerBound {
                issue(.rlsWriteAnyRow, policy.location,
                      "\(quoted) lets \(whom) rewrite their own rows into anything: WITH CHECK (\(check.text)) is weaker than USING (\(using.text)), so a row can be handed to another user.",
                      subject + " update check")
            }
        case .delete:
            if let using = policy.using, !using.isOwnerBound {
                issue(.rlsWriteAnyRow, policy.location,
                      "\(quoted) lets \(whom) delete any row: USING (\(using.text)) is not tied to the requesting user.", subject + " delete")
            }
        default: break
        }
    }

    /// A table's owner skips its policies unless RLS is forced: an app that connects as the
    /// owner sees every row, whatever the policies say.
    private static func checkOwner(
        _ table: Table, model: DatabaseModel, appRoles: Set<String>, issue: (DatabaseCheck, StatementLocation, String, String) -> Void
    ) {
        guard !table.forceRowLevelSecurity, let owner = table.owner, let location = table.ownerLocation else { return }
        let consequence = "a table's owner bypasses its policies, so every query made as \(owner) reads and changes every row"
        let message: String
        if appRoles.contains(owner) {
            message = "\(table.name) is owned by \(owner), the role the application connects as (database.app-roles), and row-level security is not forced: \(consequence)."
        } else if let login = model.loginRoles[owner] {
            message = "\(table.name) is owned by \(owner), a role that can log in (\(login.path):\(login.line)), and row-level security is not forced: \(consequence). If the application connects as \(owner), its policies protect nothing."
        } else {
            return
        }
        issue(.rlsNotForced, location, message, "\(table.name) owner")
    }

    private static func checkGrants(_ table: Table, issue: (DatabaseCheck, StatementLocation, String, String) -> Void) {
        // Supabase's platform grants are assumed, not written: only grants in the files are reported.
        for (role, privileges) in table.writtenGrants.sorted(by: { $0.key < $1.key }) where role == "anon" || role == "public" {
            guard let location = table.grantLocations[role] else { continue }
            let writes = privileges.intersection(Privilege.writes).sorted()
            guard !writes.isEmpty else { continue }
            let truncate = privileges.contains(.truncate) ? " TRUNCATE is not subject to row-level security: it empties the table whatever the policies say." : ""
            let rls = table.rowLevelSecurity ? "" : " Row-level security is off, so nothing limits these writes."
            issue(.dbOvergrant, location,
                  "\(list([role])) is granted \(writes.map { $0.rawValue.uppercased() }.joined(separator: ", ")) on \(table.name): unauthenticated requests may change data.\(truncate)\(rls)",
                  "\(table.name) grant \(role)")
        }
    }

    private static func securityDefinerIssues(_ model: DatabaseModel, exposedSchemas: Set<String>, sensitivity: (Table) -> DataSensitivity) -> [DatabaseIssue] {
        var issues: [DatabaseIssue] = []
        let protected = model.tables.values.filter(\.rowLevelSecurity)
        for function in model.functions.values.sorted(by: { $0.name < $1.name }) where function.securityDefiner {
            let body = function.body.lowercased()
            let read = protected.filter { body.contains($0.name.name.lowercased()) }
            let level = read.map(sensitivity).max() ?? .unknown
            if !function.fixedSearchPath {
                issues.append(DatabaseIssue(
                    check: .securityDefiner, location: function.location,
                    message: "SECURITY DEFINER function \(function.name) has no fixed search_path: a caller who can create objects in a schema on the path can make it run their own functions or tables with the owner's rights.",
                    sensitivity: level, subject: "\(function.name) search_path"))
            }
            let callers = function.executors.intersection(apiRoles).sorted()
            // A body that asks who is calling (`where id = auth.uid()`) applies its own row check.
            let checksCaller = ["auth.uid()", "auth.jwt()", "current_user", "session_user", "request.jwt"].contains { body.contains($0) }
            if !read.isEmpty, !callers.isEmpty, !checksCaller {
                issues.append(DatabaseIssue(
                    check: .securityDefiner, location: function.location,
                    message: "SECURITY DEFINER function \(function.name) reads \(read.map(\.name.description).sorted().joined(separator: ", ")), protected by row-level security, and \(list(callers)) may execute it: it runs with its owner's rights, past every policy.",
                    sensitivity: level, subject: "\(function.name) bypass"))
            }
        }
        for view in model.views.values.sorted(by: { $0.name < $1.name }) where !view.securityInvoker {
            let read = view.sources.compactMap { model.tables[$0] }.filter(\.rowLevelSecurity)
            guard !read.isEmpty, exposedSchemas.contains(view.name.schema) else { continue }
            issues.append(DatabaseIssue(
                check: .securityDefiner, location: view.location,
                message: "View \(view.name) reads \(read.map(\.name.description).sorted().joined(separator: ", ")) with its owner's rights (no security_invoker): row-level security on those tables does not apply to queries through it.",
                sensitivity: read.map(sensitivity).max() ?? .unknown, subject: "\(view.name) view"))
        }
        return issues
    }
}
