import Testing
@testable import BurnrateModel

/// Interest cover, debt ÷ revenue and debt falling due in the runway, worked by hand on
/// `DebtScenarioFixture` (as of 1 April 2026; 2026: revenue $12B, operating income $2.4B; cash
/// $20B at the as-of date), and what none of them is without debt: not applicable, never 0.
@Suite struct DebtIndicatorTests {
    typealias F = DebtScenarioFixture

    static func analysis(debt: [Debt] = [], leases: [Lease] = []) -> Analysis {
        Analysis(scenario: F.with(debt: debt, leases: leases))
    }

    @Test func interestCoverDividesTheAsOfYearsOperatingIncomeByItsWholeYearsInterest() throws {
        // 10B at 12 % all of 2026 (drawn in 2025): 1.2B; 2.4 ÷ 1.2 = 2.0 < watch 3 → watch
        let cover = try #require(Self.analysis(debt: [F.bulletBeforeAsOf]).indicator("debt.interest_cover"))
        #expect(isClose(cover.value, 2.0))
        #expect(cover.level == .watch)
        #expect(cover.formula == "operating income ÷ interest 2026 = $2.4B ÷ $1.2B = 2.00×")
        // explain lists every figure it uses, with its source and basis
        #expect(cover.inputs.map(\.label) == [
            "Operating income 2026", "Debt term-loan (Bank, loan, bullet, from 2025-07 to 2027-07)",
            "Debt term-loan (Bank, loan, bullet, from 2025-07 to 2027-07): rate",
            "Interest 2026: rate × principal outstanding, month by month",
        ])
        #expect(cover.inputs.map(\.value) == [2.4e9, 10e9, 0.12, 1.2e9])
        #expect(cover.inputs.map(\.source) == ["memo", "memo", "memo", nil])
        #expect(cover.inputs.map(\.basis) == [.reported, .reported, .reported, .derived])
        // 12B amortising over 2026–2028: 12 → 8 over 2026, mean 10 × 8 % = 0.8; 2.4 ÷ 0.8 = 3.0, not below watch → ok
        let amortising = try #require(Self.analysis(debt: [F.amortising]).indicator("debt.interest_cover"))
        #expect(isClose(amortising.value, 3.0))
        #expect(amortising.level == .ok)
        // an operating loss of 2.4 covers nothing: −2.0 < alert 1.5 → alert
        var loss = F.with(debt: [F.bulletBeforeAsOf])
        loss.financials.years[0].operatingIncome = F.sourced(-2.4e9)
        #expect(isClose(Analysis(scenario: loss).value("debt.interest_cover"), -2.0))
        #expect(Analysis(scenario: loss).level("debt.interest_cover") == .alert)
    }

    @Test func interestCoverDoesNotApplyWithoutDebtInterestOrOperatingIncome() throws {
        let none = try #require(Self.analysis().indicator("debt.interest_cover"))
        #expect(none.notApplicable == "no debt stated")
        #expect(none.value == nil && none.level == nil)
        #expect(none.formula == "n/a: no debt stated")
        #expect(FigureFormat.format(none, currency: "USD") == "n/a")
        // notes drawn in October 2027 pay no interest in 2026
        let later = try #require(Self.analysis(debt: [F.bulletInsideHorizon]).indicator("debt.interest_cover"))
        #expect(later.notApplicable == "no interest in 2026 (no debt with a rate outstanding)")
        var withoutRate = F.bulletBeforeAsOf
        withoutRate.rate = nil
        #expect(Self.analysis(debt: [withoutRate]).indicator("debt.interest_cover")?.notApplicable
                == "no interest in 2026 (no debt with a rate outstanding)")
        var noOperatingIncome = F.with(debt: [F.bulletBeforeAsOf])
        noOperatingIncome.financials.years[0].operatingIncome = nil
        #expect(Analysis(scenario: noOperatingIncome).indicator("debt.interest_cover")?.notApplicable
                == "no operating income stated for 2026")
        var undisclosed = F.bulletBeforeAsOf
        undisclosed.amount = F.sourced(.undisclosed)
        #expect(Self.analysis(debt: [undisclosed]).indicator("debt.interest_cover")?.notApplicable
                == "every debt's amount is undisclosed")
    }

    @Test func debtToRevenueDividesWhatIsOutstandingAtTheAsOfDate() throws {
        // at 1 April 2026: the loan's 10 + the amortising loan's 12 × 33/36 = 11 + the line's 2 drawn
        // (of up to 5) + nothing of the notes drawn in 2027 = 23; ÷ 12 = 1.916667 < watch 2 → ok
        let all = Self.analysis(debt: [F.bulletBeforeAsOf, F.bulletInsideHorizon, F.amortising, F.creditLine])
        let multiple = try #require(all.indicator("debt.revenue_multiple"))
        #expect(isClose(multiple.value, 23.0 / 12))
        #expect(multiple.level == .ok)
        #expect(multiple.formula == "debt outstanding at 2026-04 ÷ revenue 2026 = $23B ÷ $12B = 1.92×")
        #expect(multiple.inputs.first?.label == "Revenue 2026")
        #expect(multiple.inputs.last == IndicatorInput(label: "Debt outstanding at 2026-04", value: 23e9, unit: .money,
                                                       source: nil, basis: .derived))
        #expect(multiple.inputs.contains { $0.label.hasSuffix("revolver (Banks, credit_line, bullet, from 2025-12 to 2030-12): limit") && $0.value == 5e9 })
        #expect(multiple.inputs.contains { $0.label.hasSuffix("): drawn") && $0.value == 2e9 && $0.source == "memo" })
        // a loan of up to 6: judged at 6 ÷ 12 = 0.5, from nothing (its firm part) up
        var upTo = F.bulletBeforeAsOf
        upTo.amount = F.sourced(.upTo(6e9))
        let bounded = try #require(Self.analysis(debt: [upTo]).indicator("debt.revenue_multiple"))
        #expect(bounded.value == 0.5)
        #expect(bounded.bounds == Bounded(low: 0, high: 0.5))
        #expect(bounded.formula == "debt outstanding at 2026-04 ÷ revenue 2026 = up to $6B ÷ $12B = ≤ 0.50×")
        // debt stated but none outstanding yet: a real 0, not n/a
        #expect(Self.analysis(debt: [F.bulletInsideHorizon]).value("debt.revenue_multiple") == 0)
        #expect(Self.analysis(leases: [F.lease]).indicator("debt.revenue_multiple")?.notApplicable == "no debt stated")
    }

    @Test func maturitiesInTheRunwayAreThePrincipalDueBeforeTheCashRunsOut() throws {
        // the loan: cash 14.6 at the end of 2026, −2.0 at the end of 2027 → runs out at 2027.879518,
        // after its 10 fell due in July 2027: 10 ÷ 20 = 0.5, not above alert 0.5 → watch
        let loan = try #require(Self.analysis(debt: [F.bulletBeforeAsOf]).indicator("debt.maturities_in_runway"))
        #expect(isClose(loan.value, 0.5))
        #expect(loan.level == .watch)
        #expect(loan.formula == "principal due until cash runs out at 2027.88 ÷ cash at 2026-04 = $10B ÷ $20B = 50.0 %")
        // amortising: cash 1.45 at the end of 2027, −8.71 at the end of 2028 → runs out at
        // 2028 + 1.45 ÷ 10.16 = 2028.142717; due by then 3 (2026) + 4 (2027) + 4 × 0.142717 = 7.570866;
        // ÷ 20 = 0.378543
        let amortising = Self.analysis(debt: [F.amortising])
        #expect(isClose(amortising.projection.cashRunsOut, 2028.142717))
        #expect(isClose(amortising.value("debt.maturities_in_runway"), 0.378543))
        // the notes fall due in October 2029; cash runs out at 2029 + 8.75 ÷ 12.45 = 2029.702811, before
        #expect(Self.analysis(debt: [F.bulletInsideHorizon]).value("debt.maturities_in_runway") == 0)
        // without debt: n/a, and out of the composite and of the risk panel's rows
        let withoutDebt = Self.analysis(leases: [F.lease])
        #expect(withoutDebt.indicator("debt.maturities_in_runway")?.notApplicable == "no debt stated")
        #expect(!withoutDebt.judgedIndicators(inYear: nil).contains { $0.id.hasPrefix("debt.") })
        #expect(!withoutDebt.judgedIndicators(inYear: 2027).contains { $0.id.hasPrefix("debt.") })
    }

    /// A confidential figure hides what is worked out from it; it never turns an indicator into
    /// "not applicable", which would tell something of what is hidden.
    @Test func aHiddenDebtHidesTheIndicatorsNotTheirApplicability() throws {
        var secret = F.bulletBeforeAsOf
        secret.amount.confidential = true
        let analysis = Analysis(scenario: F.with(debt: [secret], customers: [
            CustomerContract(id: "meta", counterparty: "Meta", backlog: Sourced(.exact(35e9), source: "memo", confidential: true)),
        ]).masked)
        for id in ["debt.interest_cover", "debt.revenue_multiple", "debt.maturities_in_runway", "customers.hhi"] {
            let indicator = try #require(analysis.indicator(id))
            #expect(indicator.isApplicable, "\(id)")
            #expect(Masked.isMasked(indicator.value), "\(id)")
            #expect(FigureFormat.format(indicator, currency: "USD") == Masked.text, "\(id)")
        }
    }

    @Test func theCompositeWeighsTheDebtIndicatorsThatApply() throws {
        // the loan's cover 2.0 is a third of the way from watch 3 to alert 1.5, its maturities
        // 0.5 all the way from 0.25; both weigh 1 and join the composite's inputs
        let analysis = Self.analysis(debt: [F.bulletBeforeAsOf])
        let composite = try #require(analysis.indicator("risk.composite"))
        #expect(composite.inputs.contains { $0.label == "Interest cover (operating income ÷ interest): weight 1, 66.7 % of the way to alert" })
        #expect(composite.inputs.contains { $0.label == "Debt falling due within the runway ÷ cash: weight 1, 100.0 % of the way to alert" })
        #expect(!composite.inputs.contains { $0.label.hasPrefix("Customer concentration") })
    }
}
