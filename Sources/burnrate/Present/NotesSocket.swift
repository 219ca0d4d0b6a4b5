#if canImport(Glibc)
import Glibc
#endif
import BurnrateTerminal
import BurnrateView

/// The presenter's socket for speaker notes: the first of the deck's sockets no live presenter
/// holds, listened on before the screen opens so that a failure can be said on standard error.
/// The runner takes the notes terminals that connect (`PresentProgram`).
final class NotesSocket {
    let path: String
    let listener: SocketListener

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
            listener = SocketListener(descriptor: try UnixSocket.listen(at: path))
        } catch {
            throw CommandFailure("burnrate: speaker notes: \(error)")
        }
    }

    func close() {
        Glibc.close(listener.descriptor)
        unlink(path)
    }
}
