import BurnrateModel
import BurnrateYAML
import SnapshotTesting
import Testing
@testable import BurnrateView

/// A deck's league slide: the scenarios it names side by side, the deck's own following a
/// reload of its file; golden files in __Snapshots__, looked at by eye when recorded.
@Suite(.snapshots(record: .missing))
struct LeagueSlideTests {
    static let text = """
        title: Bets
        scenario: openai-2026-02
        slides:
          - {view: league, title: "The two OpenAI rounds", scenarios: [openai-2026-03-close, openai-2026-02], caption: Worst marked}
          - {view: league, title: Every built-in bet}

        """

    static func state(slide index: Int = 0, width: Int = 100, height: Int = 30) throws -> DeckState {
        let loaded = try DeckLoader.load(text: text, file: "bets.yaml") { (reference) throws(DiagnosticList) in
            try ScenarioCatalog.load(reference, fileExists: { _ in false })
        }
        var state = DeckState(loaded: loaded, width: width, height: height, theme: BuiltInThemes.named("default"))
        state.show(index)
        return state
    }

    @Test(arguments: [(160, 48), (100, 30)])
    func theTwoOpenAIRounds(size: (Int, Int)) throws {
        assertSnapshot(of: CanvasRenderer.text(SlideView.render(try Self.state(width: size.0, height: size.1))), as: .lines,
                       named: "\(size.0)x\(size.1)")
    }

    @Test func everyBuiltInScenarioByDefault() throws {
        let league = LeagueSlide(state: try Self.state(slide: 1)).league
        #expect(league.columns.map(\.id) == BuiltInScenarios.names)
    }

    /// The deck's own scenario is the model's: a reload of its file shows in the table, a
    /// slide's what-if does not.
    @Test func theDecksOwnColumnFollowsItsFile() throws {
        var state = try Self.state()
        var changed = state.model.base
        changed.round.investors.removeAll { $0.id == "amazon" }
        state = DeckUpdate.update(state, .scenarioFile(.reloaded(changed))).0
        let league = LeagueSlide(state: state).league
        let hhi = try #require(league.rows.first { $0.id == IndicatorCatalogue.investorConcentration.id })
        // SoftBank 30B and Nvidia 20B of 50B: 60² + 40² = 5,200.
        #expect(hhi.cells.map(\.text) == ["2,895–2,949", "5,200"])
    }

    /// A slide does not scroll: every built-in bet at 100×30 leaves blocks of scenarios out, and
    /// the slide says so on its last row rather than showing part of the league as all of it.
    @Test func whatTheRoomLeavesOutIsSaid() throws {
        let state = try Self.state(slide: 1)
        let lines = CanvasRenderer.text(SlideView.render(state)).split(separator: "\n", omittingEmptySubsequences: false)
        let said = try #require(lines.firstIndex { $0.contains("Not shown for want of room") })
        #expect(lines[said].trimmingCharacters(in: .whitespaces)
                == "Not shown for want of room: 4 scenarios (a slide's scenarios: [..] names fewer)")
        // The first block whole (its ids, 19 indicators), and nothing of the next above the note.
        let table = LeagueTable(league: LeagueSlide(state: state).league, width: 92, glyphs: state.glyphs)
        #expect(table.blocks.map(\.count) == [3, 4])
        #expect(LeagueSlide.cut(table, height: 23)?.shownHeight == 20)
        #expect(LeagueSlide.cut(table, height: 16)?.text
                == "Not shown for want of room: 4 scenarios and 5 indicators (a slide's scenarios: [..] names fewer)")
        #expect(LeagueSlide.cut(table, height: 62) == nil)
    }

    @Test(arguments: [(160, 48), (100, 30), (80, 24)])
    func everyBuiltInBet(size: (Int, Int)) throws {
        assertSnapshot(of: CanvasRenderer.text(SlideView.render(try Self.state(slide: 1, width: size.0, height: size.1))), as: .lines,
                       named: "\(size.0)x\(size.1)")
    }
}
