import BurnrateModel
import Testing
@testable import BurnrateView

/// Explain shows each input's date: its own ("at 2025-06-30"), else its source's beside the
/// source id; and how cash on hand came to the as-of date, step by step.
@Suite struct ExplainDatesTests {
    static func text(_ target: ExplainTarget, whatIf: String? = nil) throws -> String {
        var model = DashboardSnapshotTests.model
        if let whatIf { model.adjust(try WhatIfSetting.apply(whatIf, to: WhatIf())) }
        return Explanation(target, in: model.analysis, glyphs: .unicode).spans.map(\.text).joined()
    }

    @Test func theFundingGapShowsCashRolledForwardWithItsDates() throws {
        let text = try Self.text(.indicator(IndicatorCatalogue.fundingGap.id))
        // 17.5 − 6/12 × 8 − 1.678571/12 × 25 = 17.5 − 4 − 3.497024 = 10.002976 at 2026-02-20
        for line in [
            "  Cash on hand: $17.5B at 2025-06-30  (assumption)  [info-h1-2025]",
            "  Burn Jul–Dec 2025: 6 of 12 months of $8B: $4B  (assumption)  [cnbc-outlook, 2026-02-20]",
            "  Burn 1 Jan–19 Feb 2026: 1.68 of 12 months of $25B: $3.5B  (assumption)  [info-forecast, 2026-02]",
            "  Cash at as-of ($17.5B − $4B − $3.5B): $10B at 2026-02-20  (assumption)",
            "  Burn 2026, 10.32 of 12 months after as-of: $25B  (assumption)  [info-forecast, 2026-02]",
            "  Burn 2027: $57B  (assumption)  [info-forecast, 2026-02]",
        ] {
            #expect(text.contains(line + "\n"), "\(line)")
        }
    }

    @Test func aDelayListsWhatItMovedEachYear() throws {
        let text = try Self.text(.indicator(IndicatorCatalogue.cashRunway.id), whatIf: "delay.oracle=12")
        for line in [
            "  Revenue per GW-year online: $10.5B  (derived)  [friar-compute, 2026-01-18]",
            "  Delay 2027: cash payments moved: -$60B  (assumption)  [what-if, 2026-02-20]",
            "  Delay 2027: revenue moved (-1.85 GW-years × $10.5B): -$19.4B  (assumption)  [what-if, 2026-02-20]",
            "  Burn 2027: $16.4B  (assumption)  [what-if, 2026-02-20]",
        ] {
            #expect(text.contains(line + "\n"), "\(line)")
        }
    }
}
