/// The round money that one commitment input decides, year by year, and the rest of the round
/// as the base case counts it.
///
/// A commitment realised brings a fraction of its amount: of the high end, or of the low end
/// of "at least" (`BaseCasePolicy(conditional: .always, upToShare: 1)` counts exactly that),
/// in the year the projection has each payment arrive (`RoundInflows`). A commitment names an
/// investor's whole commitment (all its tranches, one draw) or one tranche; a tranche named on
/// its own follows its own entry rather than the investor's.
struct CommitmentArrivals: Sendable {
    /// The positions of its probability and its realised fraction among the simulation's inputs.
    let probabilityInput: Int
    let realisedInput: Int
    /// Its place in the arrivals of every commitment (`split`'s `arrivals`), which lie end to
    /// end so that a path reads them without an array a commitment.
    let arrivals: Range<Int>

    /// Money arriving in a horizon year.
    struct Arrival: Sendable {
        /// The horizon year's index.
        let year: Int
        let amount: Double
    }

    /// Each of `uncertainty.commitments`, in order, with the arrivals of all of them (every year
    /// a commitment's money arrives in), and the base case's inflows of every payment none of them names.
    static func split(_ scenario: Scenario, inputs: [UncertainInput])
        -> (commitments: [CommitmentArrivals], arrivals: [Arrival], others: [Double]) {
        let commitments = scenario.uncertainty.commitments
        let position = Dictionary(inputs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var covered = [[RoundPayment]](repeating: [], count: commitments.count)
        var others: [RoundPayment] = []
        for (payment, owner) in zip(scenario.roundPayments, paymentOwners(scenario)) {
            let investor = scenario.round.investors[owner.investor].id
            let entry = commitments.firstIndex { $0.tranche != nil && $0.tranche == owner.tranche && WhatIf.sameName($0.investor, investor) }
                ?? commitments.firstIndex { $0.tranche == nil && WhatIf.sameName($0.investor, investor) }
            if let entry { covered[entry].append(payment) } else { others.append(payment) }
        }
        let years = scenario.horizonYears
        var everything = scenario
        everything.baseCase = BaseCasePolicy(conditional: .always, upToShare: 1)
        var arrivals: [Arrival] = []
        let split = commitments.indices.map { index in
            let base = RoundInflows(years: years, payments: covered[index], scenario: everything).base
            let first = arrivals.count
            arrivals += base.indices.filter { base[$0] != 0 }.map { Arrival(year: $0, amount: base[$0]) }
            return CommitmentArrivals(probabilityInput: position[commitments[index].probabilityInput] ?? 0,
                                      realisedInput: position[commitments[index].realisedInput] ?? 0,
                                      arrivals: first..<arrivals.count)
        }
        return (split, arrivals, RoundInflows(years: years, payments: others, scenario: scenario).base)
    }

    /// For each of `scenario.roundPayments`, in the same order: the investor's place in the
    /// round and the tranche's number (from 1), nil for an investor paid at once.
    private static func paymentOwners(_ scenario: Scenario) -> [(investor: Int, tranche: Int?)] {
        scenario.round.investors.indices.flatMap { index in
            let tranches = scenario.round.investors[index].tranches
            return tranches.isEmpty ? [(index, nil)] : tranches.indices.map { (index, $0 + 1) }
        }
    }
}
