import Foundation
import Glibc

/// What identifies a file's version without reading it. A write changes the change time
/// (ctime), which no user can set back, so a file whose stamp is unchanged has not been written.
struct FileStamp: Codable, Hashable, Sendable {
    var size: Int64
    var modified: Int64
    var changed: Int64
    var inode: UInt64
    var device: UInt64

    /// The stamp of the path itself (a symlink is not followed), or nil if it cannot be read.
    init?(path: String, followingSymlink: Bool = false) {
        var info = stat()
        guard (followingSymlink ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
    }

    /// Timestamps have coarse ticks (milliseconds on ext4, seconds elsewhere): a file written
    /// in the tick it was read in could change again with the same stamp. Such files are not
    /// cached (as git treats "racily clean" index entries).
    func isSettled(before scanStart: Int64, margin: Int64) -> Bool {
        return modified < scanStart - margin && changed < scanStart - margin
    }
}

/// Everything besides a file's own bytes that decides what analysing it produces. A cache is
/// used only when all of it is unchanged.
struct ScanCacheKey: Codable, Equatable, Sendable {
    var toolVersion: String
    /// The running executable: a rebuilt Skeptic may analyse differently under the same version.
    var executable: FileStamp?
    var ruleFiles: [String: FileStamp]
    var disabledRules: [String]
    var maximumFileSize: Int
    var fileTimeoutSeconds: Double

    init(ruleDirectories: [URL], configuration: Configuration) {
        toolVersion = ScanReport.toolVersion
        executable = FileStamp(path: "/proc/self/exe", followingSymlink: true)
        var stamps: [String: FileStamp] = [:]
        for file in ruleDirectories.flatMap(RuleLoader.ruleFiles(in:)) {
            stamps[file.path] = FileStamp(path: file.path, followingSymlink: true)
        }
        ruleFiles = stamps
        disabledRules = configuration.disabledRules.sorted()
        maximumFileSize = configuration.maximumFileSize
        fileTimeoutSeconds = configuration.fileTimeoutSeconds
    }
}

/// Per-file results of the last scan of one root, kept outside the scanned tree: the tree is
/// untrusted, and a cache inside it could be written to hide findings. Entries are reused only
/// when the file's stamp and the whole `ScanCacheKey` are unchanged.
public struct ScanCache: Sendable {
    struct Entry: Codable {
        var stamp: FileStamp
        var outcome: FileOutcome
    }

    /// The rules side of a scan whose files were all cached: lets it skip compiling rules.
    struct RuleSummary: Codable {
        var languages: [Language]
        var ruleIDs: [String]
        var rulesByLanguage: [String: [String]]
        var ruleErrors: [String]
    }

    struct Contents: Codable {
        static let currentFormat = 2  // 2: function summaries for the project's cross-file pass
        var format: Int
        var root: String
        var key: ScanCacheKey
        var files: [String: Entry]
        var rules: RuleSummary?
        /// The outcomes the cross-file pass changed, by path: valid while every file is unchanged.
        var crossFile: [String: FileOutcome]? = nil
    }

    public let file: URL
    let root: String

    /// The cache of `root` in `directory`. The root is resolved, so every spelling of a path
    /// shares one cache.
    public init(directory: URL, root: URL) {
        let resolved = root.resolvingSymlinksInPath().standardizedFileURL.path
        self.root = resolved
        file = directory.appendingPathComponent("scan-\(Self.name(for: resolved)).json")
    }

    /// `$SKEPTIC_CACHE_DIR`, else `$XDG_CACHE_HOME/skeptic/scans`, else `~/.cache/skeptic/scans`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let explicit = environment["SKEPTIC_CACHE_DIR"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("skeptic/scans")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/skeptic/scans")
    }

    /// The last scan's contents if they were made under `key`; nil when absent, stale or unreadable.
    func load(key: ScanCacheKey) -> Contents? {
        guard let text = SafeFileReader.read(file.path, limit: 512 * 1_048_576).success,
              let contents = try? JSONDecoder().decode(Contents.self, from: Data(text)),
              contents.format == Contents.currentFormat, contents.root == root, contents.key == key
        else { return nil }
        return contents
    }

    /// Writes atomically, readable by the owner only (findings quote code). Failure to write
    /// costs only the next scan's time, so it is not an error.
    func save(_ contents: Contents) {
        let directory = file.deletingLastPathComponent()
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil,
              let data = try? JSONEncoder().encode(contents) else { return }
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary.path, file.path) != 0 { unlink(temporary.path) }
        pruneStale(in: directory)
    }

    /// Caches of folders not scanned for 30 days (temporary checkouts, CI work trees) go.
    private func pruneStale(in directory: URL) {
        let cutoff = Date().addingTimeInterval(-30 * 24 * 3600)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix("scan-") && name.hasSuffix(".json") {
            let path = directory.appendingPathComponent(name).path
            if let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date, modified < cutoff {
                unlink(path)
            }
        }
    }

    /// A file name for a root path: FNV-1a, 64 bits (not a security boundary: the root is
    /// stored in the file and checked on load).
    static func name(for path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// Whether an outcome may be reused: results that depended on the machine's load (time
    /// limits) or on a passing condition (unreadable) are worked out again.
    static func isReusable(_ outcome: FileOutcome) -> Bool {
        outcome.record.status != .timedOut && outcome.record.status != .unreadable
    }
}

extension Result {
    var success: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
