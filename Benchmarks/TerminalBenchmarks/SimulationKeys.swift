import Glibc

/// Keys answered while the simulation view's run is in progress: burnrate started with a run
/// long enough to outlast them (`--paths 10000000`), the view opened with `u`, then ↓ and ↑ (j,
/// k) moving the selection between the years, each timed to the first frame that shows the
/// year it selects. The run's progress reports draw frames of their own between the keys;
/// those are counted, not timed.
struct SimulationKeys {
    struct Press {
        let latency: Duration
        /// CPU time of the program's main thread (the one that reads keys and draws) meanwhile,
        /// without the run's workers.
        let cpu: Duration
    }

    static let paths = 10_000_000
    /// Keys a run, a few milliseconds apart, so that they spread over the run.
    static let keyCount = 40
    /// Linux's SCHED_IDLE, the policy of the run's workers in the dashboard.
    static let idlePolicy = 5

    var presses: [Press] = []
    /// Frames of the run's progress read between the keys.
    var progressFrames = 0
    /// The program's threads at SCHED_IDLE, and all of its threads, once the run had answered.
    var idleThreads = 0
    var threads = 0
    /// Whether the run was still going after the last key: no frame had shown it complete.
    var runningAfterKeys = true

    static func measure(executable: String, environment: [String]) throws(HarnessError) -> SimulationKeys {
        var run = SimulationKeys()
        let terminal = try PseudoTerminal(executable: executable, arguments: ["--paths", "\(paths)"], environment: environment,
                                          columns: 160, rows: 48)
        guard terminal.read(until: RunMeasurement.frameEnd, timeout: .seconds(10)) != nil else {
            throw HarnessError("no first frame within 10 s")
        }
        terminal.send("u")
        // The view's first frame with the run's figures, whether the run answered before `u` or after.
        _ = try frame(on: terminal, showing: "provisional", within: .seconds(60), counting: &run)
        run.progressFrames = 0
        (run.idleThreads, run.threads) = try threadPolicies(pid: terminal.pid)

        var year: Int?
        for index in 0..<keyCount {
            let (drained, _) = terminal.drain(for: .milliseconds(15))
            run.progressFrames += RunMeasurement.occurrences(of: RunMeasurement.frameEnd, in: drained)
            if RunMeasurement.contains(drained, "seed ") { run.runningAfterKeys = false }
            // The first ↓ selects the first year; then three down and three up, over and over.
            let down = year == nil || (index - 1) % 6 < 3
            year = year.map { down ? $0 + 1 : $0 - 1 } ?? 2026
            let before = try ProcessStatus.mainThreadCPU(pid: terminal.pid)
            let sent = MonotonicClock.now()
            terminal.send(down ? "j" : "k")
            _ = try frame(on: terminal, showing: "\(year!)", within: .seconds(2), counting: &run)
            let latency = MonotonicClock.now() - sent
            let after = try ProcessStatus.mainThreadCPU(pid: terminal.pid)
            run.presses.append(Press(latency: latency, cpu: after - before))
        }

        terminal.send("q")
        _ = terminal.drain(for: .seconds(2))
        var status: Int32 = 0
        guard waitpid(terminal.pid, &status, 0) == terminal.pid else { throw HarnessError("waitpid failed") }
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw HarnessError("burnrate did not exit cleanly after q during a run (wait status \(status))")
        }
        return run
    }

    /// Reads frames until one contains `text`; the frames before it are the run's progress
    /// (counted), and one that shows the run complete (its seed) says it was over.
    private static func frame(on terminal: PseudoTerminal, showing text: String, within timeout: Duration,
                              counting run: inout SimulationKeys) throws(HarnessError) -> [UInt8] {
        let deadline = MonotonicClock.now() + timeout
        while case let remaining = deadline - MonotonicClock.now(), remaining > .zero {
            guard let frame = terminal.read(until: RunMeasurement.frameEnd, timeout: remaining) else { break }
            if RunMeasurement.contains(frame, "seed ") { run.runningAfterKeys = false }
            if RunMeasurement.contains(frame, text) { return frame }
            run.progressFrames += 1
        }
        throw HarnessError("no frame showing \"\(text)\" within \(timeout)")
    }

    /// How many of the program's threads run at SCHED_IDLE, and how many threads it has: the
    /// policy is the 41st field of /proc/PID/task/TID/stat, counted after the command's
    /// parenthesis (the command may hold spaces).
    private static func threadPolicies(pid: pid_t) throws(HarnessError) -> (idle: Int, all: Int) {
        var idle = 0, all = 0
        for task in try ProcessStatus.entries(of: "/proc/\(pid)/task") {
            guard let stat = try? FileContents.text(of: "/proc/\(pid)/task/\(task)/stat"),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            // Field 3 (the state) is the first after the parenthesis; the policy is field 41.
            all += 1
            if fields.count > 38, Int(fields[38]) == idlePolicy { idle += 1 }
        }
        return (idle, all)
    }
}
