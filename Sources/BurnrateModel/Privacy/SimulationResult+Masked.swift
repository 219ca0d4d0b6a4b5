extension SimulationResult {
    /// The result with every figure hidden when the projection it draws around is: each path
    /// counts hidden cash, whose comparisons with zero are all false, so its probabilities,
    /// runways and gaps would come out plain and wrong. Paths, seed, years and the inputs' own
    /// distributions stay; the drivers' year is the horizon's, as which year comes closest to
    /// even odds would tell something of the cash.
    var maskedIfHidden: SimulationResult {
        guard years.contains(where: { Masked.isMasked($0.deterministicCash) }) else { return self }
        var masked = self
        let hidden = Quantiles(p5: Masked.value, p25: Masked.value, p50: Masked.value, p75: Masked.value, p95: Masked.value)
        for index in masked.years.indices {
            masked.years[index].shortfallProbability = Masked.value
            masked.years[index].standardError = Masked.value
            masked.years[index].cash = hidden
        }
        masked.runwayYears = hidden
        masked.fundingGap = hidden
        for index in masked.drivers.indices {
            masked.drivers[index].shortfallAtLow = Masked.value
            masked.drivers[index].shortfallAtHigh = Masked.value
        }
        masked.driversYear = years.last?.year
        return masked
    }
}
