import BurnrateCore

/// What the runner keeps running for a program's subscriptions, and what each has to say
/// when poll(2) wakes. `declare` compares a new list with what runs: what is new starts, what
/// is kept gets the new list's closures, what went stops.
final class ActiveSubscriptions<Event: Sendable> {
    /// In the order of their periods, the shortest first; a program asks for one or two.
    private var clocks: [(every: Duration, due: ContinuousClock.Instant, event: @Sendable (Now) -> Event)] = []
    private var timers = Timers()
    private var timerEvents: [String: @Sendable (Now) -> Event] = [:]
    private var files: [String: (file: WatchedFile?, event: @Sendable (FileChange) -> Event?)] = [:]
    private var servers: [Int32: (server: SocketServer, event: @Sendable (ServerEvent) -> Event?)] = [:]
    private var connections: [String: (connection: SocketConnection, event: @Sendable (ConnectionEvent) -> Event?)] = [:]
    private var jobs: [String: BackgroundJob<Event>] = [:]
    private let mailbox = JobMailbox<Event>()
    /// Numbers each job started, so that a job's letters are told from those of one it replaced.
    private var jobsStarted = 0
    /// Events that came from starting a subscription (a connection made at once, a file that
    /// cannot be watched): the runner hands them over without waiting.
    private(set) var pending: [Event] = []

    func declare(_ subscriptions: [Subscription<Event>], now: ContinuousClock.Instant) {
        var declaredClocks: [(every: Duration, due: ContinuousClock.Instant, event: @Sendable (Now) -> Event)] = []
        var declaredTimers: [(id: String, every: Duration)] = []
        var declaredFiles: [String: @Sendable (FileChange) -> Event?] = [:]
        var declaredServers: [Int32: @Sendable (ServerEvent) -> Event?] = [:]
        var declaredConnections: [String: (retry: Duration, event: @Sendable (ConnectionEvent) -> Event?)] = [:]
        var declaredJobs: [String: (generation: Int, work: @Sendable (JobContext<Event>) -> Event?)] = [:]
        timerEvents = [:]
        for subscription in subscriptions {
            switch subscription {
            case .clock(let every, let event):
                declaredClocks.removeAll { $0.every == every }
                declaredClocks.append((every, clocks.first { $0.every == every }?.due ?? WallClock.next(every), event))
            case .timer(let id, let every, let event):
                declaredTimers.append((id, every))
                timerEvents[id] = event
            case .file(let path, let event): declaredFiles[path] = event
            case .server(let listener, let event): declaredServers[listener.descriptor] = event
            case .connection(let path, let retry, let event): declaredConnections[path] = (retry, event)
            case .job(let id, let generation, let work): declaredJobs[id] = (generation, work)
            }
        }
        declaredClocks.sort { $0.every < $1.every }
        clocks = declaredClocks
        timers.declare(declaredTimers, now: now)
        // Most programs use few kinds: the kinds neither declared nor running are passed over.
        if !declaredFiles.isEmpty || !files.isEmpty { declareFiles(declaredFiles) }
        if !declaredServers.isEmpty || !servers.isEmpty { declareServers(declaredServers) }
        if !declaredConnections.isEmpty || !connections.isEmpty { declareConnections(declaredConnections, now: now) }
        if !declaredJobs.isEmpty || !jobs.isEmpty { declareJobs(declaredJobs) }
    }

    private func declareFiles(_ declared: [String: @Sendable (FileChange) -> Event?]) {
        files = declared.reduce(into: [:]) { result, entry in
            let (path, event) = entry
            if let running = files[path] {
                result[path] = (running.file, event)
                return
            }
            do {
                result[path] = (try WatchedFile(path: path), event)
            } catch {
                result[path] = (nil, event)
                event(.unwatchable("\(error)")).map { pending.append($0) }
            }
        }
    }

