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

    func indicator(_ indicator: Indicator) -> String {
        FigureFormat.format(indicator.value, unit: indicator.unit, currency: currency)
    }

    func value(_ value: Double?, unit: IndicatorUnit) -> String {
        FigureFormat.format(value, unit: unit, currency: currency)
    }
}
