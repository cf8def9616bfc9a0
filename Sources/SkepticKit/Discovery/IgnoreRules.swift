/// .gitignore semantics: patterns relative to the file's folder, later patterns win, `!` re-includes,
/// a trailing `/` matches folders only.
public struct IgnoreRules: Sendable {
    struct Entry: Sendable {
        var glob: Glob
        var negated: Bool
        var directoryOnly: Bool
        /// Folder of the .gitignore, relative to the root ("" for the root).
        var base: String
    }

    private var entries: [Entry] = []

    public init() {}

    public mutating func add(gitignore text: String, base: String) {
        for rawLine in text.split(whereSeparator: \.isNewline) {
            var line = String(rawLine)
            // Trailing spaces are ignored unless escaped.
            while line.hasSuffix(" "), !line.hasSuffix("\\ ") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            add(pattern: line, base: base)
        }
    }

    public mutating func add(pattern rawPattern: String, base: String) {
        var pattern = rawPattern
        let negated = pattern.hasPrefix("!")
        if negated { pattern.removeFirst() }
        if pattern.hasPrefix("\\") { pattern.removeFirst() }
        let directoryOnly = pattern.hasSuffix("/")
        guard !pattern.isEmpty, let glob = try? Glob(pattern) else { return }
        entries.append(Entry(glob: glob, negated: negated, directoryOnly: directoryOnly, base: base))
    }

    /// Whether `path` (relative to the root) is ignored.
    public func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
        var ignored = false
        for entry in entries {
            if entry.directoryOnly && !isDirectory { continue }
            let local: Substring
            if entry.base.isEmpty {
                local = Substring(path)
            } else if path.hasPrefix(entry.base + "/") {
                local = path.dropFirst(entry.base.count + 1)
            } else {
                continue
            }
            if entry.glob.matches(String(local)) { ignored = !entry.negated }
        }
        return ignored
    }
}
