#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a reader (or a crash) sees the old file or the whole new one, never
/// a part: the text goes to a temporary file in the same directory (created with O_EXCL),
/// is synced, then renamed over the path. An existing file is replaced only when asked; else
/// the temporary file is linked in, which fails atomically when the path exists.
enum AtomicWrite {
    enum Outcome: Hashable, Sendable {
        case written
        /// Nothing written: the file exists and `overwrite` was false.
        case exists
    }

    /// Why a write failed, in the system's words ("Permission denied").
    struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        let path: String
        let reason: String

        init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        var description: String { "\(path): \(reason)" }
    }

    static func write(_ text: String, to path: String, overwrite: Bool) throws(Failure) -> Outcome {
        if !overwrite && exists(path) { return .exists }
        let temporary = try writeTemporary(text, beside: path)
        if overwrite {
            guard rename(temporary, path) == 0 else { throw failure(path, removing: temporary) }
        } else {
            guard link(temporary, path) == 0 else {
                if errno == EEXIST {
                    unlink(temporary)
                    return .exists
                }
                throw failure(path, removing: temporary)
            }
            unlink(temporary)
        }
        syncDirectory(of: path)
        return .written
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// A new file next to `path` holding `text`, synced to disk; its path.
    private static func writeTemporary(_ text: String, beside path: String) throws(Failure) -> String {
        let (directory, name) = split(path)
        var attempt = 0
        while true {
            let temporary = "\(directory)/.\(name).\(getpid()).\(attempt).tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor < 0 {
                if errno == EEXIST && attempt < 100 {
                    attempt += 1
                    continue
                }
                throw failure(path)
            }
            defer { close(descriptor) }
            guard writeAll(Array(text.utf8), to: descriptor), fsync(descriptor) == 0 else {
                throw failure(path, removing: temporary)
            }
            return temporary
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// The rename itself is only durable once the directory is synced.
    private static func syncDirectory(of path: String) {
        let descriptor = open(split(path).directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// The failure for the current errno, after removing the temporary file if there is one.
    private static func failure(_ path: String, removing temporary: String? = nil) -> Failure {
        let reason = String(cString: strerror(errno))
        if let temporary { unlink(temporary) }
        return Failure(path: path, reason: reason)
    }
}
