import BurnrateModel
import Synchronization
import Testing
@testable import BurnrateView

/// The simulation as the dashboard program runs it: which job the state declares, what its
/// progress does to the state, and how a what-if change starts a new generation. The engine is a
/// stand-in that answers with the hand-made result, so nothing here waits on a real run.
@Suite struct SimulationProgramTests {
    typealias Event = DashboardProgram.Event

    /// What the stand-in engine was asked, and the partial answers it gives before the final one.
    final class EngineLog: Sendable {
        let requests = Mutex<[SimulationRequest]>([])
    }

    static func engine(log: EngineLog = EngineLog(), partials: [Int] = [4096, 50_000]) -> SimulationEngine {
        SimulationEngine { request, isCancelled, progress in
            log.requests.withLock { $0.append(request) }
            for paths in partials {
                guard !isCancelled() else { return nil }
                progress(SimulationFixture.result(paths: paths, requested: request.paths, seed: request.seed))
            }
            return isCancelled() ? nil : SimulationFixture.result(requested: request.paths, seed: request.seed)
        }
    }

    static func program(_ engine: SimulationEngine = engine()) -> DashboardProgram {
        DashboardProgram(depth: .trueColor, engine: engine)
    }

    /// The built-in scenario with one uncertain input, or none.
    static func state(uncertain: Bool = false) -> AppState {
        var scenario = DashboardSnapshotTests.model.base
        scenario.uncertainty = uncertain
            ? Uncertainty(burnScale: Sourced(.triangular(low: 0.9, mode: 1, high: 1.4), source: "info-forecast")) : .none
        return AppState(model: ModelState(base: scenario), width: 100, height: 30)
    }

    static func jobs(_ state: AppState, _ program: DashboardProgram = program()) -> [String] {
        program.subscriptions(state).map(\.description).filter { $0.hasPrefix("job") }
    }

    /// Runs the declared job's work on this thread and collects what it reports and returns.
    static func work(of state: AppState, _ program: DashboardProgram, cancelled: Bool = false) throws -> [Event] {
        guard case .job(_, _, let work) = try #require(program.subscriptions(state).last) else { throw Unexpected() }
        let reported = Mutex<[Event]>([])
        let context = JobContext<Event>(isCancelled: { cancelled }, report: { event in reported.withLock { $0.append(event) } })
        let result = work(context)
        return reported.withLock { $0 } + (result.map { [$0] } ?? [])
    }

    static func typed(_ text: String) -> [Event] {
        ([Key.character(":")] + text.map(Key.character) + [.enter]).map { .app(.key($0)) }
    }

    @Test func withoutUncertainInputsNoRunIsWantedUntilTheViewOpens() {
        let state = Self.state()
        #expect(Self.jobs(state).isEmpty)
        let (open, _) = DashboardProgramTests.run(DashboardProgramTests.keys(.character("u")), from: state, with: Self.program())
        #expect(open.simulationView == SimulationViewState())
        #expect(Self.jobs(open) == ["job simulation generation 0"])
        let (closed, _) = DashboardProgramTests.run(DashboardProgramTests.keys(.character("u")), from: open, with: Self.program())
        #expect(closed.simulationView == nil)
        #expect(Self.jobs(closed).isEmpty)
    }

    @Test func uncertainInputsAskForARunForTheHeadlineUntilItIsFinal() throws {
        let program = Self.program()
        let state = Self.state(uncertain: true)
        #expect(Self.jobs(state, program) == ["job simulation generation 0"])
        let events = try Self.work(of: state, program)
        #expect(events == [
            .app(.simulated(revision: 0, SimulationFixture.result(paths: 4096))),
            .app(.simulated(revision: 0, SimulationFixture.result(paths: 50_000))),
            .app(.simulated(revision: 0, SimulationFixture.result())),
        ])
        let (partial, effects) = program.update(state, events[0])
        #expect(effects.isEmpty)
        #expect(partial.simulation.result?.paths == 4096)
        #expect(partial.simulation.isProvisional(for: partial.model))
        #expect(Self.jobs(partial, program) == ["job simulation generation 0"])
        let (final, _) = DashboardProgramTests.run(Array(events.dropFirst()), from: partial, with: program)
        #expect(final.simulation.result == SimulationFixture.result())
        #expect(!final.simulation.isProvisional(for: final.model))
        #expect(Self.jobs(final, program).isEmpty)
    }

    @Test func aWhatIfChangeStartsANewGenerationOnTheChangedScenarioAndKeepsTheLastAnswerUntilTheFirstNewOne() throws {
        let log = EngineLog()
        let program = Self.program(Self.engine(log: log))
        let done = program.update(Self.state(uncertain: true), .app(.simulated(revision: 0, SimulationFixture.result()))).0
        let (changed, _) = DashboardProgramTests.run(Self.typed("set burn.scale=1.25"), from: done, with: program)
        #expect(changed.model.isAdjusted)
        let generation = changed.model.revision
        #expect(generation > 0)
        #expect(Self.jobs(changed, program) == ["job simulation generation \(generation)"])
        #expect(changed.simulation.result == SimulationFixture.result())
        #expect(!changed.simulation.isCurrent(for: changed.model))

        let events = try Self.work(of: changed, program)
        let asked = try #require(log.requests.withLock { $0.last })
        #expect(asked.revision == generation)
        #expect(asked.scenario == changed.analysis.scenario)
        #expect(asked.scenario != done.analysis.scenario)
        #expect((asked.paths, asked.seed) == (100_000, 2026))

        // A report of the old generation that was already on its way changes nothing.
        let (late, _) = program.update(changed, .app(.simulated(revision: 0, SimulationFixture.result(paths: 4096))))
        #expect(late.simulation.result == SimulationFixture.result())
        #expect(!late.simulation.isCurrent(for: late.model))

        let (first, _) = program.update(late, events[0])
        #expect(first.simulation.isCurrent(for: first.model))
        #expect(first.simulation.result?.paths == 4096)
    }

    @Test func aCancelledRunReportsNothingAndEndsWithoutAResult() throws {
        let program = Self.program()
        #expect(try Self.work(of: Self.state(uncertain: true), program, cancelled: true).isEmpty)
    }

    @Test func uOpensTheViewInPlaceOfTheComparisonAndCClosesItForTheComparison() {
        var state = CompareUpdateTests().state(.chosen)
        state.compare.open = OpenComparison(against: .target)
        let (simulating, _) = DashboardUpdate.update(state, .key(.character("u")))
        #expect(simulating.simulationView != nil)
        #expect(simulating.compare.open == nil)
        let (comparing, _) = DashboardUpdate.update(simulating, .key(.character("c")))
        #expect(comparing.compare.open != nil)
        #expect(comparing.simulationView == nil)
    }
}
