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
            // the rest of 2026: 25 × 10.321429 ÷ 12 = 21.502976 (worked out from an assumption: one)
            "  Burn 2026 after as-of: 10.32 of 12 months of $25B: $21.5B  (assumption)  [info-forecast, 2026-02]",
            "  Burn 2027: $57B  (assumption)  [info-forecast, 2026-02]",
        ] {
            #expect(text.contains(line + "\n"), "\(line)")
        }
    }

    @Test func aDelayListsWhatItMovedEachYear() throws {
        let text = try Self.text(.indicator(IndicatorCatalogue.cashRunway.id), whatIf: "delay.oracle=12")
        // `oracle` pays $300B over 5 years from 2027, $60B a year: a year late, 2027 pays nothing and
        // 2028-2030 pay 60 as before (2031's 60 leaves the horizon). Its sites (Abilene itself is
        // under `stargate-abilene` and stays): expansion 0.6 and Shackelford 1.0 from 2027-06,
        // Doña Ana 1.0 from 2027-12, Saline 1.0 and Port Washington 0.9 from 2028.
        // 2027 online: 1.6 × 7/12 + 1.0 × 1/12 = 1.016667 GW-years, late: 0 → −1.016667 × 10.5 = −10.675.
        // 2028 online: 4.5, late: 1.6 × 7/12 + 1.0 × 1/12 = 1.016667 → −3.483333 × 10.5 = −36.575.
        // Burn 2027: 57 − 60 + 10.675 = 7.675; 2028: 85 + 0 + 36.575 = 121.575.
        // Runway: 38.5 at the end of 2026 (as before), 38.5 − 7.675 = 30.825 at the end of 2027,
        // out at 2028 + 30.825 / 121.575 = 2028.253547 − as-of 2026 + 1.678571/12 = 2.113666 years;
        // with all of the round (+50): 2028 + 80.825 / 121.575 − 2026.139881 = 2.524944.
        #expect(text.hasPrefix("Value: 2.1–2.5 years  ! watch\n"))
        #expect(text.contains("(2028 starts with $30.8B, ends with -$90.8B)"))
        for line in [
            "  Revenue per GW-year online: $10.5B  (derived)  [friar-compute, 2026-01-18]",
            "  Delay 2027: cash payments moved: -$60B  (assumption)  [what-if, 2026-02-20]",
            "  Delay 2027: revenue moved (-1.02 GW-years × $10.5B): -$10.7B  (assumption)  [what-if, 2026-02-20]",
            "  Delay 2028: cash payments moved: $0  (assumption)  [what-if, 2026-02-20]",
            "  Delay 2028: revenue moved (-3.48 GW-years × $10.5B): -$36.6B  (assumption)  [what-if, 2026-02-20]",
            "  Burn 2027: $7.7B  (assumption)  [what-if, 2026-02-20]",
            "  Burn 2028: $121.6B  (assumption)  [what-if, 2026-02-20]",
        ] {
            #expect(text.contains(line + "\n"), "\(line)")
        }
    }
}
