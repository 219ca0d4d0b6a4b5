import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView
import BurnrateYAML

/// The reload banner over the dashboard, as whole screens (golden files in __Snapshots__,
/// looked at by eye when recorded), and its parts that must read without colour.
@Suite(.snapshots(record: .missing))
struct BannerSnapshotTests {
    static let diagnostics = DiagnosticList([
        Diagnostic(file: "/tmp/x/s.yaml", line: 122, column: 15, path: "round.investors[1].amount",
                   message: #"expected an amount like 30e9 or "30B", found "thirty""#),
        Diagnostic(file: "/tmp/x/s.yaml", line: 180, column: 11, path: "contracts[2].value",
                   message: #"expected an amount like 30e9 or "30B", found "lots""#),
    ])

    static func state(_ width: Int, _ height: Int, banner: Banner, glyphs: Glyphs = .unicode) -> AppState {
        var state = AppState(model: DashboardSnapshotTests.model, width: width, height: height, glyphs: glyphs)
        state.banner = banner
        return state
    }

    @Test(arguments: [(160, 48), (60, 20)])
    func brokenFile(width: Int, height: Int) {
        let screen = CanvasRenderer.text(DashboardView.render(Self.state(width, height, banner: .broken(Self.diagnostics))))
        assertSnapshot(of: screen, as: .lines, named: "\(width)x\(height)")
    }

    @Test(arguments: [(160, 48), (60, 20)])
    func deletedFile(width: Int, height: Int) {
        let screen = CanvasRenderer.text(DashboardView.render(Self.state(width, height, banner: .deleted("/tmp/x/s.yaml"))))
        assertSnapshot(of: screen, as: .lines, named: "\(width)x\(height)")
    }

    @Test func theTitleIsBoldWithASymbolOnTheEdgeInTheRoleOfItsKind() {
        let error = DashboardView.render(Self.state(160, 48, banner: .broken(Self.diagnostics)))
        let warning = DashboardView.render(Self.state(160, 48, banner: .deleted("/tmp/x/s.yaml"), glyphs: .ascii))
        // Two header rows at 160 columns, so the banner's top edge is row 2.
        #expect(error.lines[2].hasPrefix("┏━ ✗ The scenario file has problems; showing the last good version ━━━"))
        #expect(error.lines[3].hasPrefix("┃ /tmp/x/s.yaml:122:15: round.investors[1].amount: "))
        #expect(warning.lines[2].hasPrefix("== ! /tmp/x/s.yaml was deleted; showing the last version loaded ==="))
        #expect(error[3, 2].style == Style(.alert, [.bold]), "the symbol")
        #expect(error[0, 2].style == Style(.alert, [.bold]), "the corner")
        #expect(warning[3, 2].style == Style(.watch, [.bold]))
        #expect(error[2, 3].style == Style(.text), "a diagnostic line")
        #expect(warning.lines[3].hasPrefix("# Investor "), "the deleted banner covers one row, the panels' top edge")
    }

    @Test func linesThatDoNotFitAreCountedAndLongOnesShortened() {
        let lines = (1...12).map { "line \($0) " + String(repeating: "x", count: 80) }
        let canvas = draw(BannerView(banner: Banner(kind: .error, title: "Problems", lines: lines), glyphs: .unicode), width: 40, height: 12)
        // At most half of 12 rows, 6: the two edges and four rows inside, of which the last
        // says how many lines are left out: 12 − 3 = 9. Each line keeps 40 − 4 = 36 columns.
        #expect(canvas.lines == [
            "┏━ ✗ Problems ━━━━━━━━━━━━━━━━━━━━━━━━━┓",
            "┃ line 1 xxxxxxxxxxxxxxxxxxxxxxxxxxxx… ┃",
            "┃ line 2 xxxxxxxxxxxxxxxxxxxxxxxxxxxx… ┃",
            "┃ line 3 xxxxxxxxxxxxxxxxxxxxxxxxxxxx… ┃",
            "┃ … 9 more                             ┃",
            "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛",
            "                                        ",
            "                                        ",
            "                                        ",
            "                                        ",
            "                                        ",
            "                                        ",
        ])
    }
}
