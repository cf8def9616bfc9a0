import CTreeSitter

/// Text a file must contain for a rule pattern to match there: one of `alternatives`. Read off
/// the pattern's predicates on captures every match has (`#eq?`, `#any-of?`, `#match?` with a
/// required literal) and its conditions (`imported-from` names the module, `regex` and `one-of`
/// test the captured text). Matched text is file text, so a file without any alternative
/// cannot produce a finding for the pattern and its matches are dropped before any work.
struct FileGate: Hashable, Sendable {
    let alternatives: [[UInt8]]
    /// Alternatives are lower case; compare against the file folded to ASCII lower case.
    let caseInsensitive: Bool

    init?(alternatives: [[UInt8]], caseInsensitive: Bool) {
        // An empty alternative is in every file: no gate.
        guard !alternatives.isEmpty, !alternatives.contains(where: \.isEmpty) else { return nil }
        self.alternatives = alternatives
        self.caseInsensitive = caseInsensitive
    }

    /// The gates of a pattern of a compiled query (all must pass), from its inline predicates
    /// and the conditions of the rule pattern it belongs to.
    static func gates(query: CompiledQuery, pattern: Int, conditions: [CaptureCondition]) -> [FileGate] {
        var gates: [FileGate] = []
        for predicate in query.predicates[pattern] {
            guard case .capture(let capture)? = predicate.arguments.first else { continue }
            // Predicates on a capture a match may lack pass vacuously: no requirement.
            let quantifier = ts_query_capture_quantifier_for_id(query.pointer, UInt32(pattern), UInt32(capture))
            guard quantifier == TSQuantifierOne || quantifier == TSQuantifierOneOrMore else { continue }
            let strings = predicate.arguments.dropFirst().compactMap { argument -> [UInt8]? in
                if case .string(let value) = argument { return Array(value.utf8) } else { return nil }
            }
            switch predicate.name {
            case "eq?" where strings.count == 1 && predicate.arguments.count == 2,
                 "any-of?" where strings.count == predicate.arguments.count - 1:
                if let gate = FileGate(alternatives: strings, caseInsensitive: false) { gates.append(gate) }
            case "match?":
                if case .string(let expression)? = predicate.arguments.last, let regex = try? RegexPattern(expression) {
                    gates += regexGates(regex)
                }
            default:
                continue
            }
        }
        // A condition on a capture that is absent fails (lacks-keys aside), so every one of
        // these is a requirement whatever the capture's quantifier.
        for condition in conditions {
            switch condition.test {
            case .importedFrom(let modules):
                if let gate = FileGate(alternatives: modules.map { Array($0.utf8) }, caseInsensitive: false) { gates.append(gate) }
            case .oneOf(let options, negated: false):
                if let gate = FileGate(alternatives: options.sorted().map { Array($0.utf8) }, caseInsensitive: false) { gates.append(gate) }
            case .regex(let regex, negated: false):
                gates += regexGates(regex)
            default:
                continue
            }
        }
        return gates
    }

    /// What any text matching `regex` contains.
    static func regexGates(_ regex: RegexPattern) -> [FileGate] {
        if let literal = regex.literal {
            return FileGate(alternatives: literal.words, caseInsensitive: literal.caseInsensitive).map { [$0] } ?? []
        }
        guard let required = regex.required else { return [] }
        return required.factors.compactMap { FileGate(alternatives: $0, caseInsensitive: required.caseInsensitive) }
    }
}

/// A file's bytes, searched for gate literals; each literal is searched for once per file.
final class FileGateChecker {
    private let bytes: [UInt8]
    private lazy var folded: [UInt8] = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    /// `(?i)` folds non-ASCII letters too (the Kelvin sign is a `k`): a file with non-ASCII
    /// bytes is not ruled out by a case-insensitive gate.
    private lazy var isASCII: Bool = !bytes.contains { $0 >= 0x80 }
    private var found: [FileGate: Bool] = [:]

    init(bytes: [UInt8]) { self.bytes = bytes }

    func admits(_ gates: [FileGate]) -> Bool {
        gates.allSatisfy(admits)
    }

    func admits(_ gate: FileGate) -> Bool {
        if let known = found[gate] { return known }
        let result: Bool
        if gate.caseInsensitive {
            result = !isASCII || gate.alternatives.contains { ByteSearch.contains(folded, $0) }
        } else {
            result = gate.alternatives.contains { ByteSearch.contains(bytes, $0) }
        }
        found[gate] = result
        return result
    }
}

/// Substring search on bytes (glibc's memmem: vectorised, unlike a search on `String`).
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                skeptic_contains_bytes(hay.baseAddress, hay.count, pin.baseAddress, pin.count)
            }
        }
    }
}
