/// Files without a parser that are still read: everything is searched for secrets except files
/// whose type says they hold no text worth reading (images, archives, fonts, media, compiled
/// code) and lock files (checksums that look random and never hold credentials).
enum TextFiles {
    static let binaryExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "icns", "tif", "tiff", "avif", "heic", "psd",
        "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "tar", "jar", "war", "whl", "egg", "deb", "rpm", "dmg", "iso",
        "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "m4a", "wav", "ogg", "flac", "webm", "mov", "avi", "mkv",
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "sqlite", "sqlite3", "db", "parquet", "pkl", "pickle",
        "o", "a", "so", "dylib", "dll", "exe", "class", "pyc", "pyo", "wasm", "node", "bin", "dat", "map", "lockb",
    ]
    static let lockFileNames: Set<String> = [
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "poetry.lock", "pdm.lock",
        "uv.lock", "Pipfile.lock", "Cargo.lock", "go.sum", "Gemfile.lock", "composer.lock", "Package.resolved", "flake.lock",
    ]

    /// Why a file without a parser is not read at all, or nil when it is read as text.
    static func skipReason(name: String) -> String? {
        if lockFileNames.contains(name) { return "lock file: checksums, no code or credentials" }
        if let dot = name.lastIndex(of: "."), binaryExtensions.contains(name[name.index(after: dot)...].lowercased()) {
            return "binary file type"
        }
        return nil
    }

    /// Documents and plain text, where only provider key formats are trusted: prose and code
    /// samples are full of `password: ...` examples.
    static func isDocument(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".md", ".markdown", ".rst", ".txt", ".adoc", ".html", ".htm", ".svg", ".csv", ".log"].contains { lower.hasSuffix($0) }
            || lower.hasSuffix("license") || lower.hasSuffix("changelog")
    }
}
