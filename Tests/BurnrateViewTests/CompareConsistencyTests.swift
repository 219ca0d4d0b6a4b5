import BurnrateModel
import Testing
@testable import BurnrateView

/// Compare describes an amount one way (firm, non-cash, up to, conditional: the bars' split),
/// gives a change the precision of the figures it is between, and sets cash year by year side
/// by side. Figures worked out by hand from openai-2026-02 (A) and openai-2026-03-close (B).
@Suite struct CompareConsistencyTests {
    static let lines = DashboardSnapshotTests.screen(CompareSnapshotTests.state(100, 80)).split(separator: "\n").map(String.init)

    static func line(_ words: String...) -> String? {
        lines.first { line in words.allSatisfy(line.contains) }
    }

    static func cells(_ line: String?) -> [String] {
        (line ?? "").split(separator: "┃").first.map { $0.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
    }

    @Test func amazonsMoneyIsDescribedInOneSplit() throws {
        // A: "up to $50B", nothing firm. B: $50B in two tranches, $15B funded and $35B on a
        // condition: $15B firm, so the firm money moved by $15B, not $50B.
        let row = try #require(Self.lines.firstIndex { $0.contains("Amazon") && $0.contains("up to $50B") })
        #expect(Self.cells(Self.lines[row]).filter { !$0.isEmpty } == ["Amazon", "up to $50B", "$50B", "firm ▲ $15B"])
        #expect(Self.lines[row + 1].contains("  up to $50B → firm $15B + conditional $35B "))
        #expect(!Self.lines.contains { $0.contains("funded") })
    }

    @Test func aChangeIsAsPreciseAsTheFiguresItIsBetween() {
        // 588 ÷ 13.1 = 44.89× and 688 ÷ 13.1 = 52.52×: a change of 7.63, shown as 7.6× beside
        // figures with one decimal. Realised 0.0 % → 100.0 %: 100.0 points.
        #expect(Self.cells(Self.line("Commitments ÷ revenue")).filter { !$0.isEmpty }
            == ["Commitments ÷ revenue", "✗ 44.9×", "✗ 52.5×", "▲ 7.6×"])
        #expect(Self.cells(Self.line("Round realised")).filter { !$0.isEmpty } == ["Round realised", "✗ 0.0 %", "✓ 100.0 %", "▲ 100.0 pts"])
        #expect(FigureFormat.multiple(7.634, like: [44.885, 52.519]) == "7.6×")
        #expect(FigureFormat.multiple(0.1, like: [1.0, 1.1]) == "0.10×")
        #expect(FigureFormat.multiple(2.75, like: [9.5, 12.25]) == "2.8×")
    }

    @Test func cashByYearSideBySide() {
        // Base case (firm + scheduled), cash rolled from 17.5 at 2025-06-30 (− 4 for Jul–Dec 2025):
        // the year's 25 is burnt before and after as-of alike, so 2026 ends at 13.5 − 25 + the round.
        // A: SoftBank 30 + Nvidia 20 (Amazon's "up to 50" counts 0): 13.5 − 25 + 50 = 38.5, then
        // − 57, − 85, − 51, + 39. B: Amazon's 15 funded (its 35 waits on an unscheduled condition),
        // SoftBank 30, Nvidia 30, retail 3, others 9 = 87: 75.5, every year 87 − 50 = $37B higher.
        let expected = [("2026", "$38.5B", "$75.5B"), ("2027", "-$18.5B", "$18.5B"), ("2028", "-$103.5B", "-$66.5B"),
                        ("2029", "-$154.5B", "-$117.5B"), ("2030", "-$115.5B", "-$78.5B")]
        let heading = Self.lines.firstIndex { $0.contains("Cash at year end") }
        #expect(heading != nil)
        for (offset, (year, a, b)) in expected.enumerated() {
            let row = Self.cells(heading.map { Self.lines[$0 + 1 + offset] }).filter { !$0.isEmpty }
            #expect(row == [year, a, b, "▲ $37B"], "\(year)")
        }
    }
}
