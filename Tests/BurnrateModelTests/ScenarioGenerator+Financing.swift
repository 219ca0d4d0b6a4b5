@testable import BurnrateModel

/// Random debt, leases and customers of the kind a file can hold, for the round-trip property:
/// parties that are investors or of their own, a drawn part within the amount, a maturity
/// after the start, an amortising repayment only with both, a notice of more than 0 days.
extension Dice {
    /// An investor's id or one of its own.
    mutating func party(among investors: [String]) -> String {
        investors.isEmpty || chance(0.5) ? id(int(20...29)) : pick(investors)
    }

    mutating func debt(id: String, investors: [String], sourceIDs: [String]) -> Debt {
        let amount = sourced(amount(), among: sourceIDs)
        let drawn = chance(0.4) ? sourced(amount.value.headline.map { $0 * fraction() } ?? magnitude(), among: sourceIDs) : nil
        let (first, second) = (day(), day())
        let (early, late) = first < second ? (first, second) : (second, first)
        let start = chance(0.7) ? sourced(early, among: sourceIDs) : nil
        // Dates on the same day (2026 and 2026-01-01) give no maturity after the start.
        let isLater = (early.year, early.month, early.day) < (late.year, late.month, late.day)
        let maturity = isLater && chance(0.7) ? sourced(late, among: sourceIDs) : nil
        let repayment: Repayment = start != nil && maturity != nil && chance(0.5) ? .amortising : .bullet
        return Debt(id: id, lender: text(), party: chance(0.5) ? party(among: investors) : nil, kind: some(DebtKind.self),
                    amount: amount, drawn: drawn, rate: chance(0.7) ? sourced(fraction(), among: sourceIDs) : nil,
                    start: start, maturity: maturity, repayment: repayment,
                    secured: chance(0.5) ? chance(0.5) : nil, note: chance(0.3) ? text() : nil)
    }

    mutating func lease(id: String, investors: [String], sourceIDs: [String]) -> Lease {
        var parties: [String] = []
        for _ in 0..<int(0...3) {
            let party = party(among: investors)
            if !parties.contains(party) { parties.append(party) }
        }
        let notice = pick([1, 90, 1e-7, 36_600, Double.random(in: 1...1000, using: &self)])
        return Lease(id: id, lessor: text(), parties: parties, owner: chance(0.5) ? text() : nil,
                     paymentPerYear: sourced(amount(), among: sourceIDs),
                     start: chance(0.7) ? sourced(day(), among: sourceIDs) : nil,
                     termYears: chance(0.7) ? sourced(termYears(), among: sourceIDs) : nil,
                     exitNoticeDays: chance(0.5) ? sourced(notice, among: sourceIDs) : nil, note: chance(0.3) ? text() : nil)
    }

    mutating func customer(id: String, investors: [String], sourceIDs: [String]) -> CustomerContract {
        CustomerContract(id: id, counterparty: text(), party: chance(0.6) ? party(among: investors) : nil,
                         backlog: sourced(amount(), among: sourceIDs),
                         revenueShare: chance(0.5) ? sourced(fraction(), among: sourceIDs) : nil,
                         start: chance(0.7) ? sourced(day(), among: sourceIDs) : nil,
                         termYears: chance(0.7) ? sourced(termYears(), among: sourceIDs) : nil,
                         note: chance(0.3) ? text() : nil)
    }
}
