/// Cash on hand moved from the day its figure stands at to the as-of date by the burn of the
/// months between.
///
/// The rule: each month burns a twelfth of its year's burn (the financial year standing for
/// it), a month cut short by one of the two dates in proportion to its days. A cash figure
/// stands at the end of the period its date names (a balance at 2025-06-30 is the close of that
/// day, one at `2025-06` the end of June); the as-of date at its start, where the runway counts
/// from; a figure whose date takes in the as-of date (the same day, month or year) stands there.
/// Cash is taken as it stands, not rolled, when the scenario says why not
/// (`Financials.cashNotRolledForward`), when it is dated after the as-of date, or when the
/// scenario gives no burn.
public struct CashRollForward: Sendable, Equatable {
    /// The burn of the part of one calendar year between the two dates.
    public struct Step: Sendable, Equatable {
        public let year: Int
        /// Months of the year between the two dates, a part of a month by its days.
        public let months: Double
        /// The year's burn, as the scenario gives it (without what a what-if's delays added).
        public let yearBurn: Double
        /// Where the year's burn figure comes from.
        public let burnFigure: Sourced<Double>
        /// "Jul–Dec 2025", or "1 Jan–19 Feb 2026" when a date cuts a month short.
        public let period: String

        public var burn: Double { yearBurn * months / 12 }
    }

    /// Cash on hand as the scenario gives it.
    public let figure: Sourced<Double>
    /// The figure's own date, else its source's; nil when neither is known.
    public let figureDate: Day?
    public let asOf: Day
    /// Empty when not rolled.
    public let steps: [Step]
    /// Why the figure is taken as it stands at the as-of date; nil when rolled forward.
    public let notRolledBecause: String?

    /// Cash at the as-of date.
    public var cash: Double { steps.reduce(figure.value) { $0 - $1.burn } }

    /// Where the figure stands, in months since the start of year 0: the end of its date when
    /// rolled, the as-of date when taken as it stands (or when its date takes in the as-of date).
    var startMonths: Double {
        let asOfStart = asOf.monthsAtStart
        guard notRolledBecause == nil, let figureDate else { return asOfStart }
        return min(figureDate.monthsAtEnd, asOfStart)
    }

    public init(scenario: Scenario) {
        let financials = scenario.financials
        figure = financials.cashOnHand
        figureDate = financials.cashOnHand.date ?? scenario.source(id: financials.cashOnHand.source)?.date
        asOf = scenario.asOf
        if let reason = financials.cashNotRolledForward {
            (steps, notRolledBecause) = ([], reason)
            return
        }
        guard let figureDate else {
            (steps, notRolledBecause) = ([], "its date is not known")
            return
        }
        let from = figureDate.monthsAtEnd
        let to = scenario.asOf.monthsAtStart
        guard figureDate.monthsAtStart <= to else {
            (steps, notRolledBecause) = ([], "it is dated after the as-of date")
            return
        }
        var steps: [Step] = []
        var year = Int((from / 12).rounded(.down))
        while Double(year * 12) < to {
            let start = max(from, Double(year * 12))
            let end = min(to, Double(year * 12 + 12))
            if end > start {
                guard let standing = scenario.financialYear(standingFor: year) else {
                    (self.steps, notRolledBecause) = ([], "the scenario gives no burn")
                    return
                }
                steps.append(Step(year: year, months: end - start,
                                  yearBurn: standing.burn.value - financials.delayBurn(in: year),
                                  burnFigure: standing.burn, period: Self.period(from: start, to: end)))
            }
            year += 1
        }
        self.steps = steps
        notRolledBecause = nil
    }

    /// The months from `start` to `end` (both in months since year 0) in words.
    static func period(from start: Double, to end: Double) -> String {
        let year = Int((start / 12).rounded(.down))
        let firstMonth = Int(start.rounded(.down)) - year * 12
        let lastMonth = Int(end.rounded(.up)) - 1 - year * 12
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        if start == start.rounded(.down), end == end.rounded(.down) {
            let months = firstMonth == lastMonth ? names[firstMonth] : "\(names[firstMonth])–\(names[lastMonth])"
            return "\(months) \(year)"
        }
        func dayOf(_ position: Double, month: Int, atEnd: Bool) -> Int {
            let days = Day.daysIn(month: month + 1, year: year)
            let fraction = position - position.rounded(.down)
            let day = Int((fraction * Double(days)).rounded())
            return atEnd ? (fraction == 0 ? days : day) : day + 1
        }
        return "\(dayOf(start, month: firstMonth, atEnd: false)) \(names[firstMonth])–"
            + "\(dayOf(end, month: lastMonth, atEnd: true)) \(names[lastMonth]) \(year)"
    }
}
