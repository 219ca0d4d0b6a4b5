#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Holds the replaying process to the fuzzer's limits and names the input that breaks one:
/// - memory: the data segment may grow by 256 MB (and some slack for the unoptimised build)
///   past what the process had when replay began (RLIMIT_DATA), so an input that allocates
///   more fails to allocate, and traps;
/// - time: each input gets a CPU-time budget (ITIMER_PROF: CPU the process used, which other
///   processes on a shared machine do not inflate, unlike wall time), and is stopped past it;
/// - a trap, a fault or the timer writes the input's path to standard error, after the
///   runtime's own message ("Fatal error: …"), and ends the process with status 0: the
///   exit test then hands its standard error to the parent, which fails on the line.
enum ReplayGuard {
    static let dataSlackBytes = 256 << 20 + 128 << 20

    static func limitMemory() {
        var limit = rlimit(rlim_cur: rlim_t(dataSegmentBytes() + dataSlackBytes), rlim_max: rlim_t.max)
        setrlimit(Int32(RLIMIT_DATA.rawValue), &limit)
    }

    static func run<Failure: Error>(_ path: String, cpuSeconds: Double, _ body: () throws(Failure) -> Void) throws(Failure) {
        installOnce
        let message = Array("\n\(FuzzReplay.failureMark)\(path): trapped, faulted or ran over \(cpuSeconds) s of CPU\n".utf8.prefix(capacity))
        message.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: $0.count) }
        messageLength = message.count
        var timer = itimerval(it_interval: timeval(), it_value: timeval(tv_sec: Int(cpuSeconds), tv_usec: 0))
        setitimer(Int32(ITIMER_PROF.rawValue), &timer, nil)
        defer {
            var off = itimerval()
            setitimer(Int32(ITIMER_PROF.rawValue), &off, nil)
            messageLength = 0
        }
        try body()
    }

    private static let capacity = 4_096
    nonisolated(unsafe) private static let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var messageLength = 0

    private static let installOnce: Void = {
        for signal in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGPROF] {
            var action = sigaction()
            action.sa_flags = SA_SIGINFO
            action.__sigaction_handler.sa_sigaction = { _, _, _ in
                _ = write(STDERR_FILENO, ReplayGuard.buffer, ReplayGuard.messageLength)
                _exit(EXIT_SUCCESS)
            }
            sigaction(signal, &action, nil)
        }
    }()

    /// VmData of /proc/self/status, in bytes (0 where there is none).
    private static func dataSegmentBytes() -> Int {
        guard let file = fopen("/proc/self/status", "r") else { return 0 }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
            if text.hasPrefix("VmData:") {
                return (Int(text.dropFirst(7).filter(\.isNumber)) ?? 0) * 1024
            }
        }
        return 0
    }
}
