import Glibc

/// The few Unix stream socket calls the presenter and the notes terminal need, all
/// non-blocking so that neither side ever waits on the other.
public enum UnixSocket {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        init(_ action: String, _ path: String) {
            description = "cannot \(action) \(path): \(String(cString: strerror(errno)))"
        }
    }

    /// Makes `path` a folder only its owner can enter, creating it when missing.
    public static func makePrivateDirectory(_ path: String) throws(Failure) {
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw Failure("create", path) }
        var info = stat()
        guard lstat(path, &info) == 0 else { throw Failure("read", path) }
        guard info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else {
            errno = EPERM
            throw Failure("use", path)
        }
        // Exactly rwx for the owner: a umask can take the owner's x away as well as add bits
        // for others.
        if info.st_mode & 0o777 != 0o700 && chmod(path, 0o700) != 0 { throw Failure("protect", path) }
    }

    /// Whether a process is accepting connections at `path` (a file left by a dead one is not).
    public static func isLive(_ path: String) -> Bool {
        guard let descriptor = try? connect(to: path) else { return false }
        close(descriptor)
        return true
    }

    /// Listens at `path`, replacing a stale socket file there, readable by its owner only.
    public static func listen(at path: String) throws(Failure) -> Int32 {
        unlink(path)
        let descriptor = try socket(path)
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        // Made readable by its owner only before it listens (nothing can connect until then),
        // rather than under a narrowed umask: the umask is the whole process's, and a file or
        // folder another thread made at that moment would come out as narrow.
        guard withAddress(path, { Glibc.bind(descriptor, $0, $1) }) == 0, chmod(path, 0o600) == 0,
              Glibc.listen(descriptor, 16) == 0 else {
            let failure = Failure("listen at", path)
            close(descriptor)
            throw failure
        }
        return descriptor
    }

    /// A waiting connection on a listening socket, non-blocking; nil when there is none.
    public static func accept(_ listener: Int32) -> Int32? {
        let descriptor = Glibc.accept(listener, nil, nil)
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        return descriptor
    }

    /// Connects to the socket at `path`, non-blocking once connected.
    public static func connect(to path: String) throws(Failure) -> Int32 {
        let descriptor = try socket(path)
        guard withAddress(path, { Glibc.connect(descriptor, $0, $1) }) == 0 else {
            let failure = Failure("connect to", path)
            close(descriptor)
            throw failure
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        return descriptor
    }

    /// Sends all of `text`, or reports false: the peer went away or is too far behind to wait
    /// for. MSG_NOSIGNAL keeps a closed peer from killing the sender with SIGPIPE.
    public static func send(_ text: String, to descriptor: Int32) -> Bool {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    public enum Received: Equatable, Sendable {
        case bytes([UInt8])
        /// Nothing waiting now.
        case nothing
        /// The peer closed the connection, or it failed.
        case closed
    }

    /// What is waiting on a non-blocking socket.
    public static func receive(from descriptor: Int32) -> Received {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let count = buffer.withUnsafeMutableBytes { Glibc.recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count > 0 { return .bytes(Array(buffer.prefix(count))) }
        if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { return .nothing }
        return .closed
    }

    private static func socket(_ path: String) throws(Failure) -> Int32 {
        let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw Failure("open a socket for", path) }
        return descriptor
    }

    private static func withAddress(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else {
            errno = ENAMETOOLONG
            return -1
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }
}
