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

/// The greatest depth the value models descend, through expressions and bindings together:
/// enough for long concatenations and helper variables, bounded so deep chains cannot exhaust
/// a worker's stack. Classification results are memoised per file, so breadth costs little.
let maximumValueDepth = 48

/// Facts about one file that several rules share, computed lazily and at most once.
public final class FileFacts {
    public let tree: SyntaxTree
    public let language: Language
    public let model: ValueModel?
    private var cachedBindings: BindingIndex?

    /// Classifications already made, per node and sanitiser set.
    struct ValueKey: Hashable {
        var start: Int
        var end: Int
        var identity: UInt
        var sanitizers: Set<String>
    }
    var classifications: [ValueKey: ValueKind] = [:]
    var classifying: Set<ValueKey> = []
    /// Counts results cut short by the depth bound or a cycle: those are not memoised, since a
    /// shallower start could see further.
    var truncatedClassifications = 0

    /// `compute` memoised under `key`, with cycles answered `.unknown`.
    func memoisedClassification(_ key: ValueKey, _ compute: () -> ValueKind) -> ValueKind {
        if let known = classifications[key] { return known }
        guard classifying.insert(key).inserted else {
            truncatedClassifications += 1
            return .unknown
        }
        let truncatedBefore = truncatedClassifications
        let kind = compute()
        classifying.remove(key)
        if truncatedClassifications == truncatedBefore { classifications[key] = kind }
        return kind
    }

    public init(tree: SyntaxTree, language: Language) {
        self.tree = tree
        self.language = language
        switch language {
        case .javascript, .typescript, .tsx: model = JavaScriptValueModel()
        default: model = nil
        }
    }

    private var cachedSecretRanges: [Range<Int>]?

    /// String literals anywhere in the file that hold a credential: a known provider format, or
    /// a random-looking value bound to a credential-like name. Every excerpt masks them,
    /// whichever rule's finding happens to show their line.
    public var secretLiteralRanges: [Range<Int>] {
        if let cachedSecretRanges { return cachedSecretRanges }
        var ranges: [Range<Int>] = []
        for content in tree.root.stringContentNodes {
            let text = content.text
            if SecretDetector.knownFormat(in: text) != nil
                || (SecretDetector.isLikelySecret(text) && Self.credentialContext(of: content)) {
                ranges.append(content.byteRange)
            }
        }
        cachedSecretRanges = ranges
        return ranges
    }

    /// Whether the literal holding `content` is bound to a credential-like name: a key, variable,
    /// assignment target or keyword argument.
    private static func credentialContext(of content: SyntaxNode) -> Bool {
        guard let literal = content.parent, let holder = literal.parent else { return false }
        let name = holder.field("key") ?? holder.field("name") ?? holder.field("left")
            ?? (holder.kind == "keyed_element" ? holder.namedChild(0) : nil)
        guard let name, name != literal else { return false }
        return SecretDetector.isCredentialName(name.text)
    }

    public var bindings: BindingIndex {
        if let cachedBindings { return cachedBindings }
        let index = BindingIndex(root: tree.root, language: language)
        cachedBindings = index
        return index
    }
}
