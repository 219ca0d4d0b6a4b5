#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Runs a range of paths on POSIX threads. Each worker takes chunks of paths from a shared
/// counter and counts them into a tally of its own; the caller's thread waits, asking every
/// millisecond whether to stop (workers stop at their next chunk, a fraction of a millisecond
/// away), and adds the tallies up once every worker is done. Which worker ran which chunk
/// changes nothing: tallies are counts. The first worker counts on from the total itself, so
/// that a run holds a tally a worker and no more.
final class PathWorkers: @unchecked Sendable {
    /// Paths a worker takes at a time: long enough that the shared counter costs nothing, short
    /// enough that a stop is seen within a fraction of a millisecond.
    static let chunk = 256

    /// Linux's SCHED_IDLE (linux/sched.h), which Glibc's module leaves out.
    private static let idlePolicy: Int32 = 5

    let model: PathModel
    let seed: UInt64
    let threads: Int
    let lowPriority: Bool
    private let stopped = Atomic<Bool>(false)
    private let nextChunk = Atomic<Int>(0)
    /// Set before the workers start (thread creation orders it before their reads).
    private var range = 0..<0
    private let tallies: UnsafeMutablePointer<PathTally>
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private let allDone: UnsafeMutablePointer<pthread_cond_t>
    /// Workers finished with the current range; guarded by `lock`.
    private var finished = 0

    init(model: PathModel, seed: UInt64, threads: Int, lowPriority: Bool) {
        self.model = model
        self.seed = seed
        self.threads = threads
        self.lowPriority = lowPriority
        tallies = .allocate(capacity: threads)
        tallies.initialize(repeating: model.emptyTally(), count: threads)
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        allDone = .allocate(capacity: 1)
        pthread_cond_init(allDone, nil)
    }

    deinit {
        tallies.deinitialize(count: threads)
        tallies.deallocate()
        pthread_cond_destroy(allDone)
        allDone.deallocate()
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Runs the paths of `range` and adds them to `total`; false when `isCancelled` turned true
    /// first, `total` then counting only some of the range's paths.
    func run(_ range: Range<Int>, into total: inout PathTally, isCancelled: () -> Bool) -> Bool {
        self.range = range
        nextChunk.store(0, ordering: .relaxed)
        finished = 0
        swap(&tallies[0], &total)
        var started: [pthread_t] = []
        for index in 0..<threads {
            let start = Unmanaged.passRetained(WorkerStart(workers: self, index: index)).toOpaque()
            var thread = pthread_t()
            let status = pthread_create(&thread, nil, { raw in
                let start = Unmanaged<WorkerStart>.fromOpaque(raw!).takeRetainedValue()
                start.workers.work(index: start.index)
                return nil
            }, start)
            if status == 0 {
                started.append(thread)
            } else {
                Unmanaged<WorkerStart>.fromOpaque(start).release()
            }
        }
        if started.isEmpty {
            // No thread to be had (the system's limit): the work runs here, asking between chunks.
            work(index: 0, asking: isCancelled)
        } else {
            waitForWorkers(count: started.count, isCancelled: isCancelled)
            for thread in started { pthread_join(thread, nil) }
        }
        swap(&tallies[0], &total)
        for index in 1..<threads {
            total.merge(tallies[index])
            tallies[index] = model.emptyTally()
        }
        return !stopped.load(ordering: .relaxed)
    }

    private func waitForWorkers(count: Int, isCancelled: () -> Bool) {
        pthread_mutex_lock(lock)
        while finished < count {
            if isCancelled() { stopped.store(true, ordering: .relaxed) }
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            var deadline = now
            deadline.tv_nsec += 1_000_000
            if deadline.tv_nsec >= 1_000_000_000 {
                deadline.tv_sec += 1
                deadline.tv_nsec -= 1_000_000_000
            }
            pthread_cond_timedwait(allDone, lock, &deadline)
        }
        pthread_mutex_unlock(lock)
    }

    /// A worker thread's body.
    private func work(index: Int) {
        if lowPriority {
            var parameters = sched_param()
            pthread_setschedparam(pthread_self(), Self.idlePolicy, &parameters)
        }
        work(index: index) { false }
        pthread_mutex_lock(lock)
        finished += 1
        pthread_cond_signal(allDone)
        pthread_mutex_unlock(lock)
    }

    /// Runs chunks into tally `index` until the range is done or the run is stopped.
    private func work(index: Int, asking isCancelled: () -> Bool) {
        let scratch = PathScratch(model: model)
        defer { scratch.deallocate() }
        while !stopped.load(ordering: .relaxed) {
            if isCancelled() {
                stopped.store(true, ordering: .relaxed)
                break
            }
            let start = range.lowerBound + nextChunk.wrappingAdd(1, ordering: .relaxed).oldValue * Self.chunk
            guard start < range.upperBound else { break }
            model.run(paths: start..<min(start + Self.chunk, range.upperBound), seed: seed, into: &tallies[index],
                      scratch: scratch)
        }
    }
}

/// What a new worker thread is handed: its pool and its tally's place.
private final class WorkerStart {
    let workers: PathWorkers
    let index: Int

    init(workers: PathWorkers, index: Int) {
        self.workers = workers
        self.index = index
    }
}
