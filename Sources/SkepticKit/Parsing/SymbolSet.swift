import CTreeSitter

/// Node kinds as grammar symbols, so hot walks test a node by number instead of building its
/// kind's name. Every symbol with a listed name counts (grammars alias one name to several).
public struct SymbolSet: Sendable {
    private let members: [Bool]

    public init(_ names: Set<String>, in grammar: Grammar) {
        let count = Int(ts_language_symbol_count(grammar.pointer))
        members = (0..<count).map { id in
            guard let name = ts_language_symbol_name(grammar.pointer, UInt16(id)) else { return false }
            return names.contains(String(cString: name))
        }
    }

    public func contains(_ symbol: UInt16) -> Bool {
        Int(symbol) < members.count && members[Int(symbol)]
    }

    /// One set per grammar, built once per process from `names`: the tables are immutable.
    public struct PerGrammar: Sendable {
        private let sets: [UInt: SymbolSet]

        public init(_ names: Set<String>) {
            var sets: [UInt: SymbolSet] = [:]
            for language in Language.allCases {
                guard let grammar = Grammar.for(language) else { continue }
                sets[UInt(bitPattern: grammar.pointer)] = SymbolSet(names, in: grammar)
            }
            self.sets = sets
        }

        /// The set for the grammar `node` was parsed with.
        public func forNode(_ node: SyntaxNode) -> SymbolSet? {
            ts_node_language(node.raw).flatMap { sets[UInt(bitPattern: $0)] }
        }

        public func forGrammar(_ grammar: Grammar) -> SymbolSet? { sets[UInt(bitPattern: grammar.pointer)] }
    }
}

extension SyntaxNode {
    /// Pre-order walk (self included) that builds a `SyntaxNode` only for nodes whose symbol is
    /// in `symbols`; the rest of the tree is passed over on the cursor alone.
    public func walk(only symbols: SymbolSet, _ visit: (SyntaxNode) -> Void) {
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        while true {
            let current = ts_tree_cursor_current_node(&cursor)
            if symbols.contains(ts_node_symbol(current)) { visit(SyntaxNode(raw: current, tree: tree)) }
            if ts_tree_cursor_goto_first_child(&cursor) { continue }
            while !ts_tree_cursor_goto_next_sibling(&cursor) {
                if !ts_tree_cursor_goto_parent(&cursor) { return }
            }
        }
    }
}
