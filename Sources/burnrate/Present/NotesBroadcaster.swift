#if canImport(Glibc)
import Glibc
#endif
import BurnrateTerminal
import BurnrateView

/// The presenter's side of speaker notes: listens on the deck's socket, takes any number of
/// notes terminals, and sends each the shown slide when it connects and whenever the slide or
/// the figures in its notes change. A terminal that goes away is dropped as soon as its hang-up
/// is read (the event loop watches every client), or at the next send that fails; the talk
/// goes on.
final class NotesBroadcaster {
    let path: String
    let listener: Int32
    /// The connected notes terminals, for the event loop to watch.
    private(set) var clients: [Int32] = []
    private var lastSent: (index: Int, count: Int, notes: String?)?

    /// 1 for the deck's own socket, 2 for `DECK-2.sock` when another presentation of the deck
    /// holds the first, …
    let instance: Int

    /// Listens at the first socket of `deck` no live presenter holds.
    init(deck: String, environment: [String: String]) throws {
        let directory = NotesSocketPath.directory(environment: environment, uid: getuid())
        do {
            try UnixSocket.makePrivateDirectory(directory)
        } catch {
            throw CommandFailure("burnrate: speaker notes: \(error)")
        }
        guard let instance = NotesSocketPath.freeInstance(directory: directory, deck: deck, isLive: UnixSocket.isLive) else {
            throw CommandFailure("burnrate: \(NotesSocketPath.maximumInstances) presentations of \(deck) are already running")
        }
        self.instance = instance
        path = NotesSocketPath.path(directory: directory, deck: deck, instance: instance)
        do {
            listener = try UnixSocket.listen(at: path)
        } catch {
            throw CommandFailure("burnrate: speaker notes: \(error)")
        }
    }

    /// Takes every waiting notes terminal and sends it `state`'s slide.
    func acceptWaiting(_ state: DeckState) {
        while let client = UnixSocket.accept(listener) {
            if UnixSocket.send(NotesMessage(state).line, to: client) { clients.append(client) } else { Glibc.close(client) }
        }
    }

    /// Reads what woke the loop on `client`: its hang-up drops it. A notes terminal has nothing
    /// to say, so anything it sends is read and ignored, one buffer per wake-up.
    func hear(from client: Int32) {
        guard clients.contains(client), UnixSocket.receive(from: client) == .closed else { return }
        drop(client)
    }

    /// Sends `state`'s slide to every notes terminal if it is not the one last sent, or its
    /// notes' live figures moved (the presenter changed the what-if, the scenario was saved).
    func follow(_ state: DeckState) {
        let shown = (index: state.index, count: state.slideCount, notes: state.notes)
        guard lastSent.map({ $0 != shown }) ?? true else { return }
        lastSent = shown
        let line = NotesMessage(state).line
        for client in clients where !UnixSocket.send(line, to: client) { drop(client) }
    }

    private func drop(_ client: Int32) {
        Glibc.close(client)
        clients.removeAll { $0 == client }
    }

    func close() {
        clients.forEach { Glibc.close($0) }
        clients = []
        Glibc.close(listener)
        unlink(path)
    }
}
