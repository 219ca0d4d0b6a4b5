import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// The dashboard of a scenario with debt and a lease (Tests/Privacy/quiet.yaml, private mode
/// off: Hushbank's $6.6B at 10 %, drawn 2026-07, due 2028-07; a $1.8B a year lease over
/// 2027–2028): the projection shows what they move in cash, explain lists them with their
/// sources, and a scenario without them keeps the columns it had.
@Suite(.snapshots(record: .missing))
struct DebtProjectionViewTests {
    static let model = ModelState(base: PrivacyTests.scenario)

    static func state(_ width: Int, _ height: Int, _ change: (inout AppState) -> Void = { _ in }) -> AppState {
        var state = AppState(model: model, width: width, height: height)
        change(&state)
        return state
    }

    @Test(arguments: [(160, 48), (100, 30)])
    func dashboard(width: Int, height: Int) {
        assertSnapshot(of: DashboardSnapshotTests.screen(Self.state(width, height)), as: .lines, named: "\(width)x\(height)")
    }

    /// Zoomed, the projection has room for every column, debt drawn and contract payments due too.
    @Test func zoomedRiskPanel() {
        let screen = DashboardSnapshotTests.screen(Self.state(160, 48) { $0.focus = .risk; $0.isZoomed = true })
        #expect(screen.contains("Year  Revenue  Burn  Inflows  Drawn     Debt  Lease      Cash    Due"))
        assertSnapshot(of: screen, as: .lines)
    }

