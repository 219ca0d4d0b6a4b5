import BurnrateCore
import Glibc
import Synchronization

/// A job's progress and result on their way from its thread to the runner, which takes them
/// when the wake pipe says there are some.
final class JobMailbox<Event: Sendable>: Sendable {
    struct Letter: Sendable {
        /// The job's number in the run (`BackgroundJob.serial`).
        var serial: Int
        var event: Event
    }

    let wakePipe = WakePipe()
    private let letters = Mutex<[Letter]>([])

    func post(_ letter: Letter) {
        letters.withLock { $0.append(letter) }
        wakePipe.wake()
    }

    /// Everything posted since the last call, in the order posted.
    func take() -> [Letter] {
        wakePipe.drain()
        return letters.withLock { letters in
            defer { letters = [] }
            return letters
        }
    }
}

/// One job running on a thread of its own (not Swift's cooperative pool, which a job that
/// computes for seconds would hold up). Cancelling only raises its flag: the work sees it at
/// its next check and returns, and what it posts from then on is dropped.
final class BackgroundJob<Event: Sendable>: Sendable {
    let serial: Int
    let generation: Int
    private let cancelled = Atomic<Bool>(false)

    var isCancelled: Bool { cancelled.load(ordering: .acquiring) }

    private init(serial: Int, generation: Int) {
        self.serial = serial
        self.generation = generation
    }

    /// Starts `work` on a new thread; its reports and its result are posted to `mailbox`.
    static func start(serial: Int, generation: Int, mailbox: JobMailbox<Event>,
                      work: @escaping @Sendable (JobContext<Event>) -> Event?) -> BackgroundJob {
        let job = BackgroundJob(serial: serial, generation: generation)
        let post: @Sendable (Event) -> Void = { event in
            guard !job.isCancelled else { return }
            mailbox.post(.init(serial: serial, event: event))
        }
        let context = JobContext<Event>(isCancelled: { job.isCancelled }, report: post)
        ThreadStart.detached {
            if let result = work(context) { post(result) }
        }
        return job
    }

    func cancel() {
        cancelled.store(true, ordering: .releasing)
    }
}

/// A detached POSIX thread running a closure.
enum ThreadStart {
    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    static func detached(_ run: @escaping @Sendable () -> Void) {
        let body = Unmanaged.passRetained(Body(run)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            let body = Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue()
            body.run()
            return nil
        }, body)
        guard started == 0 else {
            // No thread to be had (the system's limit): the work runs here rather than never.
            Unmanaged<Body>.fromOpaque(body).takeRetainedValue().run()
            return
        }
        pthread_detach(thread)
    }
}
