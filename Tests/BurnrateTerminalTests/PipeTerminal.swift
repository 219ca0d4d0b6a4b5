import BurnrateTerminal
import BurnrateCore
import Glibc
import Synchronization

/// A terminal for running programs in-process without a tty: keys written to a pipe arrive
/// as characters, frames are kept as text, and the moment each key was handed to the runner
/// is noted.
final class PipeTerminal: Terminal, @unchecked Sendable {
    let width = 60
    let height = 2
    private let readEnd: Int32
    private let writeEnd: Int32
    private let frames = Mutex<[String]>([])
    private let bottomLines = Mutex<[String]>([])
    private let delivered = Mutex<[Character: ContinuousClock.Instant]>([:])

    init() {
        var ends: [Int32] = [-1, -1]
        precondition(pipe(&ends) == 0)
        (readEnd, writeEnd) = (ends[0], ends[1])
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    var inputDescriptors: [Int32] { [readEnd] }

    func events(ready: ReadyDescriptors) -> [TerminalEvent] {
        guard ready[readEnd, default: 0] != 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: 64)
        let count = read(readEnd, &bytes, bytes.count)
        guard count > 0 else { return count == 0 ? [.signal(.hangup)] : [] }
        let now = ContinuousClock.now
        return bytes[..<count].map { byte in
            let character = Character(Unicode.Scalar(byte))
            delivered.withLock { $0[character] = now }
            return .input(.key(.character(character)))
        }
    }

    func present(_ canvas: Canvas, resolver: some StyleResolver) {
        frames.withLock { $0.append(canvas.lines[0].trimmingSuffix()) }
        bottomLines.withLock { $0.append(canvas.lines[canvas.height - 1].trimmingSuffix()) }
    }

    func invalidate() {}
    func bell() {}

    func press(_ key: Character) {
        var byte = key.asciiValue!
        _ = write(writeEnd, &byte, 1)
    }

    /// The top line of the last frame.
    var lastFrame: String { frames.withLock { $0.last ?? "" } }
    /// The bottom line of every frame so far: the status line.
    var bottomLinesSoFar: [String] { bottomLines.withLock { $0 } }

    /// When the runner was handed `key` (last time it was pressed).
    func deliveredAt(_ key: Character) -> ContinuousClock.Instant? {
        delivered.withLock { $0[key] }
    }

    /// Waits up to `timeout` for a frame that satisfies `condition`; the last frame.
    @discardableResult
    func waitForFrame(timeout: Duration = .seconds(10), _ condition: (String) -> Bool) -> String {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(lastFrame) { return lastFrame }
            usleep(500)
        }
        return lastFrame
    }
}

private extension String {
    func trimmingSuffix() -> String {
        String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
    }
}
