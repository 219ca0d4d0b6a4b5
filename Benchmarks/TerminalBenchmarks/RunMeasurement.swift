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
    /// own work rather than waiting for a core. The main thread's: the program starts its
    /// background work (the launch simulation) only once the first frame is out.
    var firstFrameCPU: Duration = .zero
    /// From the first frame to the end of the background work it started (the launch
    /// simulation of a scenario with uncertain inputs), zero when it started none.
    var launchWork: Duration = .zero
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
    var anonymousKiB = 0
    var fileBackedKiB = 0
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
        let firstFrameAt = MonotonicClock.now()
        run.firstFrame = firstFrameAt - start
        run.firstFrameBytes = first.count
        run.firstFrameCPU = try ProcessStatus.mainThreadCPU(pid: terminal.pid)
        run.firstFrameWrites = try ProcessStatus(pid: terminal.pid).writes
        guard contains(first, "Amazon"), contains(first, "quit") else {
            throw HarnessError("the first frame does not show the dashboard:\n" + String(decoding: first, as: UTF8.self))
        }
        if let ended = try backgroundWorkEnded(on: terminal, appearingWithin: .milliseconds(500)) {
            run.launchWork = ended - firstFrameAt
        }
        try waitForClockTick(on: terminal)
        for (key, label) in keys {
            // A key is measured on a program at rest, as before the simulation existed; keys
            // during a run are SimulationKeys' measure.
            if try backgroundWorkEnded(on: terminal, appearingWithin: .milliseconds(20)) != nil {
                try waitForClockTick(on: terminal)
            }
            let before = try ProcessStatus(pid: terminal.pid)
            let mainBefore = try ProcessStatus.mainThreadCPU(pid: terminal.pid)
            let sent = MonotonicClock.now()
            terminal.send(key)
            guard let frame = terminal.read(until: frameEnd, timeout: .seconds(2)) else {
                throw HarnessError("no frame after \(label)")
            }
            let latency = MonotonicClock.now() - sent
            let after = try ProcessStatus(pid: terminal.pid)
            run.keypresses.append(Keypress(key: key, label: label, latency: latency,
                                           cpu: try ProcessStatus.mainThreadCPU(pid: terminal.pid) - mainBefore,
                                           bytes: frame.count, writes: after.writes - before.writes))
        }

        if try backgroundWorkEnded(on: terminal, appearingWithin: .milliseconds(20)) != nil {
            try waitForClockTick(on: terminal)
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
        run.anonymousKiB = after.anonymousKiB
        run.fileBackedKiB = after.fileBackedKiB

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

    /// Right after a clock tick the next one is a second away: what follows stands alone.
    private static func waitForClockTick(on terminal: PseudoTerminal) throws(HarnessError) {
        guard terminal.read(until: frameEnd, timeout: .milliseconds(2500)) != nil else {
            throw HarnessError("no clock tick within 2.5 s")
        }
    }

    /// When the program's background work ended: a thread besides the main one appears within
    /// `appearing` (the program starts it just after a frame), then the program is back to one
    /// thread; nil when none appeared. The frames it drew meanwhile are drained.
    private static func backgroundWorkEnded(on terminal: PseudoTerminal,
                                            appearingWithin appearing: Duration) throws(HarnessError) -> Duration? {
        let start = MonotonicClock.now()
        var started = false
        while true {
            let threads = try ProcessStatus(pid: terminal.pid).threads
            let now = MonotonicClock.now()
            if threads > 1 { started = true }
            if started, threads == 1 {
                // The frame showing the work's result follows the thread's end.
                _ = terminal.drain(for: .milliseconds(30))
                return now
            }
            if !started, now - start > appearing { return nil }
            guard now - start < .seconds(20) else { throw HarnessError("background work still going after 20 s") }
            _ = terminal.drain(for: .milliseconds(1))
        }
    }

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        occurrences(of: Array(text.utf8), in: bytes) > 0
    }

    static func occurrences(of marker: [UInt8], in bytes: [UInt8]) -> Int {
        guard bytes.count >= marker.count else { return 0 }
        return (0...(bytes.count - marker.count)).count { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}
