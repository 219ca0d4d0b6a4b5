import BurnrateCore
import Glibc

/// The clients of a listening socket, for a `.server` subscription: accepts every waiting
/// connection when the listener is readable, drops a client when its hang-up is read or a send
/// to it fails. Clients have nothing to say: what one sends is read and ignored, one buffer
/// per wake-up.
final class SocketServer {
    let listener: Int32
    private var clients: [(client: SocketClient, descriptor: Int32)] = []
    private var nextID = 1

    init(listener: Int32) {
        self.listener = listener
    }

    var descriptors: [Int32] { [listener] + clients.map(\.descriptor) }

    /// What the descriptors poll(2) found ready (`ready`) mean for the clients.
    func events(ready: ReadyDescriptors) -> [ServerEvent] {
        var events: [ServerEvent] = []
        for (client, descriptor) in clients where ready[descriptor, default: 0] != 0 {
            if UnixSocket.receive(from: descriptor) == .closed { events.append(drop(client)) }
        }
        if ready[listener, default: 0] != 0 {
            while let descriptor = UnixSocket.accept(listener) {
                let client = SocketClient(id: nextID)
                nextID += 1
                clients.append((client, descriptor))
                events.append(.connected(client))
            }
        }
        return events
    }

    /// Sends `text` to those of `to` still connected; those that cannot take it are dropped.
    func send(_ text: String, to targets: [SocketClient]) -> [ServerEvent] {
        clients.filter { targets.contains($0.client) }.compactMap { client, descriptor in
            UnixSocket.send(text, to: descriptor) ? nil : drop(client)
        }
    }

    private func drop(_ client: SocketClient) -> ServerEvent {
        if let index = clients.firstIndex(where: { $0.client == client }) {
            close(clients[index].descriptor)
            clients.remove(at: index)
        }
        return .disconnected(client)
    }

    /// Closes every client; the listener is the executable's to close.
    func stop() {
        clients.forEach { close($0.descriptor) }
        clients = []
    }
}
