/// How much the revenue depends on a few customers. Backlog never adds to revenue: it only
/// measures who the revenue depends on.
extension AnalysisContext {
    /// Herfindahl index of the customers' revenue shares where any states one, the unnamed rest
    /// spread thin (so a lower bound, up to the rest being one customer); else of the disclosed
    /// backlog. Not applicable without customers.
    var customerConcentration: Indicator {
        let definition = IndicatorCatalogue.customerConcentration
        let customers = scenario.customers
        guard !customers.isEmpty else { return notApplicable(definition, because: "no customers stated") }
        let backlogInputs = customers.map { input(TextBuffer.concatenated("Customer ", $0.id, " (", $0.counterparty, "): backlog"), $0.backlog) }
        let stated = customers.compactMap { customer in customer.revenueShare.map { (customer, $0) } }
        guard stated.isEmpty else {
            let shares = stated.map(\.1.value)
            let (value, terms) = Self.herfindahl(shares, total: 1)
            let rest = max(0, 1 - shares.reduce(0, +))
            let bounds = value.map { Bounded(low: $0, high: $0 + (100 * rest) * (100 * rest)) }
            let inputs = stated.map { input("Customer \($0.0.id) (\($0.0.counterparty)): share of revenue", $0.1, .fraction) }
                + [derivedInput("The rest of revenue, counted as spread thin", rest, .fraction)] + backlogInputs
            return indicator(definition, value: value,
                             formula: "Σ (100 × revenue share)², the rest (\(figure(rest, .fraction))) spread thin: at least "
                                 + "\(terms) = \(figure(value, .index)); at most \(figure(bounds?.high, .index)) were the rest one customer",
                             inputs: inputs, bounds: bounds)
        }
        let backlogs = customers.compactMap(\.backlog.value.headline)
        let total = backlogs.reduce(0, +)
        guard Self.isPositiveOrHidden(total) else {
            return notApplicable(definition, because: "every customer's backlog is undisclosed", inputs: backlogInputs)
        }
        let (value, terms) = Self.herfindahl(backlogs, total: total)
        return indicator(definition, value: value,
                         formula: "Σ (100 × backlog ÷ disclosed backlog)² = \(terms) = \(figure(value, .index))",
                         inputs: backlogInputs)
    }
}
