#if canImport(Glibc)
import Glibc
#endif
import BurnrateTerminal
import BurnrateView

/// The notes terminal's side of the socket: one connection to a presenter at a time, its
/// bytes cut into lines and read as messages.
final class NotesConnection {
    let path: String
    private(set) var descriptor: Int32?
    private var pending: [UInt8] = []

    init(path: String) {
        self.path = path
    }

    /// Connects if no connection is open; false when no presenter is listening.
    func connect() -> Bool {
        if descriptor != nil { return true }
        descriptor = try? UnixSocket.connect(to: path)
        return descriptor != nil
    }

    /// Everything the presenter has sent since the last call; `.disconnected` last when it
    /// has gone, and the connection is closed.
    func receive() -> [NotesEvent] {
        guard let descriptor else { return [] }
        var events: [NotesEvent] = []
        while true {
            switch UnixSocket.receive(from: descriptor) {
            case .bytes(let bytes):
                pending += bytes
                events += completeLines().compactMap { NotesMessage(line: $0[...]).map(NotesEvent.received) }
            case .nothing:
                return events
            case .closed:
                disconnect()
                return events + [.disconnected]
            }
        }
    }

    func disconnect() {
        if let descriptor { close(descriptor) }
        descriptor = nil
        pending = []
    }

    private func completeLines() -> [String] {
        guard let last = pending.lastIndex(of: UInt8(ascii: "\n")) else { return [] }
        let complete = pending[...last]
        pending = Array(pending[(last + 1)...])
        return complete.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }
}
