import CTreeSitter
import Glibc
import CTreeSitterGrammars

/// A tree-sitter grammar. `TSLanguage` values are immutable static tables, safe to share.
public struct Grammar: @unchecked Sendable {
    let pointer: OpaquePointer

    /// The symbol of the named node kind `name` (nil when the grammar has no such kind).
    public func symbol(named name: String) -> UInt16? {
        let symbol = name.withCString { ts_language_symbol_for_name(pointer, $0, UInt32(name.utf8.count), true) }
        return symbol == 0 ? nil : symbol
    }

    public static func `for`(_ language: Language) -> Grammar? {
        switch language {
        case .javascript: return Grammar(pointer: tree_sitter_javascript())
        case .typescript: return Grammar(pointer: tree_sitter_typescript())
        case .tsx: return Grammar(pointer: tree_sitter_tsx())
        case .python: return Grammar(pointer: tree_sitter_python())
        case .go: return Grammar(pointer: tree_sitter_go())
        case .swift: return Grammar(pointer: tree_sitter_swift())
        case .sql, .text: return nil
        }
    }
}

/// A point in time after which a file's work stops: parsing, queries and conditions share one,
/// so the per-file limit bounds the whole file, not each step.
public struct Deadline: Sendable {
    public let nanoseconds: UInt64

    public init(fromNow seconds: Double) {
        let budget = seconds.isFinite ? max(0, min(seconds, 86_400)) : 86_400
        nanoseconds = skeptic_monotonic_ns() &+ UInt64(budget * 1_000_000_000)
    }

    public var hasPassed: Bool { skeptic_monotonic_ns() > nanoseconds }
}

/// Why a parse produced no tree.
public enum ParseFailure: Error, Equatable {
    case timedOut
    case incompatibleGrammar
}

/// Owns a `TSParser`; one per worker, since parsers are not thread-safe.
public final class TreeSitterParser {
    private let parser: OpaquePointer

    public init() { parser = ts_parser_new() }
    deinit { ts_parser_delete(parser) }

    /// Parses UTF-8 `source`, giving up once `deadline` has passed.
    public func parse(_ source: SourceText, grammar: Grammar, deadline: Deadline) throws -> SyntaxTree {
        guard ts_parser_set_language(parser, grammar.pointer) else { throw ParseFailure.incompatibleGrammar }
        let deadline = deadline.nanoseconds
        let tree = source.bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                skeptic_parse_buffer(parser, chars.baseAddress, UInt32(chars.count), deadline)
            }
        }
        guard let tree else {
            ts_parser_reset(parser)
            throw ParseFailure.timedOut
        }
        return SyntaxTree(tree: tree, source: source)
    }
}

/// A parsed file. Nodes borrow from it, so keep it alive while they are used.
public final class SyntaxTree {
    let tree: OpaquePointer
    public let source: SourceText

    init(tree: OpaquePointer, source: SourceText) {
        self.tree = tree
        self.source = source
    }
    deinit { ts_tree_delete(tree) }

    public var root: SyntaxNode { SyntaxNode(raw: ts_tree_root_node(tree), tree: self) }
}

/// A node of a syntax tree, with the helpers analyses need. It keeps its tree alive: a node
/// cannot outlive the memory it points into.
public struct SyntaxNode {
    let raw: TSNode
    let tree: SyntaxTree
    public var source: SourceText { tree.source }

    init(raw: TSNode, tree: SyntaxTree) {
        self.raw = raw
        self.tree = tree
    }

    init?(optional raw: TSNode, tree: SyntaxTree) {
        if ts_node_is_null(raw) { return nil }
        self.init(raw: raw, tree: tree)
    }

    public var kind: String { String(cString: ts_node_type(raw)) }
    /// The grammar's number for the node's kind: compare with `Grammar.symbol(named:)` to test a
    /// kind without building a string.
    public var symbol: UInt16 { ts_node_symbol(raw) }
    public var isNamed: Bool { ts_node_is_named(raw) }
    public var hasError: Bool { ts_node_has_error(raw) }
    public var isError: Bool { ts_node_is_error(raw) || ts_node_is_missing(raw) }
    public var startByte: Int { Int(ts_node_start_byte(raw)) }
    public var endByte: Int { Int(ts_node_end_byte(raw)) }
    public var byteRange: Range<Int> { startByte..<endByte }
    /// Zero-based row of the first byte.
    public var startRow: Int { Int(ts_node_start_point(raw).row) }
    public var endRow: Int { Int(ts_node_end_point(raw).row) }
    public var text: String { source.text(byteRange) }
    public var identity: UInt { UInt(bitPattern: raw.id) }

