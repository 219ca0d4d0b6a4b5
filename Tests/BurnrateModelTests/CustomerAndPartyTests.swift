import Testing
@testable import BurnrateModel

/// Customer concentration, and circular financing once lenders, lessors and customers join the
/// investors and suppliers through their party ids; worked by hand on `DebtScenarioFixture`.
@Suite struct CustomerAndPartyTests {
    typealias F = DebtScenarioFixture

    static func customer(_ id: String, backlog: Amount, share: Double? = nil, party: String? = nil) -> CustomerContract {
        CustomerContract(id: id, counterparty: id.capitalized, party: party, backlog: F.sourced(backlog),
                         revenueShare: share.map(F.sourced))
    }

    @Test func customerConcentrationOfTheDisclosedBacklog() throws {
        // 35.2 + 22.4 + 6.4 = 64 disclosed (one undisclosed counts nowhere): 55 %, 35 %, 10 %
        // → 3,025 + 1,225 + 100 = 4,350 > alert 4,000
        let scenario = F.with(customers: [Self.customer("meta", backlog: .exact(35.2e9)), Self.customer("openai", backlog: .exact(22.4e9)),
                                          Self.customer("others", backlog: .exact(6.4e9)), Self.customer("secret", backlog: .undisclosed)])
        let hhi = try #require(Analysis(scenario: scenario).indicator("customers.hhi"))
        #expect(isClose(hhi.value, 4350))
        #expect(hhi.level == .alert)
        #expect(hhi.formula == "Σ (100 × backlog ÷ disclosed backlog)² = 55.0² + 35.0² + 10.0² = 4,350")
        #expect(hhi.inputs.map(\.label) == ["Customer meta (Meta): backlog", "Customer openai (Openai): backlog",
                                            "Customer others (Others): backlog", "Customer secret (Secret): backlog"])
        #expect(hhi.inputs.last?.value == nil)
    }

    @Test func revenueSharesGiveALowerBoundWithTheRestSpreadThin() throws {
        // 62 % and 15 % of revenue: 3,844 + 225 = 4,069 at least (the other 23 % spread thin);
        // at most 4,069 + 23² = 4,598 were the rest one customer. Judged at 4,069 > 4,000 → alert
        let scenario = F.with(customers: [Self.customer("microsoft", backlog: .undisclosed, share: 0.62),
                                          Self.customer("openai", backlog: .exact(22.4e9), share: 0.15),
                                          Self.customer("meta", backlog: .exact(35.2e9))])
        let hhi = try #require(Analysis(scenario: scenario).indicator("customers.hhi"))
        #expect(isClose(hhi.value, 4069))
        #expect(hhi.bounds.map { isClose($0.low, 4069) && isClose($0.high, 4598) } == true)
        #expect(hhi.level == .alert)
        #expect(hhi.formula == "Σ (100 × revenue share)², the rest (23.0 %) spread thin: at least 62.0² + 15.0² = 4,069; "
                    + "at most 4,598 were the rest one customer")
        #expect(hhi.inputs.prefix(3).map(\.label) == ["Customer microsoft (Microsoft): share of revenue",
                                                      "Customer openai (Openai): share of revenue",
                                                      "The rest of revenue, counted as spread thin"])
    }

    @Test func customerConcentrationDoesNotApplyWithoutCustomers() {
        #expect(Analysis(scenario: F.scenario).indicator("customers.hhi")?.notApplicable == "no customers stated")
        let undisclosed = F.with(customers: [Self.customer("secret", backlog: .undisclosed)])
        #expect(Analysis(scenario: undisclosed).indicator("customers.hhi")?.notApplicable == "every customer's backlog is undisclosed")
    }

    /// Nvidia invests, supplies GPUs under a contract naming it as party, and buys from the
    /// company; a chip vehicle's lease is backed by Valor (an investor only) and Nvidia; a bank
    /// lends as a lender only.
    static var nvidiaEverywhere: Scenario {
        var scenario = F.with(
            debt: [Debt(id: "bank-loan", lender: "Bank", party: "bank", kind: .loan, amount: F.sourced(.exact(5e9)))],
            leases: [Lease(id: "vehicle", lessor: "Chip vehicle", parties: ["valor", "nvidia"],
                           paymentPerYear: F.sourced(.exact(3e9)), start: F.sourced(Day(year: 2026, month: 7)), termYears: F.sourced(4))],
            customers: [Self.customer("nvidia-buyback", backlog: .exact(6.3e9), party: "nvidia")])
        scenario.round.investors = [
            Investor(id: "nvidia", name: "Nvidia", amount: F.sourced(.exact(2e9)), instrument: .cash, status: .funded),
            Investor(id: "valor", name: "Valor", amount: F.sourced(.exact(4e9)), instrument: .cash, status: .funded),
            Investor(id: "others", name: "Others", amount: F.sourced(.exact(4e9)), instrument: .cash, status: .funded),
        ]
        scenario.contracts = [CapacityContract(id: "gpus", provider: "Nvidia", kind: .chips, value: F.sourced(.exact(10e9)),
                                               status: .signed, party: "nvidia")]
        return scenario
    }

    @Test func lendersLessorsAndCustomersJoinCircularFinancing() throws {
        // Circular: Nvidia's 2 (investor, supplier by the contract's party, customer) and the
        // vehicle's 3 × 4 years = 12 (Nvidia stands behind it). Not: Valor 4 and Others 4
        // (investors only), the bank's 5 (a lender only).
        // (2 + 12) ÷ (10 round + 5 debt + 12 lease) = 14 ÷ 27 = 0.518519 > alert 0.5
        let share = try #require(Analysis(scenario: Self.nvidiaEverywhere).indicator("circular.share"))
        #expect(isClose(share.value, 14.0 / 27))
        #expect(share.level == .alert)
        #expect(share.formula == "(round money + debt principal + lease payments over the term) from financiers that are also "
                    + "suppliers or customers ÷ all of it = (Nvidia $2B + Chip vehicle $12B) ÷ ($10B + $5B + $12B) = 51.9 %")
        // the investors with their roles, every debt's and lease's figures, and what makes a
        // lessor circular
        #expect(share.inputs.map(\.label) == [
            "Nvidia (supplier, customer)", "Valor", "Others", "Debt bank-loan (Bank, loan, bullet)",
            "Debt bank-loan (Bank, loan, bullet): rate not stated, no interest",
            "Lease vehicle (Chip vehicle, from 2026-07): payment a year", "Lease vehicle (Chip vehicle, from 2026-07): term",
            "Lessor Chip vehicle is backed by nvidia: supplier, customer, payments over the term",
        ])
        #expect(share.inputs.last?.value == 12e9)
        // backed by Valor alone, the vehicle is no longer circular: 2 ÷ 27 = 0.074074
        var valorOnly = Self.nvidiaEverywhere
        valorOnly.leases[0].parties = ["valor"]
        #expect(isClose(Analysis(scenario: valorOnly).value("circular.share"), 2.0 / 27))
        // a lender that supplies (the bank as a contract's party) counts its principal: (2 + 5 + 12) ÷ 27
        var supplyingBank = Self.nvidiaEverywhere
        supplyingBank.contracts.append(CapacityContract(id: "racks", provider: "Bank", kind: .dataCentre,
                                                        value: F.sourced(.exact(1e9)), status: .signed, party: "bank"))
        #expect(isClose(Analysis(scenario: supplyingBank).value("circular.share"), 19.0 / 27))
    }

    /// Without debt, leases or customers the share is the round's alone, worded as it always was
    /// (the article's is in `AnalysisArticleTests`); a contract's party makes its investor a supplier.
    @Test func aContractsPartyMakesAnInvestorASupplier() throws {
        var scenario = F.scenario
        scenario.round.investors = [
            Investor(id: "chipco", name: "ChipCo", amount: F.sourced(.exact(3e9)), instrument: .cash, status: .funded),
            Investor(id: "fund", name: "Fund", amount: F.sourced(.exact(1e9)), instrument: .cash, status: .funded),
        ]
        scenario.contracts = [CapacityContract(id: "chips", provider: "ChipCo Inc.", kind: .chips, value: F.sourced(.exact(8e9)),
                                               status: .signed, party: "chipco")]
        // 3 ÷ (3 + 1) = 0.75
        let share = try #require(Analysis(scenario: scenario).indicator("circular.share"))
        #expect(share.formula == "from suppliers ÷ committed = (ChipCo $3B) ÷ $4B = 75.0 %")
        #expect(share.inputs.map(\.label) == ["ChipCo (supplier)", "Fund"])
    }
}
