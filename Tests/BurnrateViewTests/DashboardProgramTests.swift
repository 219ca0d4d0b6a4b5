import BurnrateModel
import Testing
@testable import BurnrateView

/// The dashboard as the runner runs it: events in, the state and the effects out, and the
/// subscriptions a state declares. No terminal, no file is touched.
@Suite struct DashboardProgramTests {
    static let program = DashboardProgram(depth: .trueColor, home: "/home/ana")
    static let now = Now(instant: .now, hour: 10, minute: 0, second: 5)

    static func run(_ events: [DashboardProgram.Event], from state: AppState,
                    with program: DashboardProgram = program) -> (AppState, [Effect<DashboardProgram.Event>]) {
        events.reduce((state, [])) { result, event in program.update(result.0, event) }
    }

    static func keys(_ keys: Key...) -> [DashboardProgram.Event] { keys.map { .app(.key($0)) } }

    /// The file the effects write, with its text and the event its outcome makes.
    static func write(in effects: [Effect<DashboardProgram.Event>])
        -> (path: String, text: String, overwrite: Bool, then: @Sendable (WriteOutcome) -> DashboardProgram.Event)? {
        guard effects.count == 1, case .writeFile(let path, let text, let overwrite, let then) = effects[0] else { return nil }
        return (path, text, overwrite, then)
    }

    @Test func enterInTheSavePromptWritesTheWhatIfAndTheOutcomeMovesThePromptOn() throws {
        let (saving, effects) = Self.run(Self.keys(.character("s"), .enter), from: SaveFlowTests().state())
        let write = try #require(Self.write(in: effects))
        #expect(write.path == "openai-2026-02-whatif.yaml")
        #expect(write.text == SaveFlowTests.text)
        #expect(!write.overwrite)
        #expect(saving.saving.prompt?.stage == .saving)

        let exists = write.then(.exists)
        #expect(exists == .app(.saveFinished(path: "openai-2026-02-whatif.yaml", .exists)))
        let (asking, _) = Self.program.update(saving, exists)
        #expect(asking.saving.prompt?.stage == .confirmingOverwrite)

        let (replacing, again) = Self.run(Self.keys(.character("y")), from: asking)
        let overwrite = try #require(Self.write(in: again))
        #expect(again.map(\.description) == ["write openai-2026-02-whatif.yaml, replacing it"])
        let (saved, none) = Self.program.update(replacing, overwrite.then(.written))
        #expect(saved.saving.prompt == nil)
        #expect(saved.message == "saved openai-2026-02-whatif.yaml")
        #expect(none.isEmpty)

        let (failed, _) = Self.program.update(replacing, overwrite.then(.failed("Permission denied")))
        #expect(failed.saving.prompt == SavePrompt(path: "openai-2026-02-whatif.yaml"))
        #expect(failed.message == "could not save: Permission denied")
    }

    @Test func aPathInTheHomeFolderIsWrittenThereAndReportedAsTyped() throws {
        let typed = [Key.character("s"), .ctrl("u")] + "~/w.yaml".map(Key.character) + [.enter]
        let (_, effects) = Self.run(typed.map { .app(.key($0)) }, from: SaveFlowTests().state())
        let write = try #require(Self.write(in: effects))
        #expect(write.path == "/home/ana/w.yaml")
        #expect(write.then(.written) == .app(.saveFinished(path: "~/w.yaml", .saved)))
    }

    @Test func quitAndRedrawAreEffects() {
        let state = AppState(model: DashboardSnapshotTests.model, width: 100, height: 30)
        #expect(Self.run(Self.keys(.character("q")), from: state).1.map(\.description) == ["quit"])
        #expect(Self.run(Self.keys(.ctrl("l")), from: state).1.map(\.description) == ["redraw all"])
        #expect(Self.run(Self.keys(.down), from: state).1.isEmpty)
    }

    @Test func theTerminalsInputBecomesTheAppsEvents() {
        let mouse = MouseEvent(x: 3, y: 4, button: .left)
        #expect(Self.program.events(for: .key(.tab)) == [.app(.key(.tab))])
        #expect(Self.program.events(for: .paste("a b")) == [.app(.paste("a b"))])
        #expect(Self.program.events(for: .mouse(mouse)) == [.app(.mouse(mouse))])
        #expect(Self.program.events(for: .resize(width: 90, height: 20)) == [.app(.resize(width: 90, height: 20))])
    }

    /// The built-in scenario has uncertain inputs: the simulation runs for the header's headline.
    @Test func atRestTheClockAndTheHeadlinesSimulationAreAskedFor() throws {
        let state = AppState(model: DashboardSnapshotTests.model, width: 100, height: 30)
        let subscriptions = Self.program.subscriptions(state)
        #expect(subscriptions.map(\.description) == ["clock every 1.0 seconds", "job simulation generation 0"])
        guard case .clock(_, let tick) = subscriptions[0] else { throw Unexpected() }
        #expect(tick(Self.now) == .app(.tick(ClockTime(hour: 10, minute: 0, second: 5))))
    }

    @Test func playbackAsksForATimerPerYearAtItsPace() throws {
        let state = AppState(model: DashboardSnapshotTests.model, width: 100, height: 30)
        let (playing, _) = Self.run(Self.keys(.character(" ")), from: state)
        let subscriptions = Self.program.subscriptions(playing)
        // from the as-of figures to 2026's, the funding gap and the commitments cross thresholds: the alerts' banner has a timer
        #expect(subscriptions.map(\.description) == ["clock every 1.0 seconds", "timer playback 2026 every 1.5 seconds",
                                                     "timer alert banner 1 every 8.0 seconds", "job simulation generation 0"])
        guard case .timer(_, _, let step) = subscriptions[1] else { throw Unexpected() }
        #expect(step(Self.now) == .app(.timelineStep))
        let (faster, _) = Self.run(Self.keys(.character(">"), .character("]")), from: playing)
        #expect(Self.program.subscriptions(faster).map(\.description)[1] == "timer playback 2027 every 1.0 seconds")
        let (paused, _) = Self.run(Self.keys(.character(" ")), from: faster)
        #expect(Self.program.subscriptions(paused).map(\.description) == ["clock every 1.0 seconds", "timer alert banner 2 every 8.0 seconds",
                                                                         "job simulation generation 0"])
    }

    @Test func aScenarioFileIsWatchedAndABuiltInOneIsNot() throws {
        let state = AppState(model: DashboardSnapshotTests.model, width: 100, height: 30)
        let followed = FollowedScenario(path: "/data/s.yaml") { path in .deleted(path: "read " + path) }
        let program = DashboardProgram(depth: .trueColor, scenarioFile: followed)
        let subscriptions = program.subscriptions(state)
        #expect(subscriptions.map(\.description) == ["clock every 1.0 seconds", "file /data/s.yaml", "job simulation generation 0"])
        #expect(!Self.program.subscriptions(state).map(\.description).contains { $0.hasPrefix("file") })
        guard case .file(_, let change) = subscriptions[1] else { throw Unexpected() }
        #expect(change(.written) == .app(.scenarioFile(.deleted(path: "read /data/s.yaml"))))
        #expect(change(.removed) == .app(.scenarioFile(.deleted(path: "/data/s.yaml"))))
        let off = try #require(change(.unwatchable("inotify: Too many open files")))
        #expect(off == .liveReloadOff("live reload is off: inotify: Too many open files"))
        #expect(program.update(state, off).0.message == "live reload is off: inotify: Too many open files")
    }
}

struct Unexpected: Error {}
