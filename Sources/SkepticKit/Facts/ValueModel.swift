/// Per-language knowledge of how values are written and where names are bound, used by rule
/// conditions such as `value: built` and `lacks-keys`.
public protocol ValueModel {
    func classify(_ node: SyntaxNode, sanitizers: Set<String>, in facts: FileFacts, depth: Int) -> ValueKind
    /// The object/dict literal a node evaluates to, following local bindings.
    func objectLiteral(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> SyntaxNode?
    /// Keys written in an object/dict literal (nil when a spread or computed key hides some).
    func keys(ofObject node: SyntaxNode) -> [String]?
    /// The numeric value of a constant expression.
    func number(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> Double?
    /// The text of a constant string expression, without quotes.
    func constantString(_ node: SyntaxNode, in facts: FileFacts, depth: Int) -> String?
}

/// The greatest depth the value models follow bindings: enough for helper variables, bounded
/// so cyclic or deep chains cost little.
let maximumValueDepth = 8

/// Facts about one file that several rules share, computed lazily and at most once.
public final class FileFacts {
    public let tree: SyntaxTree
    public let language: Language
    public let model: ValueModel?
    private var cachedBindings: BindingIndex?

    public init(tree: SyntaxTree, language: Language) {
        self.tree = tree
        self.language = language
        switch language {
        case .javascript, .typescript, .tsx: model = JavaScriptValueModel()
        default: model = nil
        }
    }

    public var bindings: BindingIndex {
        if let cachedBindings { return cachedBindings }
        let index = BindingIndex(root: tree.root, language: language)
        cachedBindings = index
        return index
    }
}
