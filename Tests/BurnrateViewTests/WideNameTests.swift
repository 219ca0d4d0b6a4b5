import BurnrateModel
import Testing
@testable import BurnrateView

/// Investor and provider names in CJK or with emoji take two columns a character; the panels'
/// columns must stay aligned around them.
@Suite struct WideNameTests {
    static let yaml = """
        id: wide-names
        title: Wide names
        company: 测试公司
        as_of: 2026-02-20
        currency: USD
        horizon: {start: 2026, end: 2028}
        sources:
          - {id: s, publisher: Test, title: Test, date: 2026-01-01, confidence: low}
        round:
          name: Round
          status: reported
          source: s
          target: 100B
          post_money: 500B
          investors:
            - {id: softbank, name: ソフトバンク, amount: 30B, instrument: cash, status: reported}
            - {id: rocket, name: 🚀 Rocket Capital, amount: {up_to: 50B}, instrument: cash, status: reported}
            - {id: plain, name: Plain Fund, amount: 20B, instrument: share_swap, status: reported}
        contracts:
          - {id: cloud, provider: 阿里云 Cloud, kind: cloud, value: 40B, status: signed, source: s}
          - {id: other, provider: Other Cloud, kind: cloud, value: 60B, status: signed, source: s}
        financials:
          cash_on_hand: {value: 10B, source: s}
          years:
            - {year: 2025, revenue: 5B, burn: 5B, source: s}
        """

    static func screen(_ panel: PanelID) throws -> Canvas {
        let scenario = try ScenarioLoader.load(text: yaml, file: "wide.yaml")
        var state = AppState(model: ModelState(base: scenario), width: 100, height: 30)
        state.focus = panel
        state.isZoomed = true
        return DashboardView.render(state)
    }

    /// The display column at which `text` ends on the row that contains it.
    static func endColumn(of text: String, in canvas: Canvas) -> Int? {
        for row in 0..<canvas.height {
            var line = ""
            var columns: [Int] = []
            for x in 0..<canvas.width where !canvas[x, row].isContinuation {
                line.append(canvas[x, row].character)
                columns.append(x + Int(canvas[x, row].width) - 1)
            }
            if let range = line.range(of: text) {
                return columns[line.distance(from: line.startIndex, to: range.upperBound) - 1]
            }
        }
        return nil
    }

    @Test func investorFiguresLineUpWhateverTheNamesWidth() throws {
        let canvas = try Self.screen(.investors)
        // Amounts are right-aligned in one column: "$30B", "up to $50B" and "$20B" end together,
        // and so do the shares of the round after them, bounds with nothing to all of the "up to":
        // 30 / (30 + 20 + 50) to 30 / 50, at most 50 / 100, 20 / 100 to 20 / 50
        let amounts = ["$30B 30.0–", "up to $50B", "$20B 20.0–"].map { Self.endColumn(of: $0, in: canvas) }
        #expect(amounts[0].map { $0 - 6 } == amounts[1] && amounts[1] == amounts[2].map { $0 - 6 }, "amounts: \(amounts)")
        let ends = ["$30B 30.0–60.0 %", "≤ 50.0 %", "$20B 20.0–40.0 %"].map { Self.endColumn(of: $0, in: canvas) }
        #expect(ends.allSatisfy { $0 != nil && $0 == ends[0] }, "amount columns: \(ends)")
        #expect(canvas.lines.contains { $0.contains("ソフトバンク") })
        #expect(canvas.lines.contains { $0.contains("🚀 Rocket Capital") })
    }

    @Test func providerFiguresLineUpToo() throws {
        let canvas = try Self.screen(.capacity)
        let ends = ["$40B 40.0 %", "$60B 60.0 %"].map { Self.endColumn(of: $0, in: canvas) }
        #expect(ends[0] != nil && ends[0] == ends[1], "value columns: \(ends)")
        #expect(canvas.lines.contains { $0.contains("阿里云 Cloud") })
    }
}
