import Testing
@testable import BurnrateModel

/// The league table over built-in scenarios, three rows worked out by hand from their files; a
/// scenario that cannot work out a figure; a hidden figure; which cells are marked worst.
@Suite struct LeagueTests {
    static func builtIn(_ name: String) throws -> Analysis {
        Analysis(scenario: try #require(BuiltInScenarios.loaded().first { $0.id == name }))
    }

    static let article = "openai-2026-02"
    static let close = "openai-2026-03-close"

    static func row(_ id: String, in league: League) throws -> League.Row {
        try #require(league.rows.first { $0.id == id })
    }

    @Test func everyBuiltInScenarioIsAColumnAndEveryScenarioWideIndicatorARow() {
        let league = League(analyses: BuiltInScenarios.loaded().map(Analysis.init(scenario:)))
        #expect(league.columns.map(\.id) == BuiltInScenarios.names)
        #expect(league.rows.map(\.id) == IndicatorCatalogue.all.map(\.id))
        #expect(!league.rows.contains { $0.id.hasPrefix(IndicatorCatalogue.ownershipPrefix) })
        for row in league.rows {
            #expect(row.cells.map(\.scenario) == BuiltInScenarios.names)
        }
    }

    /// investors.hhi: the disclosed investors' headline amounts, Microsoft's undisclosed one
    /// left out. openai-2026-02: Amazon up to 50B, SoftBank 30B, Nvidia 20B of 100B:
    /// 50² + 30² + 20² = 3,800. openai-2026-03-close: Amazon 50B, SoftBank 30B, Nvidia 30B,
    /// retail 3B, others 9B of 122B: (2500 + 900 + 900 + 9 + 81) ÷ 122² × 10,000 = 2,949.5.
    /// Higher is worse (2,500 / 4,000): the article's 3,800 is the worst, at watch.
    @Test func investorConcentrationByHand() throws {
        let league = League(analyses: [try Self.builtIn(Self.article), try Self.builtIn(Self.close)])
        let row = try Self.row("investors.hhi", in: league)
        #expect(row.worse == .higher)
        let (article, close) = (row.cells[0], row.cells[1])
        #expect(abs(try #require(article.value) - 3800) < 1e-9)
        #expect(abs(try #require(close.value) - 4390 / (122.0 * 122) * 10_000) < 1e-9)
        #expect((article.text, article.level, article.isWorst) == ("3,800", .watch, true))
        #expect((close.text, close.level, close.isWorst) == ("2,949", .watch, false))
    }

    /// commitments.revenue_multiple: disclosed contract values ÷ 2025 revenue of 13.1B (Abilene
    /// undisclosed, left out). openai-2026-02: 38 + 250 + 300 = 588B → 44.89×;
    /// openai-2026-03-close adds AWS's 100B expansion: 688B → 52.52×, the worst, at alert (25×).
    @Test func commitmentsToRevenueByHand() throws {
        let league = League(analyses: [try Self.builtIn(Self.article), try Self.builtIn(Self.close)])
        let row = try Self.row("commitments.revenue_multiple", in: league)
        #expect(row.worse == .higher)
        #expect(abs(try #require(row.cells[0].value) - 588 / 13.1) < 1e-9)
        #expect(abs(try #require(row.cells[1].value) - 688 / 13.1) < 1e-9)
        #expect(row.cells.map(\.text) == ["44.9×", "52.5×"])
        #expect(row.cells.map(\.level) == [.alert, .alert])
        #expect(row.cells.map(\.isWorst) == [false, true])
    }

    /// round.coverage: committed ÷ target. openai-2026-02: 100B (Amazon's up to 50B at its
    /// headline) ÷ at least 100B = 1.00, bounded from 50B ÷ ∞ = 0 to 100B ÷ 100B: "≤ 1.00×".
    /// openai-2026-03-close: 122B ÷ 122B = 1.00. Lower is worse, and both are 1.00: neither
    /// stands out, so neither is marked.
    @Test func roundCoverageByHandTiesMarkNone() throws {
        let league = League(analyses: [try Self.builtIn(Self.article), try Self.builtIn(Self.close)])
        let row = try Self.row("round.coverage", in: league)
        #expect(row.worse == .lower)
        #expect(row.cells.map(\.value) == [1, 1])
        #expect(row.cells.map(\.text) == ["≤ 1.00×", "1.00×"])
        #expect(row.cells[0].range == (0, 1) && row.cells[1].range == (1, 1))
        #expect(row.cells.map(\.isWorst) == [false, false])
    }

    /// With every built-in scenario beside them the two keep their figures.
    @Test func theHandWorkedFiguresHoldAmongAllBuiltIns() throws {
        let all = League(analyses: BuiltInScenarios.loaded().map(Analysis.init(scenario:)))
        let pair = League(analyses: [try Self.builtIn(Self.article), try Self.builtIn(Self.close)])
        for id in ["investors.hhi", "commitments.revenue_multiple", "round.coverage"] {
            let cells = try Self.row(id, in: all).cells
            let named = try [Self.article, Self.close].map { name in try #require(cells.first { $0.scenario == name }) }
            #expect(named.map(\.text) == (try Self.row(id, in: pair)).cells.map(\.text))
        }
    }

    /// A tie at the worst marks every scenario at it; a figure without a threshold marks none.
    @Test func tiesAtTheWorstAreAllMarked() throws {
        let article = try Self.builtIn(Self.article)
        let league = League(analyses: [article, try Self.builtIn(Self.close), article])
        #expect(try Self.row("investors.hhi", in: league).cells.map(\.isWorst) == [true, false, true])
        #expect(try Self.row("circular.flow_back", in: league).worse == nil)
        #expect(try Self.row("circular.flow_back", in: league).cells.allSatisfy { !$0.isWorst })
    }

    /// The empty scenario works out nothing but spending that flows back: its cells read n/a
    /// with the formula that says what is missing, never 0, and a row with one figure marks none.
    @Test func aFigureAScenarioCannotWorkOutIsNotAvailable() throws {
        let league = League(analyses: [try Self.builtIn(Self.article), Analysis(scenario: AnalysisEdgeCaseTests.empty)])
        let runway = try Self.row("funding.runway", in: league)
        #expect(runway.cells[1] == League.Cell(scenario: "empty", value: nil, bounds: nil, level: nil, isWorst: false,
                                               note: "no cash projection: n/a", text: "n/a"))
        #expect(!runway.cells[0].isWorst)
        let gap = try Self.row("funding.gap", in: league).cells[1]
        #expect((gap.text, gap.value, gap.level) == ("n/a", nil, nil))   // money, yet not "undisclosed" or $0
        let notes = league.notes
        #expect(notes.filter { $0.scenarios.contains("empty") }.map(\.indicator)
                == IndicatorCatalogue.all.map(\.id))
        #expect(notes.first == League.Note(indicator: "round.coverage", name: "Round coverage",
                                           reason: "committed ÷ target = $0 ÷ $0 = n/a", scenarios: ["empty"]))
        #expect(League.line(notes[0]) == "Round coverage: empty: committed ÷ target = $0 ÷ $0 = n/a")
    }

    /// Cash on hand hidden: the funding gap and runway read •••, are no part of finding the
    /// worst, and say why.
    @Test func aHiddenFigureTakesNoPart() throws {
        var secret = try #require(BuiltInScenarios.loaded().first { $0.id == Self.article })
        secret.financials.cashOnHand.confidential = true
        let league = League(analyses: [Analysis(scenario: secret.masked), try Self.builtIn(Self.close)])
        let runway = try Self.row("funding.runway", in: league)
        #expect(runway.cells[0].isHidden && runway.cells[0].text == "•••" && runway.cells[0].note == League.hiddenNote)
        #expect(runway.cells[0].range == (nil, nil))
        #expect(runway.cells.map(\.isWorst) == [false, false])
    }
}
