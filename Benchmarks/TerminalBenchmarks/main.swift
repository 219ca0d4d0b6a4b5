import Glibc

// Runs the release burnrate binary on a pseudo-terminal of 160×48 and measures what a user
// would: time from exec to the first frame, time and bytes for a keypress, output and CPU at
// idle, peak memory. See Benchmarks/RESULTS.md.
//
//   swift build -c release --product burnrate
//   swift build -c release --product TerminalBenchmarks
//   .build/release/TerminalBenchmarks [--runs 20] [--idle 5] [path/to/burnrate]
//   .build/release/TerminalBenchmarks --simulation [--runs 5] [path/to/burnrate]   keys during a run

struct Options {
    var runs = 20
    var idleSeconds = 5
    var executable = ".build/release/burnrate"
    /// Only the keys during a simulation run (SimulationKeys).
    var simulation = false

    init(_ arguments: [String]) throws(HarnessError) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--runs": runs = try Self.number(rest.popFirst(), for: argument)
            case "--idle": idleSeconds = try Self.number(rest.popFirst(), for: argument)
            case "--simulation": simulation = true
            default: executable = argument
            }
        }
    }

    private static func number(_ text: String?, for option: String) throws(HarnessError) -> Int {
        guard let text, let value = Int(text), value > 0 else { throw HarnessError("\(option) needs a positive number") }
        return value
    }
}

/// The caller's environment with a fixed terminal: xterm-256color, UTF-8, no colour overrides.
func terminalEnvironment() -> [String] {
    var inherited: [String] = []
    var entry = environ
    while let pointer = entry.pointee {
        inherited.append(String(cString: pointer))
        entry += 1
    }
    let replaced = ["TERM", "LANG", "LC_ALL", "COLORTERM", "NO_COLOR"]
    return inherited.filter { variable in !replaced.contains { variable.hasPrefix($0 + "=") } }
        + ["TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8"]
}

func row(_ name: String, _ values: [Double], unit: String, digits: Int, limit: String = "") {
    guard let statistics = Statistics(values) else { return }
    let padded = name + String(repeating: " ", count: max(1, 47 - name.count))
    print(padded + "median \(fixed(statistics.median, digits)) \(unit)   p90 \(fixed(statistics.p90, digits)) \(unit)"
        + (limit.isEmpty ? "" : "   (\(limit))"))
}

/// ↓ and ↑ in the simulation view while its run of 10,000,000 paths goes on, one start of
/// burnrate a run (issue target: answered within 1 ms, as without a run).
func measureKeysDuringASimulation(_ options: Options) throws(HarnessError) {
    let environment = terminalEnvironment()
    var runs: [SimulationKeys] = []
    for _ in 0..<options.runs {
        runs.append(try SimulationKeys.measure(executable: options.executable, environment: environment))
    }
    let presses = runs.flatMap(\.presses)
    print("burnrate --paths \(SimulationKeys.paths) on a 160×48 pseudo-terminal, simulation view (u): \(options.runs) runs, "
          + "\(SimulationKeys.keyCount) keys each")
    row("key j/k during the run: selection → frame on screen", presses.map(\.latency.milliseconds), unit: "ms", digits: 3,
        limit: "target < 1 ms")
    row("key j/k during the run: CPU of the main thread", presses.map(\.cpu.milliseconds), unit: "ms", digits: 3)
    row("progress frames between the keys, a run", runs.map { Double($0.progressFrames) }, unit: "", digits: 0)
    row("threads at SCHED_IDLE (the run's workers), a run", runs.map { Double($0.idleThreads) }, unit: "", digits: 0)
    row("threads in all, a run", runs.map { Double($0.threads) }, unit: "", digits: 0)
    print("runs still going after their last key: \(runs.count { $0.runningAfterKeys }) of \(runs.count)")
}

