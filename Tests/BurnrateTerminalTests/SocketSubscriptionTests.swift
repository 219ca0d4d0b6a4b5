import BurnrateCore
import Foundation
import Glibc
import Testing
@testable import BurnrateTerminal

/// The runner's two ends of a socket, on a real one: a server's clients coming and going and
/// what it sends them, a connection's lines, its retries and its bound on a line.
@Suite struct SocketSubscriptionTests {
    let path = "/tmp/burnrate-sub-\(UUID().uuidString.prefix(8)).sock"
    let start = ContinuousClock.now

    func ready(_ descriptors: [Int32]) -> ReadyDescriptors {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        _ = poll(&polled, nfds_t(polled.count), 1000)
        return ReadyDescriptors(polled: polled)
    }

    /// Lines the connection receives, polling until `count` have come or a second has passed.
    func lines(_ connection: SocketConnection, count: Int) -> [ConnectionEvent] {
        var events: [ConnectionEvent] = []
        let deadline = ContinuousClock.now + .seconds(1)
        while events.count < count && ContinuousClock.now < deadline {
            _ = ready([connection.descriptor!])
            events += connection.receive(now: .now)
        }
        return events
    }

    @Test func aConnectionTriesEveryRetryUntilAServerListensThenReadsLines() throws {
        let connection = SocketConnection(path: path, retry: .milliseconds(500), now: start)
        #expect(connection.attempt(now: start) == [])
        #expect(connection.deadline == start + .milliseconds(500))
        #expect(connection.attempt(now: start + .milliseconds(499)) == [], "not before the retry is due")

        let listener = try UnixSocket.listen(at: path)
        defer {
            close(listener)
            unlink(path)
        }
        let server = SocketServer(listener: listener)
        defer { server.stop() }
        #expect(connection.attempt(now: start + .milliseconds(500)) == [.connected])
        #expect(connection.deadline == nil)
        let first = SocketClient(id: 1)
        #expect(server.events(ready: ready(server.descriptors)) == [.connected(first)])

        #expect(server.send("one\ntw", to: [first]) == [])
        #expect(lines(connection, count: 1) == [.line("one")])
        #expect(server.send("o\nthree\n", to: [first]) == [])
        #expect(lines(connection, count: 2) == [.line("two"), .line("three")])

        connection.stop()
        #expect(server.events(ready: ready(server.descriptors)) == [.disconnected(first)])
        #expect(server.descriptors == [listener])
    }

    @Test func aServerHangingUpIsADisconnectAndTheNextAttemptIsDueAtOnce() throws {
        let listener = try UnixSocket.listen(at: path)
        defer { unlink(path) }
        let server = SocketServer(listener: listener)
        let connection = SocketConnection(path: path, retry: .milliseconds(500), now: start)
        #expect(connection.attempt(now: start) == [.connected])
        _ = server.events(ready: ready(server.descriptors))
        server.stop()
        close(listener)
        let hangUp = ContinuousClock.now
        #expect(lines(connection, count: 1) == [.disconnected])
        #expect(connection.deadline.map { $0 <= .now && $0 >= hangUp } == true)
    }

    @Test func aLineOverAMebibyteIsDroppedAndTheNextOneArrives() throws {
        let listener = try UnixSocket.listen(at: path)
        defer {
            close(listener)
            unlink(path)
        }
        let connection = SocketConnection(path: path, retry: .milliseconds(500), now: start)
        defer { connection.stop() }
        _ = connection.attempt(now: start)
        // A blocking peer, so that the flood waits for the reader rather than failing.
        let peer = accept(listener, nil, nil)
        defer { close(peer) }
        let flood = Array((String(repeating: "x", count: SocketConnection.maximumLineBytes + 100_000) + "tail\nnext\n").utf8)
        Thread {
            var sent = 0
            while sent < flood.count {
                let count = flood[sent...].withUnsafeBytes { write(peer, $0.baseAddress, $0.count) }
                guard count > 0 else { return }
                sent += count
            }
        }.start()
        #expect(lines(connection, count: 1) == [.line("next")])
    }

    @Test func aClientThatCannotBeSentToIsDropped() throws {
        let listener = try UnixSocket.listen(at: path)
        defer {
            close(listener)
            unlink(path)
        }
        let server = SocketServer(listener: listener)
        let client = try UnixSocket.connect(to: path)
        _ = server.events(ready: ready(server.descriptors))
        close(client)
        // The peer's end is gone: the first send may still be taken by the kernel, the next fails.
        let events = server.send("a\n", to: [SocketClient(id: 1)]) + server.send("b\n", to: [SocketClient(id: 1)])
        #expect(events == [.disconnected(SocketClient(id: 1))])
        #expect(server.descriptors == [listener])
    }
}
