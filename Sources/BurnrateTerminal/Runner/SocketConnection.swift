import BurnrateCore
import Glibc

/// A `.connection` subscription: one connection at a time to the socket at `path`, tried
/// again every `retry` while there is none, its bytes cut into lines.
final class SocketConnection {
    /// A line longer than this is the peer misbehaving: it is dropped, not kept in memory.
    static let maximumLineBytes = 1 << 20

    let path: String
    var retry: Duration
    private(set) var descriptor: Int32?
    private(set) var nextAttempt: ContinuousClock.Instant
    private var pending: [UInt8] = []
    /// The rest of a line too long to keep is being skipped, up to its newline.
    private var skipping = false

    init(path: String, retry: Duration, now: ContinuousClock.Instant) {
        self.path = path
        self.retry = retry
        nextAttempt = now
    }

    /// When to try again; nil while connected.
    var deadline: ContinuousClock.Instant? { descriptor == nil ? nextAttempt : nil }

    /// Connects when it is time to try.
    func attempt(now: ContinuousClock.Instant) -> [ConnectionEvent] {
        guard descriptor == nil, now >= nextAttempt else { return [] }
        nextAttempt = now + retry
        descriptor = try? UnixSocket.connect(to: path)
        return descriptor == nil ? [] : [.connected]
    }

    /// Everything the peer has sent, in lines; `.disconnected` last when it has gone, and the
    /// next attempt is due at once.
    func receive(now: ContinuousClock.Instant) -> [ConnectionEvent] {
        guard let descriptor else { return [] }
        var events: [ConnectionEvent] = []
        while true {
            switch UnixSocket.receive(from: descriptor) {
            case .bytes(let bytes):
                pending += bytes
                if bytes.contains(UInt8(ascii: "\n")) { events += completeLines().map(ConnectionEvent.line) }
                if pending.count > Self.maximumLineBytes {
                    pending = []
                    skipping = true
                }
            case .nothing:
                return events
            case .closed:
                stop()
                nextAttempt = now
                return events + [.disconnected]
            }
        }
    }

    func stop() {
        if let descriptor { close(descriptor) }
        descriptor = nil
        pending = []
        skipping = false
    }

    private func completeLines() -> [String] {
        guard let last = pending.lastIndex(of: UInt8(ascii: "\n")) else { return [] }
        var lines = pending[...last].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        pending = Array(pending[(last + 1)...])
        if skipping {
            lines = lines.dropFirst()
            skipping = false
        }
        return lines.filter { !$0.isEmpty }.map { String(decoding: $0, as: UTF8.self) }
    }
}