if CommandLine.arguments.dropFirst().first == "--soak" { exit(Soak.main(Array(CommandLine.arguments.dropFirst(2)))) }

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    guard access(options.executable, X_OK) == 0 else { throw HarnessError("no executable at \(options.executable)") }
    try ColdFile.evict(options.executable)
    let environment = terminalEnvironment()
    if options.simulation {
        try measureKeysDuringASimulation(options)
        exit(0)
    }
    let idle = Duration.seconds(options.idleSeconds)
    // One run first, not counted: it reads the executable from the disk (`ColdFile`).
    _ = try RunMeasurement.measure(executable: options.executable, arguments: [], environment: environment, idle: .seconds(1))
    var runs: [RunMeasurement] = []
    for _ in 0..<options.runs {
        runs.append(try RunMeasurement.measure(executable: options.executable, arguments: [], environment: environment, idle: idle))
    }

    print("burnrate on a 160×48 pseudo-terminal, TERM=xterm-256color: \(options.runs) runs, \(options.idleSeconds) s idle each")
    row("exec → first frame on screen", runs.map(\.firstFrame.milliseconds), unit: "ms", digits: 2, limit: "target < 30 ms")
    row("start-up CPU, main thread (exec → first frame)", runs.map(\.firstFrameCPU.milliseconds), unit: "ms", digits: 2,
        limit: "target < 10 ms")
    row("launch simulation: first frame → its end", runs.map(\.launchWork.milliseconds), unit: "ms", digits: 1)
    row("first frame, bytes written", runs.map { Double($0.firstFrameBytes) }, unit: "B", digits: 0)
    row("first frame, write(2) calls (any descriptor)", runs.map { Double($0.firstFrameWrites) }, unit: "", digits: 0)
    var labels: [String] = []
    for keypress in runs[0].keypresses where !labels.contains(keypress.label) { labels.append(keypress.label) }
    for label in labels {
        let presses = runs.flatMap { $0.keypresses.filter { $0.label == label } }
        // Issue targets: a key that moves a selection under 1 ms; a what-if change, which
        // recomputes the model and redraws every panel, settled under 5 ms.
        let limit = label.contains("selection") ? "target < 1 ms" : (label.contains("recompute") ? "target < 5 ms" : "")
        row("key \(label), to frame on screen", presses.map(\.latency.milliseconds), unit: "ms", digits: 3, limit: limit)
        row("key \(label), CPU time (main thread)", presses.map(\.cpu.milliseconds), unit: "ms", digits: 3)
        row("key \(label), bytes written", presses.map { Double($0.bytes) }, unit: "B", digits: 0)
        row("key \(label), write(2) calls (any descriptor)", presses.map { Double($0.writes) }, unit: "", digits: 0)
    }
    row("idle: bytes written per second", runs.map { Double($0.idleBytes) / $0.idleSeconds }, unit: "B/s", digits: 1)
    row("idle: frames per second", runs.map { Double($0.idleFrames) / $0.idleSeconds }, unit: "/s", digits: 2,
        limit: "target ≤ 1, the clock")
    row("idle: wake-ups per second", runs.map { Double($0.idleWakeups) / $0.idleSeconds }, unit: "/s", digits: 2)
    row("idle: CPU time per second", runs.map { $0.idleCPU.milliseconds / $0.idleSeconds }, unit: "ms/s", digits: 3)
    row("peak memory (VmHWM) before q", runs.map { Double($0.peakKiB) / 1024 }, unit: "MiB", digits: 2,
        limit: "target < 16 MB")
    row("resident memory (VmRSS) before q", runs.map { Double($0.residentKiB) / 1024 }, unit: "MiB", digits: 2)
    row("  of it anonymous (RssAnon: heap, stacks)", runs.map { Double($0.anonymousKiB) / 1024 }, unit: "MiB", digits: 2)
    row("  of it file-backed (RssFile: code, data)", runs.map { Double($0.fileBackedKiB) / 1024 }, unit: "MiB", digits: 2)
    row("peak memory (wait4 ru_maxrss) at exit", runs.map { Double($0.maxRSSKiB) / 1024 }, unit: "MiB", digits: 2)
    if let frames = try TerminalWrites.perFrame(executable: options.executable, environment: environment) {
        // Issue target: a frame, from the start to the end of its synchronized update, leaves
        // in one write(2).
        let names = ["first frame", "clock tick"] + RunMeasurement.keys.map(\.label)
        print("write(2) calls to the terminal per frame (one run under strace; target 1):")
        for (name, count) in zip(names, frames) {
            print("  " + name + String(repeating: " ", count: max(1, 45 - name.count)) + "\(count)")
        }
    }
} catch {
    var message = Array("TerminalBenchmarks: \(error)\n".utf8)
    _ = write(STDERR_FILENO, &message, message.count)
    exit(1)
}
