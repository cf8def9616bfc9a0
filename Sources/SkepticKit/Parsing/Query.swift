import CTreeSitter

/// A problem compiling a tree-sitter query, positioned within the query text.
public struct QueryCompileError: Error, CustomStringConvertible, Sendable {
    public var kind: String
    public var offset: Int
    /// One-based line and column within the query source.
    public var line: Int
    public var column: Int

    public var description: String { "invalid query (\(kind)) at query line \(line), column \(column)" }
}

/// A predicate written inline in a query, such as `(#eq? @name "x")`.
public struct QueryPredicate: Sendable {
    public enum Argument: Sendable, Equatable {
        case capture(Int)
        case string(String)
    }
    public var name: String
    public var arguments: [Argument]
}

/// A compiled tree-sitter query. Immutable once built, so it is shared across worker threads.
public final class CompiledQuery: @unchecked Sendable {
    let pointer: OpaquePointer
    public let captureNames: [String]
    public let patternCount: Int
    public let predicates: [[QueryPredicate]]
    /// Per pattern, the text comparisons (`#eq?`, `#any-of?` and negations) in byte form, so the
    /// runner can drop a match before building anything for it: broad patterns narrowed by a
    /// name comparison are the common case.
    let byteTests: [[ByteTest]]

    public init(grammar: Grammar, source: String) throws {
        var errorOffset: UInt32 = 0
        var errorType = TSQueryErrorNone
        let compiled = source.withCString { ts_query_new(grammar.pointer, $0, UInt32(source.utf8.count), &errorOffset, &errorType) }
        guard let compiled else {
            let prefix = source.utf8.prefix(Int(errorOffset))
            let line = prefix.filter { $0 == UInt8(ascii: "\n") }.count + 1
            let column = prefix.count - (prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0) + 1
            throw QueryCompileError(kind: Self.describe(errorType), offset: Int(errorOffset), line: line, column: column)
        }
        pointer = compiled
        captureNames = (0..<ts_query_capture_count(compiled)).map { id in
            var length: UInt32 = 0
            let name = ts_query_capture_name_for_id(compiled, id, &length)!
            return String(decoding: UnsafeRawBufferPointer(start: name, count: Int(length)), as: UTF8.self)
        }
        patternCount = Int(ts_query_pattern_count(compiled))
        predicates = (0..<UInt32(patternCount)).map { Self.readPredicates(compiled, pattern: $0) }
        byteTests = predicates.map { $0.compactMap(ByteTest.init) }
    }

    deinit { ts_query_delete(pointer) }

    public func captureIndex(named name: String) -> Int? { captureNames.firstIndex(of: name) }

    /// Byte offset in the query source where pattern `index` starts.
    public func startByte(ofPattern index: Int) -> Int { Int(ts_query_start_byte_for_pattern(pointer, UInt32(index))) }

    private static func readPredicates(_ query: OpaquePointer, pattern: UInt32) -> [QueryPredicate] {
        var count: UInt32 = 0
        guard let steps = ts_query_predicates_for_pattern(query, pattern, &count), count > 0 else { return [] }
        func string(_ id: UInt32) -> String {
            var length: UInt32 = 0
            let value = ts_query_string_value_for_id(query, id, &length)!
            return String(decoding: UnsafeRawBufferPointer(start: value, count: Int(length)), as: UTF8.self)
        }
        var result: [QueryPredicate] = []
        var current: [QueryPredicate.Argument] = []
        for step in UnsafeBufferPointer(start: steps, count: Int(count)) {
            switch step.type {
            case TSQueryPredicateStepTypeDone:
                if case .string(let name)? = current.first {
                    result.append(QueryPredicate(name: name, arguments: Array(current.dropFirst())))
                }
                current = []
            case TSQueryPredicateStepTypeCapture: current.append(.capture(Int(step.value_id)))
            default: current.append(.string(string(step.value_id)))
            }
        }
        return result
    }

    private static func describe(_ error: TSQueryError) -> String {
        switch error {
        case TSQueryErrorSyntax: return "syntax error"
        case TSQueryErrorNodeType: return "unknown node type"
        case TSQueryErrorField: return "unknown field"
        case TSQueryErrorCapture: return "unknown capture"
        case TSQueryErrorStructure: return "impossible pattern structure"
        case TSQueryErrorLanguage: return "language mismatch"
        default: return "error"
        }
    }
}