    public var parent: SyntaxNode? { SyntaxNode(optional: ts_node_parent(raw), tree: tree) }
    public var childCount: Int { Int(ts_node_child_count(raw)) }
    public var namedChildCount: Int { Int(ts_node_named_child_count(raw)) }
    public func child(_ index: Int) -> SyntaxNode? { SyntaxNode(optional: ts_node_child(raw, UInt32(index)), tree: tree) }
    public func namedChild(_ index: Int) -> SyntaxNode? {
        SyntaxNode(optional: ts_node_named_child(raw, UInt32(index)), tree: tree)
    }
    public var namedChildren: [SyntaxNode] { (0..<namedChildCount).compactMap(namedChild) }
    public var children: [SyntaxNode] { (0..<childCount).compactMap(child) }

    public func field(_ name: String) -> SyntaxNode? {
        name.withCString { SyntaxNode(optional: ts_node_child_by_field_name(raw, $0, UInt32(name.utf8.count)), tree: tree) }
    }

    public var previousNamedSibling: SyntaxNode? { SyntaxNode(optional: ts_node_prev_named_sibling(raw), tree: tree) }
    public var nextNamedSibling: SyntaxNode? { SyntaxNode(optional: ts_node_next_named_sibling(raw), tree: tree) }

    /// The smallest node spanning `range`.
    public func descendant(forByteRange range: Range<Int>) -> SyntaxNode? {
        SyntaxNode(optional: ts_node_descendant_for_byte_range(raw, UInt32(range.lowerBound), UInt32(range.upperBound)), tree: tree)
    }

    public func contains(_ other: SyntaxNode) -> Bool {
        startByte <= other.startByte && other.endByte <= endByte
    }

    /// Ancestors from the parent outwards.
    public var ancestors: AnySequence<SyntaxNode> {
        AnySequence(sequence(first: self, next: { $0.parent }).dropFirst())
    }

    /// Pre-order walk of all descendants (including self), with a cursor: no recursion, no parent lookups.
    public func walk(_ visit: (SyntaxNode) -> Bool) {
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        var descend = true
        while true {
            if descend {
                let node = SyntaxNode(raw: ts_tree_cursor_current_node(&cursor), tree: tree)
                descend = visit(node)
                if descend, ts_tree_cursor_goto_first_child(&cursor) { continue }
            }
            if ts_tree_cursor_goto_next_sibling(&cursor) { descend = true; continue }
            if !ts_tree_cursor_goto_parent(&cursor) { return }
            descend = false
        }
    }
}

extension SyntaxNode: Equatable {
    public static func == (lhs: SyntaxNode, rhs: SyntaxNode) -> Bool { ts_node_eq(lhs.raw, rhs.raw) }
}

extension SyntaxNode {
    /// The tree as an S-expression with field names, for rule authors (`skeptic syntax`).
    public var sExpression: String {
        guard let pointer = ts_node_string(raw) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

extension SyntaxNode {
    public func fieldName(ofChild index: Int) -> String? {
        ts_node_field_name_for_child(raw, UInt32(index)).map { String(cString: $0) }
    }
}

extension SyntaxNode {
    /// Kinds that hold a string literal's characters, across the grammars.
    static let stringContentKinds: Set<String> = [
        "string_fragment", "string_content", "interpreted_string_literal_content", "raw_string_literal_content",
        "line_str_text", "multi_line_str_text",
    ]

    /// The nodes holding string-literal characters inside this node (quotes and interpolations excluded).
    public var stringContentNodes: [SyntaxNode] {
        var found: [SyntaxNode] = []
        guard let symbols = Self.stringContentSymbols.forNode(self) else { return [] }
        var skipBelow: Int = -1
        walk(only: symbols) { child in
            // String content does not nest; the first found covers what is below it.
            if child.startByte < skipBelow { return }
            found.append(child)
            skipBelow = child.endByte
        }
        return found
    }

    static let stringContentSymbols = SymbolSet.PerGrammar(stringContentKinds)
}