    /// 2027 by hand: cash at the end of 2026, $17.5B − $8B × 10.32 ÷ 12 ($6.881B burnt after
    /// 20 Feb) + $17.34567B round + $6.6B drawn − $330M interest (Jul–Dec) = $34.2347B; then
    /// − $8B burn − $660M interest (10 % of $6.6B) − $1.8B lease = $23.7747B. AWS's $38B, with no
    /// term, falls due evenly from the as-of date to the horizon's end: $38B ÷ 4.863 years = $7.8B.
    @Test func oneYearByHand() throws {
        let projection = ProjectionTable(Self.model.analysis)
        #expect(projection.columns == [.year, .revenue, .burn, .inflows, .drawn, .debt, .lease, .cash, .due])
        let row = try #require(Self.model.analysis.projection.years.firstIndex { $0.year == 2027 })
        #expect(projection.columns.map { projection.cells[$0]![row].text }
            == ["2027", "$13.1B", "$8B", "$0", "$0", "$660M", "$1.8B", "$23.8B", "$7.8B"])
        let year = Self.model.analysis.projection.years[row]
        #expect(abs(year.interest - 0.66e9) < 1)
        #expect(abs(year.leasePayments - 1.8e9) < 1)
        let burnt2026 = 8e9 * (9.0 / 28 + 10) / 12
        #expect(abs(try #require(year.cash) - (17.5e9 - burnt2026 + 17.34567e9 + 6.6e9 - 0.33e9 - 8e9 - 0.66e9 - 1.8e9)) < 1)
        // 2028: the last half year's interest and the principal at maturity, $6.93B.
        #expect(projection.cells[.debt]![row + 1].text == "$6.9B")
        #expect(projection.cells[.drawn]![0].text == "$6.6B")
    }

    /// Without debt or leases, the columns the projection always had (the OpenAI goldens agree).
    @Test func noDebtNoColumns() {
        let projection = ProjectionTable(DashboardSnapshotTests.analysis)
        #expect(projection.columns == [.year, .revenue, .burn, .inflows, .cash, .due])
        #expect(projection.layouts.count == 1)
    }

    /// Each narrower layout gives up one thing, and the heading says what.
    @Test func narrowerLayouts() {
        let projection = ProjectionTable(Self.model.analysis)
        let layouts = projection.layouts
        #expect(layouts.map(\.spacing) == [2, 1, 1, 1])
        #expect(layouts.map { projection.leftOut(by: $0) } == ["", "", "+ due", "+ drawn, due"])
        #expect(layouts.map { projection.width(of: $0) } == layouts.map { projection.width(of: $0) }.sorted(by: >))
        #expect(projection.layout(fitting: 10).columns == layouts.last?.columns)
    }

    /// Explain on the projection's header row: the columns, then the loan and the lease with
    /// their figures and sources, then what they move each year.
    @Test func explainListsTheDebtAndTheLease() {
        let text = Explanation(.columns(.risk), in: Self.model.analysis, glyphs: .unicode).spans.map(\.text).joined()
        for line in [
            "Debt\nhush-loan  Hushbank: loan, bullet\n",
            "  Amount: $6.6B  (reported)  [article, 2026-02-20]\n",
            "  Rate: 10.0 % a year  (reported)  [article, 2026-02-20]\n",
            "  Received: 2026-07  (reported)  [article, 2026-02-20]\n",
            "  Matures: 2028-07  (reported)  [article, 2026-02-20]\n",
            "Leases\nhush-vehicle  Hush chip vehicle\n",
            "  Payment a year: $1.8B  (reported)  [article, 2026-02-20]\n",
            "  Term: 2.0 years  (reported)  [article, 2026-02-20]\n",
            "What they move in cash, after 2026-02-20\n",
            // $6.6B − $330M
            "  2026: drawn $6.6B − interest $330M − principal $0 − lease $0 = $6.3B\n",
            "  2027: drawn $0 − interest $660M − principal $0 − lease $1.8B = -$2.5B\n",
            // $330M + $6.6B + $1.8B
            "  2028: drawn $0 − interest $330M − principal $6.6B − lease $1.8B = -$8.7B\n",
            "  [article] Pub: T, 2026-02-20, confidence high\n",
        ] {
            #expect(text.contains(line), "\(line)")
        }
        #expect(!text.contains("2029:"), "a year nothing moves in")
        assertSnapshot(of: DashboardSnapshotTests.screen(Self.state(120, 48) { $0.overlay = .explain(.columns(.risk)) }), as: .lines)
    }

    /// xai-2026's cash on hand stands at 2025-12-31: its debt and lease count from there, as its
    /// burn does, so 2026 pays a whole year: 12 % of Morgan Stanley's $5B (X's $12B states no
    /// rate) and the Colossus 2 vehicle's $4B.
    @Test func explainCountsFromCashOnHandsDate() throws {
        let analysis = Analysis(scenario: try ScenarioCatalog.load("xai-2026"))
        let text = Explanation(.columns(.risk), in: analysis, glyphs: .unicode).spans.map(\.text).joined()
        #expect(text.contains("What they move in cash, after cash on hand's date, 2025-12-31\n"))
        #expect(text.contains("  2026: drawn $0 − interest $600M − principal $0 − lease $4B = -$4.6B\n"))
        #expect(text.contains("  Rate: not stated: no interest counted\n"))
    }

    /// Without debt or leases, explain on the projection says what its columns hold, no more.
    @Test func explainWithoutDebtIsTheColumns() {
        let text = Explanation(.columns(.risk), in: DashboardSnapshotTests.analysis, glyphs: .unicode).spans.map(\.text).joined()
        #expect(text == ColumnHelp.spans(ColumnHelp.of(.risk)).map(\.text).joined())
    }

    /// The timeline slide gives debt and lease payments beside revenue, burn and cash.
    @Test func timelineSlide() {
        var canvas = Canvas(width: 160, height: 30)
        canvas.render(TimelineSlide(analysis: Self.model.analysis, year: 2027, glyphs: .unicode), in: canvas.bounds)
        let text = CanvasRenderer.text(canvas)
        let header = text.split(separator: "\n").first { $0.contains("Capacity online") } ?? ""
        #expect(header.hasSuffix("Revenue   Burn    Debt   Lease       Cash     Due"), "\(header)")
        assertSnapshot(of: text, as: .lines)
    }
}