    private func declareServers(_ declared: [Int32: @Sendable (ServerEvent) -> Event?]) {
        for (listener, running) in servers where declared[listener] == nil { running.server.stop() }
        servers = declared.reduce(into: [:]) { result, entry in
            result[entry.key] = (servers[entry.key]?.server ?? SocketServer(listener: entry.key), entry.value)
        }
    }

    private func declareConnections(_ declared: [String: (retry: Duration, event: @Sendable (ConnectionEvent) -> Event?)],
                                    now: ContinuousClock.Instant) {
        for (path, running) in connections where declared[path] == nil { running.connection.stop() }
        connections = declared.reduce(into: [:]) { result, entry in
            let (path, (retry, event)) = entry
            let connection = connections[path]?.connection ?? SocketConnection(path: path, retry: retry, now: now)
            connection.retry = retry
            result[path] = (connection, event)
            pending += connection.attempt(now: now).compactMap(event)
        }
    }

    private func declareJobs(_ declared: [String: (generation: Int, work: @Sendable (JobContext<Event>) -> Event?)]) {
        for (id, job) in jobs where declared[id]?.generation != job.generation {
            job.cancel()
            jobs[id] = nil
        }
        for (id, (generation, work)) in declared where jobs[id] == nil {
            jobsStarted += 1
            jobs[id] = BackgroundJob.start(serial: jobsStarted, generation: generation, mailbox: mailbox, work: work)
        }
    }

    // Closures rather than key paths here and below: in generic code a key path is made
    // again at every call, which cost more than the rest of a clock tick.

    /// Calls `body` with every descriptor poll(2) should wait on for the subscriptions.
    func forEachDescriptor(_ body: (Int32) -> Void) {
        body(mailbox.wakePipe.readEnd)
        for watched in files.values { watched.file.map { body($0.descriptor) } }
        for running in servers.values { running.server.descriptors.forEach(body) }
        for running in connections.values { running.connection.descriptor.map(body) }
    }

    /// The next time a clock, a timer or a connection attempt is due.
    var nextDeadline: ContinuousClock.Instant? {
        var earliest = timers.nextDeadline
        func consider(_ instant: ContinuousClock.Instant?) {
            guard let instant else { return }
            earliest = earliest.map { min($0, instant) } ?? instant
        }
        for clock in clocks { consider(clock.due) }
        for running in connections.values { consider(running.connection.deadline) }
        return earliest
    }

    /// What the subscriptions have to say now: the pending events, then clocks and timers
    /// due, files changed, clients come and gone, lines received, jobs' reports.
    func events(ready: ReadyDescriptors, now: Now) -> [Event] {
        var events = pending
        pending = []
        for index in clocks.indices where now.instant >= clocks[index].due {
            events.append(clocks[index].event(now))
            clocks[index].due = WallClock.next(clocks[index].every)
        }
        if timers.isRunning { events += timers.fire(now: now.instant).compactMap { timerEvents[$0]?(now) } }
        for watched in files.values {
            guard let file = watched.file, ready[file.descriptor, default: 0] != 0,
                  let change = file.pendingChange() else { continue }
            watched.event(change == .written ? .written : .removed).map { events.append($0) }
        }
        for running in servers.values {
            events += running.server.events(ready: ready).compactMap(running.event)
        }
        for running in connections.values {
            if let descriptor = running.connection.descriptor, ready[descriptor, default: 0] != 0 {
                events += running.connection.receive(now: now.instant).compactMap(running.event)
            }
            events += running.connection.attempt(now: now.instant).compactMap(running.event)
        }
        if ready[mailbox.wakePipe.readEnd, default: 0] != 0 {
            events += mailbox.take().filter { letter in jobs.values.contains { $0.serial == letter.serial } }.map { $0.event }
        }
        return events
    }

    /// Carries out `Effect.send`: the events of clients that could not take it.
    func send(_ text: String, to clients: [SocketClient]) -> [Event] {
        servers.values.flatMap { running in running.server.send(text, to: clients).compactMap(running.event) }
    }

    /// Stops everything, at the end of the run.
    func stop() {
        declare([], now: .now)
    }
}
