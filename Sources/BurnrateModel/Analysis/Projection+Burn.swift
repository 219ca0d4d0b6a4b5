extension Projection {
    /// The part of a year's burn after `start` (months since year 0, where cash on hand stands:
    /// `CashRollForward.startMonths`): all of it for a year after, none for one before, its
    /// months after `start` for the year it falls in. What a what-if's delays add to a year falls
    /// after the as-of date in full (nothing that happened before it can be delayed), so it
    /// counts whole in any year that ends after the as-of date.
    ///
    /// Year-end cash is cash on hand less this for every year from its date, plus round money:
    /// a figure dated before the as-of year burns whole years from there, and its year-end cash
    /// is what the figure and the yearly burn give, to the dollar.
    static func burn(_ burn: Double, in year: Int, after start: Double, asOf: Day, financials: Financials) -> Double {
        let months = min(12, max(0, Double(year * 12 + 12) - max(start, Double(year * 12))))
        let delay = Double(year + 1) > asOf.fractionalYear ? financials.delayBurn(in: year) : 0
        return (burn - delay) * months / 12 + delay
    }
}
