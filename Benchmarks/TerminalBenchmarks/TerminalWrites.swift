import Glibc

/// How many write(2) calls reach the terminal for each frame, from one more run under strace.
/// /proc's write count cannot tell the terminal from other descriptors (burnrate has ncurses
/// write a frame into a file in memory, then writes it to the terminal at once).
enum TerminalWrites {
    static let strace = "/usr/bin/strace"

    /// Writes to the terminal per frame, in the order of the run: the first frame, the clock
    /// tick, then one per key of `RunMeasurement.keys`. Nil where strace is not installed.
    static func perFrame(executable: String, environment: [String]) throws(HarnessError) -> [Int]? {
        guard access(strace, X_OK) == 0 else { return nil }
        let trace = "/tmp/burnrate-terminal-writes-\(getpid()).txt"
        defer { unlink(trace) }
        _ = try RunMeasurement.measure(executable: strace,
                                       arguments: ["-f", "-qq", "-e", "trace=write", "-e", "signal=none", "-s", "8",
                                                   "-o", trace, executable],
                                       environment: environment, idle: .seconds(1))
        return frames(inTrace: try FileContents.text(of: trace))
    }

    /// A frame starts with the write that begins its synchronized update and runs until the
    /// next one starts; the last, which also holds the writes of leaving, is left out.
    static func frames(inTrace trace: String) -> [Int] {
        var counts: [Int] = []
        for line in trace.split(separator: "\n") where line.contains(" write(1, ") {
            if line.contains(#"write(1, "\33[?2026h""#) {
                counts.append(1)
            } else if !counts.isEmpty {
                counts[counts.count - 1] += 1
            }
        }
        return Array(counts.dropLast())
    }
}
