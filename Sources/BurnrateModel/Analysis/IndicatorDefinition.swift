public enum IndicatorUnit: String, Sendable, Hashable {
    /// A fraction shown as a percentage (0.25 → 25 %).
    case fraction
    /// A multiple shown with × (44.9 → 44.9×).
    case multiple
    /// An amount of money in the scenario's currency.
    case money
    /// A Herfindahl-Hirschman index from 0 to 10,000.
    case index
    /// A score from 0 to 100.
    case score
    case years
    case gigawatts
}

/// What an indicator is and how to judge it, independent of any scenario.
public struct IndicatorDefinition: Sendable, Equatable {
    public var id: String
    public var name: String
    public var unit: IndicatorUnit
    /// Used when the scenario's `risk.thresholds` does not name this indicator; nil for
    /// indicators that are figures rather than risks (implied ownership).
    public var defaultThreshold: Threshold?
    /// Weight in the composite risk score when the scenario's `risk.weights` does not name it.
    public var defaultWeight: Double
}

/// Every indicator burnrate computes. Scenario files refer to these ids in `risk.thresholds`
/// and `risk.weights`; per-investor ownership indicators are `ownership.<investor id>`.
public enum IndicatorCatalogue {
    public static let roundCoverage = IndicatorDefinition(
        id: "round.coverage", name: "Round coverage", unit: .multiple,
        defaultThreshold: Threshold(watch: 1.0, alert: 0.8), defaultWeight: 1)
    public static let roundRealisation = IndicatorDefinition(
        id: "round.realisation", name: "Round realisation", unit: .fraction,
        defaultThreshold: Threshold(watch: 0.5, alert: 0.25), defaultWeight: 2)
    public static let roundDilution = IndicatorDefinition(
        id: "round.dilution", name: "Dilution of existing holders", unit: .fraction,
        defaultThreshold: Threshold(watch: 0.15, alert: 0.25), defaultWeight: 0)
    public static let investorConcentration = IndicatorDefinition(
        id: "investors.hhi", name: "Investor concentration (HHI)", unit: .index,
        defaultThreshold: Threshold(watch: 2500, alert: 4000), defaultWeight: 1)
    public static let supplierConcentration = IndicatorDefinition(
        id: "suppliers.hhi", name: "Supplier concentration (HHI)", unit: .index,
        defaultThreshold: Threshold(watch: 2500, alert: 4000), defaultWeight: 1)
    public static let largestSupplierShare = IndicatorDefinition(
        id: "suppliers.largest_share", name: "Largest provider's share", unit: .fraction,
        defaultThreshold: Threshold(watch: 0.4, alert: 0.5), defaultWeight: 1)
    public static let capacityIfLargestFails = IndicatorDefinition(
        id: "suppliers.capacity_if_largest_fails", name: "Capacity left if the largest provider fails",
        unit: .fraction, defaultThreshold: Threshold(watch: 0.6, alert: 0.4), defaultWeight: 1)
    public static let commitmentsToRevenue = IndicatorDefinition(
        id: "commitments.revenue_multiple", name: "Infrastructure commitments ÷ annual revenue",
        unit: .multiple, defaultThreshold: Threshold(watch: 10, alert: 25), defaultWeight: 3)
    public static let fundingGap = IndicatorDefinition(
        id: "funding.gap", name: "Funding gap over the horizon", unit: .money,
        defaultThreshold: Threshold(watch: 0, alert: 50e9), defaultWeight: 2)
    public static let cashRunway = IndicatorDefinition(
        id: "funding.runway", name: "Cash runway", unit: .years,
        defaultThreshold: Threshold(watch: 3, alert: 1.5), defaultWeight: 2)
    public static let circularShare = IndicatorDefinition(
        id: "circular.share", name: "Circular financing: round money from suppliers", unit: .fraction,
        defaultThreshold: Threshold(watch: 0.25, alert: 0.5), defaultWeight: 2)
    public static let circularFlowBack = IndicatorDefinition(
        id: "circular.flow_back", name: "Circular financing: spending that flows back", unit: .money,
        defaultThreshold: nil, defaultWeight: 0)
    public static let nonCashShare = IndicatorDefinition(
        id: "financing.non_cash_share", name: "Non-cash financing share", unit: .fraction,
        defaultThreshold: Threshold(watch: 0.2, alert: 0.4), defaultWeight: 1)
    public static let readiness = IndicatorDefinition(
        id: "infrastructure.readiness", name: "Infrastructure readiness (power, cooling, network)",
        unit: .fraction, defaultThreshold: Threshold(watch: 0.7, alert: 0.5), defaultWeight: 2)
    public static let interestCover = IndicatorDefinition(
        id: "debt.interest_cover", name: "Interest cover (operating income ÷ interest)", unit: .multiple,
        defaultThreshold: Threshold(watch: 3, alert: 1.5), defaultWeight: 1)
    public static let debtToRevenue = IndicatorDefinition(
        id: "debt.revenue_multiple", name: "Debt outstanding ÷ annual revenue", unit: .multiple,
        defaultThreshold: Threshold(watch: 2, alert: 4), defaultWeight: 1)
    public static let maturitiesInRunway = IndicatorDefinition(
        id: "debt.maturities_in_runway", name: "Debt falling due within the runway ÷ cash", unit: .fraction,
        defaultThreshold: Threshold(watch: 0.25, alert: 0.5), defaultWeight: 1)
    public static let customerConcentration = IndicatorDefinition(
        id: "customers.hhi", name: "Customer concentration (HHI)", unit: .index,
        defaultThreshold: Threshold(watch: 2500, alert: 4000), defaultWeight: 1)
    public static let composite = IndicatorDefinition(
        id: "risk.composite", name: "Composite risk score", unit: .score,
        defaultThreshold: Threshold(watch: 25, alert: 50), defaultWeight: 0)

    /// The scenario-wide indicators, in the order panels and exports list them.
    public static let all: [IndicatorDefinition] = [
        roundCoverage, roundRealisation, roundDilution, investorConcentration,
        supplierConcentration, largestSupplierShare, capacityIfLargestFails, commitmentsToRevenue,
        fundingGap, cashRunway, circularShare, circularFlowBack, nonCashShare, readiness,
        interestCover, debtToRevenue, maturitiesInRunway, customerConcentration, composite,
    ]

    public static let ownershipPrefix = "ownership."

    public static func definition(id: String) -> IndicatorDefinition? {
        all.first { $0.id == id }
    }
}
