import BurnrateCore
import Glibc

/// How a run ended.
public enum RunEnding: Hashable, Sendable {
    /// The program's update asked to quit.
    case quit
    /// SIGINT, SIGTERM or Ctrl-C.
    case interrupted
    /// SIGHUP, or the terminal went away.
    case hangup
}

/// Runs a `Program` on a terminal: sleeps in poll(2) on the terminal's input and signals, the
/// subscriptions' descriptors (watched files, sockets, the jobs' wake pipe) and the next
/// deadline of a clock, a timer or a connection attempt; turns what woke it into events; folds
/// them into the state with the program's update, carrying out the effects it returns (their
/// outcomes are events of the same batch); brings the subscriptions in line with the new
/// state; and draws once per batch. Nothing wakes it that the state does not ask for.
public enum ProgramRunner {
    /// Draws the initial state, then runs until the program quits or a signal ends the run.
    /// The terminal stays open for the caller to close.
    public static func run<P: Program>(_ program: P, from initial: P.State, on terminal: some Terminal)
        -> (state: P.State, ending: RunEnding) {
        var program = program
        var state = initial
        let subscriptions = ActiveSubscriptions<P.Event>()
        defer { subscriptions.stop() }
        // The first frame before anything starts: a background job (the dashboard's launch
        // simulation) would otherwise take the CPU the first frame is waiting for.
        draw(program.view(state), on: terminal)
        subscriptions.declare(program.subscriptions(state), now: .now)
        while true {
            guard let ready = wait(for: terminal, subscriptions) else { return (state, .hangup) }
            let now = WallClock.now()
            var events: [P.Event] = []
            var mustDraw = false
            for event in terminal.events(ready: ready) {
                switch event {
                case .signal(.quit): return (state, .interrupted)
                case .signal(.hangup): return (state, .hangup)
                case .signal(.continue):
                    terminal.invalidate()
                    mustDraw = true
                case .input(let input):
                    if case .resize = input { mustDraw = true }
                    events += program.events(for: input)
                }
            }
            events += subscriptions.events(ready: ready, now: now)
            guard !events.isEmpty || mustDraw else { continue }
            if !events.isEmpty, let time = program.time(now) { events.insert(time, at: 0) }
            var next = 0
            while next < events.count {
                let (updated, effects) = program.update(state, events[next])
                state = updated
                next += 1
                for effect in effects {
                    guard let outcome = perform(effect, on: terminal, subscriptions) else { return (state, .quit) }
                    events += outcome
                }
            }
            subscriptions.declare(program.subscriptions(state), now: now.instant)
            draw(program.view(state), on: terminal)
        }
    }

    private static func draw(_ frame: Frame, on terminal: some Terminal) {
        terminal.present(frame.canvas, resolver: frame.resolver)
    }

    /// Carries out `effect`; the events it answers with, or nil to quit.
    private static func perform<Event>(_ effect: Effect<Event>, on terminal: some Terminal,
                                       _ subscriptions: ActiveSubscriptions<Event>) -> [Event]? {
        switch effect {
        case .quit:
            return nil
        case .redrawAll:
            terminal.invalidate()
        case .bell:
            terminal.bell()
        case .writeFile(let path, let text, let overwrite, let then):
            return [then(write(text, to: path, overwrite: overwrite))]
        case .send(let text, let clients):
            return subscriptions.send(text, to: clients)
        case .appendLine(let path, let line, let limit, let then):
            return then(LineAppend.append(line, to: path, limit: limit)).map { [$0] } ?? []
        case .run(let command, let input, let timeout):
            CommandRun.start(command, input: input, timeout: timeout)
        }
        return []
    }

    private static func write(_ text: String, to path: String, overwrite: Bool) -> WriteOutcome {
        do {
            return switch try AtomicWrite.write(text, to: path, overwrite: overwrite) {
            case .written: .written
            case .exists: .exists
            }
        } catch {
            return .failed(error.reason)
        }
    }

    /// Blocks until something is ready or due, and says what is ready;
    /// nil when poll(2) fails, which the run takes for the terminal gone.
    private static func wait<Event>(for terminal: some Terminal, _ subscriptions: ActiveSubscriptions<Event>) -> ReadyDescriptors? {
        var descriptors: [pollfd] = []
        for descriptor in terminal.inputDescriptors { descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
        subscriptions.forEachDescriptor { descriptors.append(pollfd(fd: $0, events: Int16(POLLIN), revents: 0)) }
        let timeout = subscriptions.pending.isEmpty ? timeout(until: subscriptions.nextDeadline) : 0
        while true {
            let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
            if ready >= 0 { break }
            guard errno == EINTR else { return nil }
        }
        return ReadyDescriptors(polled: descriptors)
    }

    /// Milliseconds until the deadline, rounded up so a timer never fires early; -1 to wait
    /// for ever.
    static func timeout(until deadline: ContinuousClock.Instant?, now: ContinuousClock.Instant = .now) -> Int32 {
        guard let deadline else { return -1 }
        let remaining = now.duration(to: deadline).components
        guard remaining.seconds >= 0, remaining.seconds > 0 || remaining.attoseconds > 0 else { return 0 }
        let milliseconds = remaining.seconds * 1000 + (remaining.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}
