import BurnrateModel

/// Figures of one scenario as panels write them, in its currency.
struct Figures {
    let currency: String

    init(_ scenario: Scenario) {
        currency = scenario.currency
    }

    func money(_ value: Double?) -> String {
        value.map { FigureFormat.money($0, currency: currency) } ?? FigureFormat.undisclosed
    }

    func amount(_ amount: Amount) -> String { FigureFormat.amount(amount, currency: currency) }

    func fraction(_ value: Double?) -> String { value.map(FigureFormat.fraction) ?? "—" }

    /// Its bounds ("≤ 5.9 %") when it was worked out from a bound, else its value.
    func indicator(_ indicator: Indicator) -> String {
        FigureFormat.format(indicator, currency: currency)
    }

    func bounded(_ bounds: Bounded, unit: IndicatorUnit) -> String {
        FigureFormat.bounded(bounds, unit: unit, currency: currency)
    }

    /// An input as its source states it: "up to $50B" rather than its headline.
    func input(_ input: IndicatorInput) -> String {
        input.bounds.map { bounded($0, unit: input.unit) } ?? value(input.value, unit: input.unit)
    }

    /// An investor's share of the round: "≤ 50.0 %" when its amount or another's is a bound.
    func shareOfRound(_ position: InvestorPosition) -> String {
        position.shareOfRoundBounds.map { bounded($0, unit: .fraction) } ?? fraction(position.shareOfRound)
    }

    /// An investor's implied stake: "≤ 5.9 %" when the amount or the valuation is a bound.
    func ownership(_ position: InvestorPosition) -> String {
        position.ownershipBounds.map { bounded($0, unit: .fraction) } ?? fraction(position.impliedOwnership)
    }

    /// A holder's stake after the round: a range ("9.7–14.5 %") when the round's amounts or its
    /// valuation are bounds.
    func stakeAfter(_ row: CapTableRow) -> String {
        row.afterBounds.map { bounded($0, unit: .fraction) } ?? fraction(row.after)
    }

    func value(_ value: Double?, unit: IndicatorUnit) -> String {
        FigureFormat.format(value, unit: unit, currency: currency)
    }
}
