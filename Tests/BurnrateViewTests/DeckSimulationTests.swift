import BurnrateModel
import Synchronization
import Testing
@testable import BurnrateView

/// A simulation slide in a presentation and in a handout, with the stand-in engine: the job
/// runs only while the slide is shown, for the slide's scenario, and a handout runs it to its end.
@Suite struct DeckSimulationTests {
    static let slide = DeckSnapshotTests.loaded.deck.slides.firstIndex { $0.kind == .simulation }!

    static func program(_ engine: SimulationEngine) -> PresentProgram {
        PresentProgram(start: PresentProgramTests.start, palette: Palette(theme: BuiltInThemes.named("default"), depth: .trueColor),
                       engine: engine)
    }

    static func jobs(_ state: PresentState, _ program: PresentProgram) -> [String] {
        program.subscriptions(state).map(\.description).filter { $0.hasPrefix("job") }
    }

    static func showing(_ index: Int) -> PresentState {
        var deck = DeckState(loaded: DeckSnapshotTests.loaded, width: 100, height: 30, theme: BuiltInThemes.named("default"))
        deck.show(index)
        return PresentState(deck: deck, notes: false)
    }

    @Test func theBuiltInDeckAsksHowLikelyAShortfallIs() {
        let slide = DeckSnapshotTests.loaded.deck.slides[Self.slide]
        #expect(Self.slide == 11)
        #expect(slide.title == "How likely is a shortfall?")
        #expect(slide.notes?.contains("{indicator:funding.gap}") == true)
    }

    @Test func onlyTheSimulationSlideRunsAndItsAnswerEndsTheJob() throws {
        let log = SimulationProgramTests.EngineLog()
        let program = Self.program(SimulationProgramTests.engine(log: log))
        #expect(Self.jobs(Self.showing(Self.slide - 1), program).isEmpty)
        let shown = Self.showing(Self.slide)
        let generation = shown.deck.model.revision
        #expect(Self.jobs(shown, program) == ["job simulation generation \(generation)"])
        guard case .job(_, _, let work) = try #require(program.subscriptions(shown).last) else { throw Unexpected() }
        let reports = Mutex<[PresentProgram.Event]>([])
        let last = work(JobContext(isCancelled: { false }, report: { event in reports.withLock { $0.append(event) } }))
        #expect(log.requests.withLock { $0.map(\.scenario) } == [shown.deck.model.analysis.scenario])

        let (partial, _) = program.update(shown, try #require(reports.withLock { $0.first }))
        #expect(SimulationSlide(state: partial.deck).result?.paths == 4096)
        let (done, _) = program.update(partial, try #require(last))
        #expect(done.deck.simulation.result == SimulationFixture.result())
        #expect(Self.jobs(done, program).isEmpty)

        // Away and back: the slide comes up with its what-if afresh, a new generation.
        let (away, _) = program.update(done, .deck(.key(.right)))
        #expect(Self.jobs(away, program).isEmpty)
        let (back, _) = program.update(away, .deck(.key(.left)))
        #expect(Self.jobs(back, program) == ["job simulation generation \(back.deck.model.revision)"])
        #expect(back.deck.model.revision > generation)
        #expect(SimulationSlide(state: back.deck).result == nil)
    }

    @Test func aHandoutRunsTheSimulationToItsEndAndWritesItsFigure() {
        let log = SimulationProgramTests.EngineLog()
        let handout = Handout.render(DeckSnapshotTests.loaded, format: .text, theme: BuiltInThemes.named("default"),
                                     engine: SimulationProgramTests.engine(log: log))
        #expect(handout.contains("Slide 12/13: How likely is a shortfall?\n\n"
                                 + "Figure: 89 % (P(cash < 0 by 2030) ± 0.1 pts · 100,000 paths · seed 2026)\n\n"))
        #expect(log.requests.withLock { $0.count } == 1)
    }
}
