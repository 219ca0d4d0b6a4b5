import Testing
@testable import BurnrateModel

/// The export's debt columns, on `DebtScenarioFixture` with its $10B loan at 12 % (drawn in
/// 2025, due July 2027: interest 0.9 in 2026's last nine months, 0.6 and the 10 in 2027).
@Suite struct ExportDebtTests {
    static let report = ExportReport(analysis: Analysis(scenario: DebtScenarioFixture.with(debt: [DebtScenarioFixture.bulletBeforeAsOf])))

    @Test func csvHasARowPerDebtFigureAndYear() throws {
        let rows = Self.report.csv().split(separator: "\n").filter { $0.hasPrefix("projection,") }
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var ids: [String] = []
        for row in rows where !ids.contains(row[1]) { ids.append(row[1]) }
        #expect(ids == ["revenue", "burn", "inflows", "debt_drawn", "interest", "principal", "lease_payments", "cash",
                        "obligations_due", "capacity_online_gw"])
        #expect(rows.count == 10 * 4)
        let interest = rows.filter { $0[1] == "interest" }
        #expect(zip(interest.compactMap { Double($0[4]) }, [0.9e9, 0.6e9, 0, 0]).allSatisfy { isClose($0, $1) })
        // the loan's amount, rate and dates, all reported by the memo
        #expect(interest.allSatisfy { $0[7] == "memo" && $0[8] == "reported" })
        #expect(rows.first { $0[1] == "principal" && $0[3] == "2027" }?[4] == "10000000000")
    }

    @Test func markdownShowsTheDebtColumns() {
        let markdown = Self.report.markdown()
        #expect(markdown.contains("| Year | Revenue | Burn | Inflows | Debt drawn | Interest | Principal | Lease payments | Cash | Obligations due | Capacity online |\n"))
        #expect(markdown.contains("| 2027 | $12B | $6B | $0 | $0 | $600M | $10B | $0 | -$2B | $0 | 0 GW |\n"))
        // not applicable: the scenario has no customers
        #expect(markdown.contains("| Customer concentration (HHI) | n/a | n/a | n/a: no customers stated | derived |  |\n"))
    }

    @Test func jsonGivesEveryYearItsDebtFigures() throws {
        guard case .object(let members) = Self.report.json(), case .array(let years)? = members.first(where: { $0.0 == "projection" })?.1,
              case .object(let year2027) = years[1] else {
            Issue.record("no projection")
            return
        }
        func number(_ key: String) -> Double? {
            if case .number(let value)? = year2027.first(where: { $0.0 == key })?.1 { return value }
            return nil
        }
        #expect(number("year") == 2027)
        #expect(number("debt_drawn") == 0 && number("lease_payments") == 0)
        #expect(isClose(number("interest"), 0.6e9) && number("principal") == 10e9)
        #expect(isClose(number("cash"), -2e9))
    }
}
