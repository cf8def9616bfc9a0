import Foundation

/// A file chosen for analysis.
public struct DiscoveredFile: Sendable {
    public var path: String
    public var absolutePath: String
    public var language: Language
    public var size: Int
}

/// Walks the scan root: honours .gitignore and configured excludes, skips dependency and build
/// folders, never follows a symlink out of the root, and records every path it passes over.
public struct FileDiscovery {
    public var root: URL
    public var excludes: [Glob]
    public var maximumFileSize: Int
    public var includeVendored = false

    public init(root: URL, excludes: [Glob], maximumFileSize: Int) {
        self.root = root.standardizedFileURL
        self.excludes = excludes
        self.maximumFileSize = maximumFileSize
    }

    public func discover() throws -> (files: [DiscoveredFile], skipped: [FileRecord]) {
        let rootPath = root.resolvingSymlinksInPath().path
        var files: [DiscoveredFile] = []
        var skipped: [FileRecord] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDirectory) else {
            throw DiscoveryError.missingRoot(root.path)
        }
        if !isDirectory.boolValue {
            // A single file given as the root.
            let name = (rootPath as NSString).lastPathComponent
            consider(absolute: rootPath, relative: name, rootPath: (rootPath as NSString).deletingLastPathComponent, ignore: IgnoreRules(), files: &files, skipped: &skipped)
            return (files, skipped)
        }
        var ignore = IgnoreRules()
        if let exclude = SafeFileReader.text(rootPath + "/.git/info/exclude") {
            ignore.add(gitignore: exclude, base: "")
        }
        walk(directory: rootPath, relative: "", rootPath: rootPath, ignore: ignore, files: &files, skipped: &skipped)
        return (files, skipped)
    }

    private func walk(directory: String, relative: String, rootPath: String, ignore inherited: IgnoreRules, files: inout [DiscoveredFile], skipped: inout [FileRecord]) {
        var ignore = inherited
        if let text = SafeFileReader.text(directory + "/.gitignore") {
            ignore.add(gitignore: text, base: relative)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            skipped.append(FileRecord(path: relative.isEmpty ? "." : relative + "/", status: .unreadable, detail: "cannot list folder", isDirectory: true))
            return
        }
        for name in names {
            let absolute = directory + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(absolute, &info) == 0 else {
                skipped.append(FileRecord(path: path, status: .unreadable, detail: "cannot stat"))
                continue
            }
            let mode = info.st_mode & S_IFMT
            if mode == S_IFDIR {
                if name == ".git" || name == ".hg" || name == ".svn" { continue }  // version control internals are not the project
                if ignore.isIgnored(path, isDirectory: true) || excludes.contains(where: { $0.matches(path) }) {
                    skipped.append(FileRecord(path: path + "/", status: .excluded, detail: "ignored folder", isDirectory: true))
                    continue
                }
                if !includeVendored, PathClassifier.vendoredDirectories.contains(name) {
                    skipped.append(FileRecord(path: path + "/", status: .vendored, detail: "dependency or build folder", isDirectory: true))
                    continue
                }
                walk(directory: absolute, relative: path, rootPath: rootPath, ignore: ignore, files: &files, skipped: &skipped)
            } else if mode == S_IFLNK {
                skipped.append(symlinkRecord(absolute: absolute, path: path, rootPath: rootPath))
            } else if mode == S_IFREG {
                if ignore.isIgnored(path, isDirectory: false) || excludes.contains(where: { $0.matches(path) }) {
                    skipped.append(FileRecord(path: path, status: .excluded, detail: "ignored file"))
                    continue
                }
                consider(absolute: absolute, relative: path, rootPath: rootPath, ignore: ignore, files: &files, skipped: &skipped, size: Int(info.st_size))
            } else {
                // Sockets, FIFOs and devices are not source; reading a FIFO would block.
                skipped.append(FileRecord(path: path, status: .unsupported, detail: "not a regular file (FIFO, socket or device)"))
            }
        }
    }

    private func consider(absolute: String, relative: String, rootPath: String, ignore: IgnoreRules, files: inout [DiscoveredFile], skipped: inout [FileRecord], size knownSize: Int? = nil) {
        let name = (relative as NSString).lastPathComponent
        let size = knownSize ?? ((try? FileManager.default.attributesOfItem(atPath: absolute)[.size] as? Int) ?? 0)
        var language = Language.detect(fileName: name)
        if language == nil, !name.contains("."), size > 2 {
            language = firstLine(of: absolute).flatMap(Language.detect(shebang:))
        }
        if language == nil {
            if let reason = TextFiles.skipReason(name: name) {
                skipped.append(FileRecord(path: relative, status: .unsupported, detail: reason))
                return
            }
            // Any other file is read as text and searched for secrets; binary content is
            // recognised by its bytes when read.
            language = .text
        }
        guard let language else { return }
        if PathClassifier.isMinifiedName(name) {
            skipped.append(FileRecord(path: relative, language: language, status: .minified, detail: "minified by name"))
            return
        }
        if size > maximumFileSize {
            skipped.append(FileRecord(path: relative, language: language, status: .tooLarge, detail: "\(size) bytes, over the \(maximumFileSize)-byte cap"))
            return
        }
        files.append(DiscoveredFile(path: relative, absolutePath: absolute, language: language, size: size))
    }

    private func symlinkRecord(absolute: String, path: String, rootPath: String) -> FileRecord {
        let target = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        let inside = target == rootPath || target.hasPrefix(rootPath + "/")
        return FileRecord(path: path, status: .symlink, detail: inside ? "link within the root; its target is scanned in place" : "link points outside the scan root; not followed")
    }

    private func firstLine(of path: String) -> Substring? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 256)) ?? Data()
        let text = String(decoding: head, as: UTF8.self)
        return text.split(separator: "\n", maxSplits: 1).first
    }
}

public enum DiscoveryError: Error, CustomStringConvertible {
    case missingRoot(String)
    public var description: String {
        switch self {
        case .missingRoot(let path): return "no such file or folder: \(path)"
        }
    }
}
