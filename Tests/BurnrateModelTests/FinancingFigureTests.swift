import Testing
@testable import BurnrateModel

/// The figures of the `debt`, `leases` and `customers` sections and a year's operating income:
/// listed by `ScenarioFigure.all` for the tests that walk every figure, and hidden by
/// `Scenario.masked` when confidential.
@Suite struct FinancingFigureTests {
    typealias Sections = FinancingDiagnosticTests

    static let withOperatingIncome = Sections.changed([26: ["    - {year: 2025, revenue: 13.1B, burn: 8B, operating_income: -6.36B}"]])

    @Test func everyFigureIsListedWithItsNumber() throws {
        let scenario = try ScenarioLoader.load(text: Self.withOperatingIncome, file: "t.yaml")
        let figures = ScenarioFigure.all(in: scenario).filter { !$0.path.hasPrefix("round.") && !$0.path.hasPrefix("investors.") }
        #expect(figures.map(\.path) == [
            "contracts.aws.value",
            "debt.loan.amount", "debt.loan.rate", "debt.loan.start", "debt.loan.maturity",
            "leases.vehicle.payment_per_year", "leases.vehicle.start", "leases.vehicle.term_years", "leases.vehicle.exit_notice_days",
            "customers.meta.backlog", "customers.meta.revenue_share", "customers.meta.start", "customers.meta.term_years",
            "financials.cash_on_hand", "financials.2025.revenue", "financials.2025.burn", "financials.2025.operating_income",
        ])
        #expect(figures.map(\.number) == [38e9, 3e9, 0.125, nil, nil, 4e9, nil, 5, 90, 35.2e9, 0.67, nil, 6, 17.5e9, 13.1e9, 8e9, -6.36e9])
        #expect(figures.allSatisfy { $0.source == "article" && $0.basis == .reported })
    }

    @Test func aDrawnPartAndAnUndisclosedAmountAreListed() throws {
        let text = Sections.changed([32: ["    amount: undisclosed", "    drawn: 1.5B"]])
        let figures = ScenarioFigure.all(in: try ScenarioLoader.load(text: text, file: "t.yaml")).filter { $0.path.hasPrefix("debt.") }
        #expect(figures.map(\.path) == ["debt.loan.amount", "debt.loan.drawn", "debt.loan.rate", "debt.loan.start", "debt.loan.maturity"])
        #expect(figures.map(\.number) == [nil, 1.5e9, 0.125, nil, nil])
    }

    /// Every entry confidential, the operating income too.
    static let confidential = Sections.changed([
        26: ["    - {year: 2025, revenue: 13.1B, burn: 8B, operating_income: {value: -6.36B, confidential: true}}"],
        32: ["    amount: {up_to: 3B}", "    drawn: 2B"],
        37: ["    source: article", "    confidential: true"],
        46: ["    source: article", "    confidential: true"],
        55: ["    source: article", "    confidential: true"],
    ])

    @Test func maskingHidesEveryConfidentialSumRateAndShare() throws {
        let masked = try ScenarioLoader.load(text: Self.confidential, file: "t.yaml").masked
        let debt = try #require(masked.debt.first)
        #expect(Masked.isMasked(debt.amount.value.headline))
        guard case .upTo = debt.amount.value else { Issue.record("the form of the amount stays: \(debt.amount.value)"); return }
        #expect(Masked.isMasked(debt.drawn?.value))
        #expect(Masked.isMasked(debt.rate?.value))
        let lease = try #require(masked.leases.first)
        #expect(Masked.isMasked(lease.paymentPerYear.value.headline))
        let customer = try #require(masked.customers.first)
        #expect(Masked.isMasked(customer.backlog.value.headline))
        #expect(Masked.isMasked(customer.revenueShare?.value))
        #expect(Masked.isMasked(masked.financials.years[0].operatingIncome?.value))
        // Dates, terms, notice and parties place things in time and join roles: they stay.
        #expect(debt.start?.value == Day(year: 2025, month: 7))
        #expect(debt.maturity?.value == Day(year: 2030, month: 7))
        #expect(lease.termYears?.value == 5)
        #expect(lease.exitNoticeDays?.value == 90)
        #expect(lease.parties == ["acme", "bank"])
        #expect(customer.termYears?.value == 6)
        #expect(customer.party == "meta")
        // what is not confidential is not hidden
        #expect(masked.financials.years[0].revenue.value == 13.1e9)
    }

    @Test func maskingLeavesFiguresNotConfidential() throws {
        let scenario = try ScenarioLoader.load(text: Self.withOperatingIncome, file: "t.yaml")
        #expect(scenario.masked == scenario)
    }

    @Test func aSaveKeepsWhatIsConfidential() throws {
        let scenario = try ScenarioLoader.load(text: Self.confidential, file: "t.yaml")
        #expect(scenario.debt[0].drawn?.confidential == true)
        #expect(scenario.financials.years[0].operatingIncome?.confidential == true)
        #expect(!scenario.financials.years[0].revenue.confidential)
        RoundTrip.check(scenario, origin: "confidential debt, leases and customers")
    }
}
