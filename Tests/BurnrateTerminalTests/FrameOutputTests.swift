import Glibc
import Testing
@testable import BurnrateTerminal

/// FrameOutput with a pipe standing in for the terminal: what ncurses writes to its stream
/// during a capture reaches the terminal only when the capture ends, in one piece.
@Suite("Frame output")
struct FrameOutputTests {
    private final class Pipe {
        let read: Int32
        let write: Int32

        init() {
            var ends: [Int32] = [0, 0]
            precondition(pipe(&ends) == 0)
            _ = fcntl(ends[0], F_SETFL, O_NONBLOCK)
            read = ends[0]
            write = ends[1]
        }

        deinit {
            close(read)
            close(write)
        }

        /// Everything waiting in the pipe, without blocking.
        func available() -> String {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while case let count = Glibc.read(read, &buffer, buffer.count), count > 0 {
                bytes += buffer[..<count]
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func write(_ text: String, to output: FrameOutput) {
        var bytes = Array(text.utf8)
        _ = Glibc.write(fileno(output.cursesStream), &bytes, bytes.count)
    }

    @Test func aCapturedFrameArrivesWholeBetweenItsPrefixAndSuffix() throws {
        let terminal = Pipe()
        let output = try FrameOutput(terminal: terminal.write)
        defer { output.close() }
        var seenDuringCapture = "not read"
        let written = output.capture(prefix: Array("<begin>".utf8), suffix: Array("<end>".utf8)) {
            for row in 1...150 { Self.write("\u{1B}[\(row);1Hrow \(row)", to: output) }
            seenDuringCapture = terminal.available()
        }
        let rows = (1...150).map { "\u{1B}[\($0);1Hrow \($0)" }.joined()
        #expect(seenDuringCapture == "")
        #expect(terminal.available() == "<begin>" + rows + "<end>")
        #expect(written == "<begin>".utf8.count + rows.utf8.count + "<end>".utf8.count)
    }

    @Test func eachFrameHoldsOnlyItsOwnBytes() throws {
        let terminal = Pipe()
        let output = try FrameOutput(terminal: terminal.write)
        defer { output.close() }
        output.capture(prefix: [], suffix: []) { Self.write("a long first frame", to: output) }
        #expect(terminal.available() == "a long first frame")
        output.capture(prefix: [], suffix: []) { Self.write("short", to: output) }
        #expect(terminal.available() == "short")
    }

    @Test func outsideACaptureNcursesWritesStraightToTheTerminal() throws {
        let terminal = Pipe()
        let output = try FrameOutput(terminal: terminal.write)
        defer { output.close() }
        output.capture(prefix: [], suffix: []) {}
        Self.write("\u{1B}[?25h", to: output)
        #expect(terminal.available() == "\u{1B}[?25h")
    }
}
