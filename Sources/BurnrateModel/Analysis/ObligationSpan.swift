/// When a contract's value falls due: spread evenly over its term or, without a term, from its
/// start to the end of the horizon. Worked out once per contract, then asked year by year.
struct ObligationSpan {
    let value: Double
    /// Fractional years.
    let start: Double
    let end: Double

    /// Nil for a contract of undisclosed value: nothing can be spread.
    init?(of contract: CapacityContract, asOf: Day, horizonEnd: Int) {
        guard let value = contract.value.value.headline else { return nil }
        self.value = value
        let start = (contract.start?.value ?? asOf).fractionalYear
        self.start = start
        end = contract.termYears.map { start + $0.value } ?? Double(horizonEnd + 1)
    }

    /// The part due in `year`, prorated by how much of the span falls in that calendar year;
    /// all of it in the year it starts when the span has no length.
    func due(in year: Int) -> Double {
        guard end > start else {
            return Int(start.rounded(.down)) == year ? value : 0
        }
        let overlap = min(end, Double(year + 1)) - max(start, Double(year))
        return overlap > 0 ? value * overlap / (end - start) : 0
    }
}
