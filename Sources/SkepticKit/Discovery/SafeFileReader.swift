import Glibc

/// Reads files of an untrusted tree without blocking or overreading: only regular files (a FIFO
/// opened by name would block the scan, a device could stream forever), never through a final
/// symlink, and at most `limit` bytes (a file may grow between discovery and reading).
public enum SafeFileReader {
    public enum Failure: Error, Equatable {
        case cannotOpen
        case notRegularFile
        case tooLarge(Int)
    }

    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.cannotOpen) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.cannotOpen) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegularFile) }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    /// A small text file (configuration, ignore files); nil when it is absent, not a regular
    /// file or larger than `limit`.
    public static func text(_ path: String, limit: Int = 1_048_576) -> String? {
        guard case .success(let bytes) = read(path, limit: limit) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
