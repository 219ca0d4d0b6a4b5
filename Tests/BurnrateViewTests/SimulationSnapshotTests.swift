import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// The simulation view as text from the hand-made result, at the dashboard's sizes, refining,
/// done, stale after a what-if and with an explanation open; golden files in __Snapshots__,
/// looked at by eye when recorded.
@Suite(.snapshots(record: .missing))
struct SimulationSnapshotTests {
    static let sizes = [(160, 48), (100, 30), (80, 24)]

    static func state(_ width: Int, _ height: Int, paths: Int = 100_000, glyphs: Glyphs = .unicode,
                      _ change: (inout AppState) -> Void = { _ in }) -> AppState {
        var state = SimulationProgramTests.state(uncertain: true)
        (state.width, state.height, state.glyphs) = (width, height, glyphs)
        state.simulationView = SimulationViewState()
        state.simulation.receive(SimulationFixture.result(paths: paths), revision: state.model.revision, model: state.model)
        change(&state)
        return state
    }

    @Test(arguments: sizes)
    func done(width: Int, height: Int) {
        assertSnapshot(of: DashboardSnapshotTests.screen(Self.state(width, height)), as: .lines, named: "\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func refining(width: Int, height: Int) {
        assertSnapshot(of: DashboardSnapshotTests.screen(Self.state(width, height, paths: 12_288)), as: .lines,
                       named: "\(width)x\(height)")
    }

    @Test func aYearSelected() {
        let state = Self.state(100, 30) { $0.simulationView?.selection = .year(2028) }
        assertSnapshot(of: DashboardSnapshotTests.screen(state), as: .lines)
    }

    @Test func aDriverSelectedInASCII() {
        let state = Self.state(100, 30, glyphs: .ascii) { $0.simulationView?.selection = .driver(.burnScale) }
        assertSnapshot(of: DashboardSnapshotTests.screen(state), as: .lines)
    }

    @Test func staleAfterAWhatIfOnTheSmallestScreen() {
        let state = Self.state(80, 24) { $0.model.stack(StressPreset.named("softbank-half")!) }
        assertSnapshot(of: DashboardSnapshotTests.screen(state), as: .lines)
    }

    @Test func staleAfterAWhatIfWithItsPanelOpen() {
        let state = Self.state(100, 30) { state in
            state.model.stack(StressPreset.named("softbank-half")!)
            state.whatIfPanel = WhatIfPanelState()
        }
        assertSnapshot(of: DashboardSnapshotTests.screen(state), as: .lines)
    }

    @Test func waitingForTheFirstAnswer() {
        var state = AppState(model: DashboardSnapshotTests.model, width: 80, height: 24)
        state.simulationView = SimulationViewState()
        assertSnapshot(of: DashboardSnapshotTests.screen(state), as: .lines)
    }

    @Test func explainAYear() {
        let state = Self.state(100, 30) { state in
            state = DashboardUpdate.update(state, .key(.down)).0
            state = DashboardUpdate.update(state, .key(.down)).0
            state = DashboardUpdate.update(state, .key(.enter)).0
        }
        #expect(state.overlay == .explain(.simulated(.year(2027))))
        assertSnapshot(of: DashboardSnapshotTests.screen(state), as: .lines)
    }

    @Test func explainADriver() {
        let state = Self.state(160, 48) { state in
            state = DashboardUpdate.update(state, .key(.end)).0
            state = DashboardUpdate.update(state, .key(.enter)).0
        }
        #expect(state.overlay == .explain(.simulated(.driver(UncertainInput("realisation.softbank")))))
        assertSnapshot(of: DashboardSnapshotTests.screen(state), as: .lines)
    }

    @Test(arguments: sizes)
    func theHeaderGivesTheHeadline(width: Int, height: Int) {
        var state = Self.state(width, height, paths: 12_288)
        state.simulationView = nil
        assertSnapshot(of: DashboardSnapshotTests.screen(state).split(separator: "\n").prefix(2).joined(separator: "\n"), as: .lines,
                       named: "\(width)x\(height)")
    }

    /// One header row of 80 columns: the clock gives way to the headline.
    @Test func theHeadlineBeforeTheClock() {
        var state = Self.state(80, 24)
        state.simulationView = nil
        state.clock = ClockTime(hour: 14, minute: 5, second: 0)
        #expect(DashboardSnapshotTests.screen(state).split(separator: "\n")[0]
                == " OpenAI's $1… as of 2026-02-20  P(cash < 0 by 2030) 89 % ± 0.1  risk 89 ✗ alert")
        state.width = 100
        #expect(DashboardSnapshotTests.screen(state).split(separator: "\n")[0]
                == " burnrate  OpenAI's $1… as of 2026-02-20  P(cash < 0 by 2030) 89 % ± 0.1  risk 89 ✗ alert  14:05:00")
    }
}
