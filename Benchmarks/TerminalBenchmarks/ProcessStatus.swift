import Glibc

/// What /proc says about a running process: its CPU time, how often it slept and its memory.
struct ProcessStatus {
    /// CPU time of all its live threads, in nanoseconds (/proc/PID/task/*/schedstat).
    var cpuNanoseconds: Int
    /// Its threads now: 1 when only the main thread runs (no background job).
    var threads: Int
    /// Times the process went to sleep of its own accord: its wake-ups.
    var voluntarySwitches: Int
    /// Peak resident memory so far (VmHWM), in KiB.
    var peakKiB: Int
    var residentKiB: Int
    /// The resident memory that is the program's own (heap, stacks): unlike the file-backed part,
    /// the same whichever way the kernel holds the executable's file in its page cache.
    var anonymousKiB: Int
    /// Resident pages of mapped files, the executable's code first: how many of its neighbours a
    /// page fault maps in with it depends on the page cache, so the same bytes in another file
    /// measure differently (README, Benchmarks).
    var fileBackedKiB: Int
    /// write(2) calls so far, to any descriptor (`syscw` of /proc/PID/io).
    var writes: Int

    init(pid: pid_t) throws(HarnessError) {
        let status = try FileContents.text(of: "/proc/\(pid)/status")
        let io = try FileContents.text(of: "/proc/\(pid)/io")
        var cpu = 0
        let tasks = try Self.entries(of: "/proc/\(pid)/task")
        for task in tasks {
            // A thread listed a moment ago may have ended since (a simulation run's worker).
            guard let schedstat = try? FileContents.text(of: "/proc/\(pid)/task/\(task)/schedstat") else { continue }
            cpu += schedstat.split(separator: " ").first.flatMap { Int($0) } ?? 0
        }
        guard let switches = Self.field("voluntary_ctxt_switches", in: status),
              let peak = Self.field("VmHWM", in: status),
              let resident = Self.field("VmRSS", in: status),
              let anonymous = Self.field("RssAnon", in: status),
              let fileBacked = Self.field("RssFile", in: status),
              let writes = Self.field("syscw", in: io) else {
            throw HarnessError("cannot read /proc/\(pid)")
        }
        cpuNanoseconds = cpu
        threads = tasks.count
        voluntarySwitches = switches
        peakKiB = peak
        residentKiB = resident
        anonymousKiB = anonymous
        fileBackedKiB = fileBacked
        self.writes = writes
    }

    /// CPU time of the thread whose id is the process's: the main thread, which reads keys and
    /// draws (the program starts no other before its first frame).
    static func mainThreadCPU(pid: pid_t) throws(HarnessError) -> Duration {
        let schedstat = try FileContents.text(of: "/proc/\(pid)/task/\(pid)/schedstat")
        return .nanoseconds(schedstat.split(separator: " ").first.flatMap { Int($0) } ?? 0)
    }

    /// How many file descriptors the process has open (/proc/PID/fd).
    static func openDescriptors(pid: pid_t) throws(HarnessError) -> Int {
        try entries(of: "/proc/\(pid)/fd").count
    }

    private static func field(_ name: String, in status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) }
        }
        return nil
    }

    static func entries(of directory: String) throws(HarnessError) -> [String] {
        guard let stream = opendir(directory) else { throw HarnessError("cannot list \(directory)") }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
