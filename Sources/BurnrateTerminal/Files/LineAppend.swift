import BurnrateCore
#if canImport(Glibc)
import Glibc
#endif

/// Appends one line to a log that other programs may be appending to at the same time: the
/// file is opened with O_APPEND and the line goes out in one write(2), which the kernel puts
/// at the end whole, so lines never interleave. A log grown to its limit is left alone rather
/// than filling the disk.
public enum LineAppend {
    /// `line` must hold no newline; one is added. Missing folders are made, readable only by
    /// the user, as the log says what they were looking at.
    public static func append(_ line: String, to path: String, limit: Int) -> AppendOutcome {
        makeFolders(containing: path)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return .failed(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failed(String(cString: strerror(errno))) }
        guard info.st_size < limit else { return .full }
        let bytes = Array((line + "\n").utf8)
        while true {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written == bytes.count { return .appended }
            if written < 0 && errno == EINTR { continue }
            return .failed(written < 0 ? String(cString: strerror(errno)) : "only \(written) of \(bytes.count) bytes written")
        }
    }

    /// `mkdir -p` of the folder holding `path`; what cannot be made shows when the file is opened.
    /// A folder it makes is set to exactly rwx for the owner afterwards: a umask such as 0o177
    /// would take the owner's x away from what mkdir makes, and the log could not be opened.
    private static func makeFolders(containing path: String) {
        let bytes = Array(path.utf8)
        for end in bytes.indices where end > 0 && bytes[end] == UInt8(ascii: "/") {
            let folder = String(decoding: bytes[..<end], as: UTF8.self)
            if mkdir(folder, 0o700) == 0 { chmod(folder, 0o700) }
        }
    }
}
