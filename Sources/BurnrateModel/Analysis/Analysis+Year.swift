extension Analysis {
    /// The judged indicators and the composite score (ownership and those that do not apply
    /// left out) as they stand at the end of `year`: an indicator with a yearly trend (`trend(of:)`) takes that year's value and
    /// is judged by the same threshold, and the composite weighs them again. As of the
    /// scenario's date when `year` is nil or not a projection year.
    public func judgedIndicators(inYear year: Int?) -> [Indicator] {
        guard let compositeEnd = indicators.firstIndex(where: { $0.id == IndicatorCatalogue.composite.id }) else {
            return []
        }
        var judged = indicators[...compositeEnd].filter(\.isApplicable)
        let compositeIndex = judged.count - 1
        guard let year, let index = projection.years.firstIndex(where: { $0.year == year }) else { return judged }
        for place in judged.indices where Self.trendIndicatorIDs.contains(judged[place].id) {
            let trend = trend(of: judged[place].id)
            guard index < trend.count else { continue }
            judged[place].value = trend[index]
            // that year's bounds, never the as-of figure's beside that year's value
            let bounds = trendBounds(of: judged[place].id)
            judged[place].bounds = index < bounds.count ? bounds[index].flatMap { $0.isExact ? nil : $0 } : nil
            judged[place].level = Masked.isMasked(trend[index]) ? nil : judged[place].threshold?.level(of: trend[index])
        }
        judged[compositeIndex] = AnalysisContext.compositeRisk(of: judged, risk: scenario.risk)
        return judged
    }
}
