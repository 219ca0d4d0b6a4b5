extension Analysis {
    /// Ids of the indicators with a yearly trend.
    public static let trendIndicatorIDs = [
        IndicatorCatalogue.commitmentsToRevenue.id, IndicatorCatalogue.fundingGap.id, IndicatorCatalogue.cashRunway.id,
    ]

    /// An indicator's value in each projection year, for a small trend line:
    /// - `commitments.revenue_multiple`: all contract values ÷ that year's revenue;
    /// - `funding.gap`: the shortfall at the end of that year, max(0, −cash);
    /// - `funding.runway`: years from the start of that year until cash runs out (0 once it
    ///   has), or to the end of the horizon when it lasts.
    ///
    /// Empty for the other indicators: their inputs do not change from year to year.
    public func trend(of id: String) -> [Double?] {
        // Worked out from hidden cash, a year's figure compares it with zero and comes out plain.
        if isMasked(id) { return projection.years.map { _ in Masked.value } }
        switch id {
        case IndicatorCatalogue.commitmentsToRevenue.id:
            return projection.years.map { AnalysisContext.ratio(contractTotal, $0.revenue) }
        case IndicatorCatalogue.fundingGap.id:
            return projection.years.map { year in year.cash.map { max(0, -$0) } }
        case IndicatorCatalogue.cashRunway.id:
            let hasCash = projection.years.last?.cash != nil
            let runsOut = projection.cashRunsOut ?? Double(scenario.horizon.end + 1)
            return projection.years.map { hasCash ? max(0, runsOut - Double($0.year)) : nil }
        default:
            return []
        }
    }

    private func isMasked(_ id: String) -> Bool {
        Masked.isMasked(indicator(id)?.value)
    }

    /// Where each year's figure of `trend(of:)` lies, from the least round money to the most
    /// (the as-of figure's bounds, `runwayBounds` and the gap's, worked out for that year); empty
    /// for an indicator without yearly bounds.
    public func trendBounds(of id: String) -> [Bounded?] {
        if isMasked(id) { return [] }
        switch id {
        case IndicatorCatalogue.fundingGap.id:
            return projection.years.map { year in year.cashBounds.map { Bounded(low: max(0, -$0.high), high: max(0, -$0.low)) } }
        case IndicatorCatalogue.cashRunway.id:
            guard projection.years.last?.cashBounds != nil else { return [] }
            // cash that lasts the horizon lasts at least to its end, and perhaps for ever
            let least = projection.runsOut { $0.cashBounds?.low } ?? Double(scenario.horizon.end + 1)
            let most = projection.runsOut { $0.cashBounds?.high } ?? .infinity
            return projection.years.map { Bounded(low: max(0, least - Double($0.year)), high: max(0, most - Double($0.year))) }
        default:
            return []
        }
    }
}
