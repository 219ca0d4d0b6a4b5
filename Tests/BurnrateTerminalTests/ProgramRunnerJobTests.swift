import BurnrateTerminal
import Foundation
import Synchronization
import Testing

/// The runner in-process on a `PipeTerminal`, with a program whose state asks for a slow
/// background job (`JobProgram`): keys are answered while the job runs, its progress arrives
/// in order, it stops promptly when the state stops asking, and a replaced job's result never
/// reaches the state.
@Suite("Program runner: background jobs", .serialized)
struct ProgramRunnerJobTests {
    /// The runner on a thread of its own, as the test drives it through the terminal.
    final class Running: Sendable {
        let terminal = PipeTerminal()
        private let result = Mutex<JobProgram.State?>(nil)

        init(_ program: JobProgram) {
            Thread.detachNewThread { [self] in
                let (state, _) = ProgramRunner.run(program, from: JobProgram.State(), on: terminal)
                result.withLock { $0 = state }
            }
        }

        /// Quits and waits for the last state.
        func finish() throws -> JobProgram.State {
            terminal.press("q")
            let deadline = ContinuousClock.now + .seconds(10)
            while ContinuousClock.now < deadline {
                if let state = result.withLock({ $0 }) { return state }
                usleep(1000)
            }
            throw Timeout()
        }

        struct Timeout: Error {}
    }

    private func progressCount(_ frame: String) -> Int {
        let words = frame.split(separator: " ")
        return words.count > 3 ? Int(words[3]) ?? 0 : 0
    }

    @Test func keysAreAnsweredWhileAJobRunsAndStoppingAskingCancelsItWithin10ms() throws {
        let log = JobLog()
        let run = Running(JobProgram(log: log))
        run.terminal.press("s")
        run.terminal.waitForFrame { progressCount($0) >= 3 }
        for count in 1...5 {
            run.terminal.press("k")
            let frame = run.terminal.waitForFrame { $0.hasPrefix("keys \(count) ") }
            #expect(frame.hasPrefix("keys \(count) "))
            #expect(log.exit(of: 0) == nil, "the job still runs while key \(count) is answered")
        }
        // Stopped five times (a new generation each), timed from the moment the runner had the
        // x to the moment the job saw it was cancelled; the median, as the machine is shared.
        var stops: [Duration] = []
        for generation in 0..<5 {
            if generation > 0 {
                run.terminal.press("n")
                run.terminal.press("s")
                run.terminal.waitForFrame { $0.contains(" last \(generation):3 ") }
            }
            run.terminal.press("x")
            let deadline = ContinuousClock.now + .seconds(5)
            while log.exit(of: generation) == nil && ContinuousClock.now < deadline { usleep(200) }
            let exit = try #require(log.exit(of: generation))
            let change = try #require(run.terminal.deliveredAt("x"))
            stops.append(change.duration(to: exit))
        }
        #expect(stops.sorted()[2] < .milliseconds(10), "the jobs stopped \(stops) after the change")
        let state = try run.finish()
        #expect(state.keys == 5)
        #expect(state.results == [])
        for generation in 0..<5 {
            let progress = state.progress.filter { $0.generation == generation }
            #expect(progress.count >= 3)
            #expect(progress == (1...progress.count).map { JobProgram.Progress(generation: generation, step: $0) })
        }
    }

    @Test func aNewerJobReplacesAnOlderOneWhoseResultNeverArrives() throws {
        let log = JobLog()
        let run = Running(JobProgram(log: log, finishAfter: [1: 50], stubborn: [0]))
        run.terminal.press("s")
        run.terminal.waitForFrame { progressCount($0) >= 2 }
        run.terminal.press("n")
        let finished = run.terminal.waitForFrame { $0.hasSuffix("results [1]") }
        #expect(finished.hasSuffix("results [1]"))
        // The old generation returned a result and reported after it was cancelled; another
        // batch after that gives any of it the chance to arrive.
        #expect(log.exit(of: 0) != nil)
        usleep(20_000)
        run.terminal.press("k")
        run.terminal.waitForFrame { $0.hasPrefix("keys 1 ") }
        let state = try run.finish()
        #expect(state.results == [1])
        let old = state.progress.filter { $0.generation == 0 }
        let new = state.progress.filter { $0.generation == 1 }
        #expect(old == (0..<old.count).map { JobProgram.Progress(generation: 0, step: $0 + 1) })
        #expect(new == (1...10).map { JobProgram.Progress(generation: 1, step: $0) })
        #expect(state.progress == old + new)
    }
}
