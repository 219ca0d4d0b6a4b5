#if canImport(Glibc)
import Glibc
#endif

/// How a simulation runs. Its result depends on `paths`, `seed` and the scenario only: the
/// threads, the reports and the priority change how fast it comes, never what it says.
public struct SimulationOptions: Sendable, Equatable {
    /// The seed unless one is given: the year of the article's round.
    public static let defaultSeed: UInt64 = 2026

    public var paths: Int
    public var seed: UInt64
    /// Worker threads; the processors online by default. A run uses at most
    /// `Simulation.maximumThreads`, and fewer when the horizon is so long that their tallies
    /// (48 KiB a year each) would pass 64 MB.
    public var threads: Int
    /// Paths run before the first partial result is reported.
    public var firstReport: Int
    /// Workers run at the lowest scheduling priority (Linux's SCHED_IDLE): any other thread that
    /// wants a processor gets it first, so a dashboard drawing and answering keys is never kept
    /// waiting by a run in the background.
    public var lowPriority: Bool

    public init(paths: Int = 100_000, seed: UInt64 = defaultSeed, threads: Int = activeCores, firstReport: Int = 4096,
                lowPriority: Bool = false) {
        self.paths = paths
        self.seed = seed
        self.threads = threads
        self.firstReport = firstReport
        self.lowPriority = lowPriority
    }

    /// The processors online now, at least 1.
    public static var activeCores: Int {
        #if canImport(Glibc)
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        1
        #endif
    }
}
