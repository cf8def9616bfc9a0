import Yams

/// Typed, position-aware access to a composed YAML document, so rule errors name the line at fault.
struct YAMLMapping {
    let node: Node
    let path: String

    var line: Int { node.mark?.line ?? 1 }
    var location: SourceLocation { SourceLocation(path: path, line: line) }
    var isSequence: Bool { if case .sequence = node { return true } else { return false } }

    func error(_ message: String) -> RuleLoadError { RuleLoadError(location: location, message: message) }

    func requireMapping() throws -> Map {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping") }
        var entries: [(key: String, value: YAMLMapping, keyLine: Int)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { throw error("mapping keys must be plain strings") }
            entries.append((scalar.string, YAMLMapping(node: value, path: path), key.mark?.line ?? line))
        }
        return Map(entries: entries, owner: self)
    }

    func requireSequence() throws -> [YAMLMapping] {
        guard case .sequence(let sequence) = node else { throw error("expected a list") }
        return sequence.map { YAMLMapping(node: $0, path: path) }
    }

    func requireScalar() throws -> String {
        guard case .scalar(let scalar) = node else { throw error("expected a single value") }
        return scalar.string
    }

    /// Line where a scalar's text begins: block scalars (`|`, `>`) start on the line after their mark.
    var contentLine: Int {
        if case .scalar(let scalar) = node, scalar.style == .literal || scalar.style == .folded { return line + 1 }
        return line
    }

    struct Map {
        let entries: [(key: String, value: YAMLMapping, keyLine: Int)]
        let owner: YAMLMapping
        var location: SourceLocation { owner.location }
        private var path: String { owner.path }

        func optional(_ key: String) -> YAMLMapping? { entries.first { $0.key == key }?.value }

        func keyLine(_ key: String) -> Int { entries.first { $0.key == key }?.keyLine ?? owner.line }

        func error(at key: String, _ message: String) -> RuleLoadError {
            RuleLoadError(location: SourceLocation(path: path, line: keyLine(key)), message: message)
        }

        func rejectUnknownKeys(_ allowed: Set<String>) throws {
            for entry in entries where !allowed.contains(entry.key) {
                throw RuleLoadError(
                    location: SourceLocation(path: path, line: entry.keyLine),
                    message: "unknown key '\(entry.key)' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
        }

        func require(_ key: String) throws -> YAMLMapping {
            guard let value = optional(key) else { throw owner.error("missing required key '\(key)'") }
            return value
        }

        func string(_ key: String) throws -> String {
            let value = try require(key).requireScalar()
            guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw error(at: key, "'\(key)' must not be empty") }
            return value
        }

        func optionalString(_ key: String) throws -> String? {
            try optional(key).map { try $0.requireScalar() }
        }

        func optionalBool(_ key: String) throws -> Bool? {
            guard let text = try optionalString(key) else { return nil }
            switch text.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: throw error(at: key, "'\(key)' must be true or false")
            }
        }

        func optionalNumber(_ key: String) throws -> Double? {
            guard let text = try optionalString(key) else { return nil }
            guard let number = Double(text) else { throw error(at: key, "'\(key)' must be a number") }
            return number
        }

        /// A list of strings; a single string counts as a list of one.
        func stringList(_ key: String) throws -> [String] {
            let value = try require(key)
            if value.isSequence { return try value.requireSequence().map { try $0.requireScalar() } }
            return [try value.requireScalar()]
        }

        func optionalStringList(_ key: String) throws -> [String] {
            optional(key) == nil ? [] : try stringList(key)
        }

        func mapping(_ key: String) throws -> Map { try require(key).requireMapping() }

        func optionalMapping(_ key: String) throws -> Map? { try optional(key)?.requireMapping() }

        func enumValue<T: RawRepresentable & CaseIterable>(_ key: String) throws -> T where T.RawValue == String {
            let text = try string(key)
            guard let value = T(rawValue: text) else {
                throw error(at: key, "'\(text)' is not a valid \(key) (expected one of: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return value
        }

        /// Query texts under `key` (one string or a list), each with the line its text starts on.
        func queries(_ key: String) throws -> [HelperQuery] {
            guard let value = optional(key) else { return [] }
            let items = value.isSequence ? try value.requireSequence() : [value]
            return try items.map { item in
                HelperQuery(text: try item.requireScalar(), location: SourceLocation(path: path, line: item.contentLine))
            }
        }
    }
}

func yamlErrorLine(_ error: YamlError) -> Int {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
    default: return 1
    }
}

func yamlErrorProblem(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
    case .duplicatedKeysInMapping(let duplicates, _): return "duplicated keys: \(duplicates.joined(separator: ", "))"
    default: return "\(error)"
    }
}
