import BurnrateTerminal
import BurnrateCore
import Synchronization

/// A program whose state asks for a slow background job, for the runner's tests: `s` asks for
/// it, `n` asks for a newer generation, `x` stops asking, `q` quits, any other key is
/// counted. Each generation's work spins in steps of 1 ms, checks for cancellation between
/// steps, reports every 5th step, and returns a result after `finishAfter[generation]` steps
/// (never when absent). A `stubborn` generation, once cancelled, reports and returns a result
/// anyway: the runner must drop them.
struct JobProgram: Program, Sendable {
    struct State {
        var asking = false
        var generation = 0
        var keys = 0
        var progress: [Progress] = []
        var results: [Int] = []
    }

    struct Progress: Hashable, Sendable {
        var generation: Int
        var step: Int
    }

    enum Event: Sendable {
        case key(Character)
        case progress(Progress)
        case result(generation: Int)
    }

    let log: JobLog
    var finishAfter: [Int: Int] = [:]
    var stubborn: Set<Int> = []

    func events(for input: TerminalInput) -> [Event] {
        guard case .key(.character(let character)) = input else { return [] }
        return [.key(character)]
    }

    func update(_ state: State, _ event: Event) -> (State, [Effect<Event>]) {
        var next = state
        switch event {
        case .key("s"): next.asking = true
        case .key("n"): next.generation += 1
        case .key("x"): next.asking = false
        case .key("q"): return (next, [.quit])
        case .key: next.keys += 1
        case .progress(let progress): next.progress.append(progress)
        case .result(let generation): next.results.append(generation)
        }
        return (next, [])
    }

    func subscriptions(_ state: State) -> [Subscription<Event>] {
        guard state.asking else { return [] }
        let (generation, log, steps, stubborn) = (state.generation, log, finishAfter[state.generation],
                                                  stubborn.contains(state.generation))
        return [.job(id: "slow", generation: generation) { context in
            var step = 0
            while true {
                if context.isCancelled {
                    log.exited(generation)
                    guard stubborn else { return nil }
                    context.report(.progress(Progress(generation: generation, step: -1)))
                    return .result(generation: generation)
                }
                let stepEnd = ContinuousClock.now + .milliseconds(1)
                while ContinuousClock.now < stepEnd {}
                step += 1
                if step % 5 == 0 { context.report(.progress(Progress(generation: generation, step: step / 5))) }
                if step == steps {
                    log.exited(generation)
                    return .result(generation: generation)
                }
            }
        }]
    }

    func view(_ state: State) -> Frame {
        let last = state.progress.last.map { "\($0.generation):\($0.step)" } ?? "-"
        let line = "keys \(state.keys) progress \(state.progress.count) last \(last) results \(state.results)"
        return Frame(canvas: Canvas(lines: [line, ""]), resolver: PlainResolver())
    }
}

/// When each generation's work returned, as its own thread saw it.
final class JobLog: Sendable {
    private let exits = Mutex<[Int: ContinuousClock.Instant]>([:])

    func exited(_ generation: Int) {
        let now = ContinuousClock.now
        exits.withLock { $0[generation] = now }
    }

    func exit(of generation: Int) -> ContinuousClock.Instant? {
        exits.withLock { $0[generation] }
    }
}

struct PlainResolver: StyleResolver {
    let depth = ColorDepth.monochrome

    func resolve(_ style: Style) -> ResolvedStyle {
        ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault, attributes: style.attributes)
    }
}
