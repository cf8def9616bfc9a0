/// What happened to one path in a scan. Every path discovered gets one; none is dropped silently.
public enum FileStatus: String, Codable, CaseIterable, Sendable {
    case analysed
    /// Parsed with syntax errors; rules ran on the parts of the tree that are usable.
    case partiallyParsed = "partially-parsed"
    case timedOut = "timed-out"
    case tooLarge = "too-large"
    case unsupported
    /// Ignored by .gitignore or excluded by configuration.
    case excluded
    /// Dependencies and build output (node_modules, vendor, dist, ...).
    case vendored
    case minified
    case generated
    case binary
    case symlink
    case unreadable

    /// Statuses where Skeptic looked at the file's code.
    public var wasAnalysed: Bool { self == .analysed || self == .partiallyParsed }

    /// Statuses that leave a gap in what the scan covered (used by `--require-complete`).
    /// Minified and generated files count: those skips rest on heuristics that the file's own
    /// content decides. Paths excluded on purpose (configuration, vendored folders) do not.
    public var isCoverageGap: Bool {
        switch self {
        case .partiallyParsed, .timedOut, .tooLarge, .unreadable, .minified, .generated: return true
        default: return false
        }
    }
}

/// One path and what the scan did with it.
public struct FileRecord: Codable, Sendable, Hashable {
    public var path: String
    public var language: Language?
    public var status: FileStatus
    public var detail: String?
    public var lines: Int?
    public var isDirectory: Bool?

    public init(path: String, language: Language? = nil, status: FileStatus, detail: String? = nil, lines: Int? = nil, isDirectory: Bool? = nil) {
        self.path = path
        self.language = language
        self.status = status
        self.detail = detail
        self.lines = lines
        self.isDirectory = isDirectory
    }
}
