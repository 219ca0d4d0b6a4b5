import CNcursesw
import Glibc

/// Where ncurses writes, so that a frame reaches the terminal in one write(2).
///
/// Left to itself, ncurses 6.4 writes a frame in pieces: until the screen has once been
/// suspended it flushes its buffer at every cursor move (`_nc_mvcur` while `_endwin` is
/// `ewInitial`), about 150 writes for a full frame, and its buffer holds only
/// (2 + lines) × (6 + columns) bytes. So ncurses gets a descriptor of its own, a duplicate of
/// the terminal's (terminal modes and the size work through it); while a frame is drawn that
/// descriptor is pointed at a file in memory, and the frame then goes to the terminal in one
/// write, its synchronized-update sequences inside it.
final class FrameOutput {
    /// The stream ncurses is given (`newterm`): its descriptor is the terminal's except while
    /// a frame is captured.
    let cursesStream: UnsafeMutablePointer<FILE>
    private let terminal: Int32
    private let cursesDescriptor: Int32
    /// A memfd; -1 where the kernel has none, and frames then go straight to the terminal.
    private let memory: Int32
    private var frame: [UInt8] = []

    init(terminal: Int32) throws(ScreenError) {
        self.terminal = terminal
        cursesDescriptor = fcntl(terminal, F_DUPFD_CLOEXEC, 3)
        guard cursesDescriptor >= 0, let stream = fdopen(cursesDescriptor, "w") else {
            let error = errno
            if cursesDescriptor >= 0 { Glibc.close(cursesDescriptor) }
            throw ScreenError.output(errno: error)
        }
        cursesStream = stream
        memory = burnrate_memory_file()
    }

    /// Runs `draw` (ncurses' doupdate) with its output kept back, then writes `prefix`, what it
    /// wrote and `suffix` to the terminal at once. Returns the bytes written.
    @discardableResult
    func capture(prefix: [UInt8], suffix: [UInt8], _ draw: () -> Void) -> Int {
        guard memory >= 0, dup2(memory, cursesDescriptor) >= 0 else {
            writeAll(prefix)
            draw()
            writeAll(suffix)
            return prefix.count + suffix.count
        }
        draw()
        _ = dup2(terminal, cursesDescriptor)
        let length = Int(lseek(memory, 0, SEEK_CUR))
        _ = lseek(memory, 0, SEEK_SET)
        frame.removeAll(keepingCapacity: true)
        frame += prefix
        let start = frame.count
        frame += repeatElement(0, count: max(0, length))
        let read = frame.withUnsafeMutableBufferPointer { buffer in
            pread(memory, buffer.baseAddress! + start, max(0, length), 0)
        }
        frame.removeLast(max(0, length) - max(0, read))
        frame += suffix
        writeAll(frame)
        let written = frame.count
        if frame.capacity > Self.keptCapacity { frame = [] }
        return written
    }

    /// The most of a frame's buffer kept for the next: enough for a keypress's frame. A full
    /// repaint (tens of KB) takes its buffer for itself alone, which would otherwise stay
    /// allocated beside the simulation's working memory for the rest of the run.
    private static let keptCapacity = 16 << 10

    /// Closes both descriptors; ncurses must be done with the stream (after `delscreen`).
    func close() {
        fclose(cursesStream)
        if memory >= 0 { Glibc.close(memory) }
    }

    /// Straight to the terminal, outside any frame. A terminal may take part of a large write;
    /// the rest follows at once.
    func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(terminal, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
