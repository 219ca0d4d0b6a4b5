import Glibc
import Testing

/// Writes files and removes folders through descriptors opened with O_CLOEXEC only, for the
/// tests that read inotify events. Foundation opens files without it, and a descriptor open at
/// the moment another test spawns tmux lives on in the tmux server: a file's close-write then
/// waits for that server's end, and a deleted folder's IN_DELETE_SELF for it to let go.
enum CloseOnExecFiles {
    static func write(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        try #require(Glibc.write(descriptor, bytes, bytes.count) == bytes.count)
    }

    /// `rm -rf`, through glibc's opendir, which opens with O_CLOEXEC.
    static func removeTree(_ path: String) {
        guard let stream = opendir(path) else {
            unlink(path)
            return
        }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        closedir(stream)
        names.forEach { removeTree(path + "/" + $0) }
        rmdir(path)
    }
}
