import Glibc

/// One start of the dashboard on a fresh pseudo-terminal: first frame, a few keys, an idle
/// stretch, peak memory, quit.
struct RunMeasurement {
    struct Keypress {
        let key: String
        let label: String
        let latency: Duration
        /// CPU time the program spent answering: its share of `latency`, free of waiting for a
        /// core on a busy machine.
        let cpu: Duration
        let bytes: Int
        /// write(2) calls made for it, to any descriptor.
        let writes: Int
    }

    var firstFrame: Duration = .zero
    var firstFrameBytes = 0
    /// CPU time the program used up to its first frame: the part of `firstFrame` that is its
    /// own work rather than waiting for a core.
    var firstFrameCPU: Duration = .zero
    /// write(2) calls up to the first frame, to any descriptor: the frame's and those of
    /// entering full-screen mode.
    var firstFrameWrites = 0
    var keypresses: [Keypress] = []
    var idleSeconds = 0.0
    var idleBytes = 0
    var idleFrames = 0
    var idleCPU: Duration = .zero
    var idleWakeups = 0
    var peakKiB = 0
    var residentKiB = 0
    var maxRSSKiB = 0

    /// The end of every frame: CursesScreen wraps each one in synchronized output.
    static let frameEnd = Array("\u{1B}[?2026l".utf8)
    /// Keys in the order they are sent, each after the previous frame is on screen: ↓ selects
    /// the first investor, then moves the selection; Tab moves the focus; then the what-if
    /// panel opens and SoftBank's realisation steps down and up, each step a full recompute of
    /// the model and a redraw of every panel.
    static let keys: [(key: String, label: String)] = [
        ("j", "j: first selection"), ("j", "j: move selection"), ("j", "j: move selection"),
        ("k", "k: move selection"), ("\t", "Tab: focus next panel"), ("j", "j: first selection"),
        ("w", "w: open the what-if panel"), ("j", "j: pick SoftBank"),
        ("h", "←: SoftBank delivers 90 % (recompute)"), ("h", "←: SoftBank delivers 80 % (recompute)"),
        ("l", "→: SoftBank delivers 90 % (recompute)"), ("t", "t: next theme (full repaint)"),
    ]

    static func measure(executable: String, arguments: [String], environment: [String],
                        idle: Duration) throws(HarnessError) -> RunMeasurement {
        var run = RunMeasurement()
        let start = MonotonicClock.now()
        let terminal = try PseudoTerminal(executable: executable, arguments: arguments, environment: environment,
                                          columns: 160, rows: 48)
        guard let first = terminal.read(until: frameEnd, timeout: .seconds(10)) else {
            throw HarnessError("no first frame within 10 s; output so far:\n" + String(decoding: terminal.output, as: UTF8.self))
        }
        run.firstFrame = MonotonicClock.now() - start
        run.firstFrameBytes = first.count
        let atFirstFrame = try ProcessStatus(pid: terminal.pid)
        run.firstFrameCPU = .nanoseconds(atFirstFrame.cpuNanoseconds)
        run.firstFrameWrites = atFirstFrame.writes
        guard contains(first, "Amazon"), contains(first, "quit") else {
            throw HarnessError("the first frame does not show the dashboard:\n" + String(decoding: first, as: UTF8.self))
        }
        // Right after a clock tick the next one is a second away: the keys' frames stand alone.
        guard terminal.read(until: frameEnd, timeout: .milliseconds(2500)) != nil else {
            throw HarnessError("no clock tick within 2.5 s")
        }
        for (key, label) in keys {
            let before = try ProcessStatus(pid: terminal.pid)
            let sent = MonotonicClock.now()
            terminal.send(key)
            guard let frame = terminal.read(until: frameEnd, timeout: .seconds(2)) else {
                throw HarnessError("no frame after \(label)")
            }
            let latency = MonotonicClock.now() - sent
            let after = try ProcessStatus(pid: terminal.pid)
            run.keypresses.append(Keypress(key: key, label: label, latency: latency,
                                           cpu: .nanoseconds(after.cpuNanoseconds - before.cpuNanoseconds),
                                           bytes: frame.count, writes: after.writes - before.writes))
        }

        let before = try ProcessStatus(pid: terminal.pid)
        let idleStart = MonotonicClock.now()
        let (idleOutput, _) = terminal.drain(for: idle)
        let after = try ProcessStatus(pid: terminal.pid)
        run.idleSeconds = (MonotonicClock.now() - idleStart).milliseconds / 1000
        run.idleBytes = idleOutput.count
        run.idleFrames = occurrences(of: frameEnd, in: idleOutput)
        run.idleCPU = .nanoseconds(after.cpuNanoseconds - before.cpuNanoseconds)
        run.idleWakeups = after.voluntarySwitches - before.voluntarySwitches
        run.peakKiB = after.peakKiB
        run.residentKiB = after.residentKiB

        terminal.send("q")
        _ = terminal.drain(for: .seconds(2))
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(terminal.pid, &status, 0, &usage) == terminal.pid else { throw HarnessError("wait4 failed") }
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw HarnessError("burnrate did not exit cleanly after q (wait status \(status))")
        }
        run.maxRSSKiB = usage.ru_maxrss
        return run
    }

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        occurrences(of: Array(text.utf8), in: bytes) > 0
    }

    static func occurrences(of marker: [UInt8], in bytes: [UInt8]) -> Int {
        guard bytes.count >= marker.count else { return 0 }
        return (0...(bytes.count - marker.count)).count { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}