/// A text comparison done on source bytes. A capture absent from the match passes (as in the
/// evaluator: optional captures leave their predicates nothing to test).
struct ByteTest {
    enum Operand {
        case literals([[UInt8]])
        case capture(UInt32)
    }
    let capture: UInt32
    let operand: Operand
    let negated: Bool

    init?(_ predicate: QueryPredicate) {
        guard case .capture(let id)? = predicate.arguments.first else { return nil }
        capture = UInt32(id)
        let rest = predicate.arguments.dropFirst()
        switch predicate.name {
        case "eq?", "not-eq?":
            guard rest.count == 1 else { return nil }
            switch rest.first! {
            case .string(let value): operand = .literals([Array(value.utf8)])
            case .capture(let other): operand = .capture(UInt32(other))
            }
            negated = predicate.name == "not-eq?"
        case "any-of?", "not-any-of?":
            let values = rest.compactMap { argument -> [UInt8]? in if case .string(let value) = argument { return Array(value.utf8) } else { return nil } }
            guard values.count == rest.count else { return nil }
            operand = .literals(values)
            negated = predicate.name == "not-any-of?"
        default:
            return nil
        }
    }

    func passes(_ captures: UnsafeBufferPointer<TSQueryCapture>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func slice(_ id: UInt32) -> UnsafeBufferPointer<UInt8>? {
            guard let capture = captures.first(where: { $0.index == id }) else { return nil }
            let start = Int(ts_node_start_byte(capture.node)), end = Int(ts_node_end_byte(capture.node))
            guard start <= end, end <= bytes.count else { return nil }
            return UnsafeBufferPointer(rebasing: bytes[start..<end])
        }
        guard let text = slice(capture) else { return true }
        let equal: Bool
        switch operand {
        case .literals(let values): equal = values.contains { $0.elementsEqual(text) }
        case .capture(let other):
            guard let otherText = slice(other) else { return true }
            equal = text.elementsEqual(otherText)
        }
        return equal != negated
    }
}

/// One match of a query: which pattern matched, and the captured nodes.
public struct QueryMatch {
    public var patternIndex: Int
    public var captures: [(index: Int, node: SyntaxNode)]

    public func nodes(forCapture index: Int) -> [SyntaxNode] {
        captures.compactMap { $0.index == index ? $0.node : nil }
    }
}

/// Runs a query over a tree. One per worker: cursors hold per-run state.
public final class QueryRunner {
    private let cursor: OpaquePointer
    private let deadline: UnsafeMutablePointer<SkepticQueryDeadline>

    public init() {
        cursor = ts_query_cursor_new()
        deadline = .allocate(capacity: 1)
        deadline.initialize(to: SkepticQueryDeadline())
    }

    deinit {
        ts_query_cursor_delete(cursor)
        deadline.deallocate()
    }

    /// All matches of `query` under `node`; `timedOut` is set when the deadline cut the run short.
    /// With `range`, only matches of nodes that overlap those bytes (and so their ancestors too).
    public func matches(
        of query: CompiledQuery, in node: SyntaxNode, within range: Range<Int>? = nil, deadline end: Deadline
    ) -> (matches: [QueryMatch], timedOut: Bool) {
        deadline.pointee.deadline_ns = end.nanoseconds
        if let range {
            _ = ts_query_cursor_set_byte_range(cursor, UInt32(clamping: range.lowerBound), UInt32(clamping: range.upperBound))
        }
        defer { if range != nil { _ = ts_query_cursor_set_byte_range(cursor, 0, UInt32.max) } }
        skeptic_query_exec(cursor, query.pointer, node.raw, deadline)
        var result: [QueryMatch] = []
        var match = TSQueryMatch()
        let bytes = node.source.bytes
        while ts_query_cursor_next_match(cursor, &match) {
            let tests = query.byteTests[Int(match.pattern_index)]
            if !tests.isEmpty {
                let raw = UnsafeBufferPointer(start: match.captures, count: Int(match.capture_count))
                let passes = bytes.withUnsafeBufferPointer { buffer in tests.allSatisfy { $0.passes(raw, bytes: buffer) } }
                if !passes { continue }
            }
            let captures = UnsafeBufferPointer(start: match.captures, count: Int(match.capture_count)).map {
                (index: Int($0.index), node: SyntaxNode(raw: $0.node, tree: node.tree))
            }
            result.append(QueryMatch(patternIndex: Int(match.pattern_index), captures: captures))
        }
        return (result, deadline.pointee.expired)
    }
}
