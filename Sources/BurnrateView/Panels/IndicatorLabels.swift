import BurnrateModel

/// Shorter names for tight columns; the explain view always shows the full name.
enum IndicatorLabels {
    static func short(_ indicator: Indicator) -> String {
        short(id: indicator.id, name: indicator.name)
    }

    static func short(id: String, name: String) -> String {
        labels[id] ?? name
    }

    private static let labels = [
        IndicatorCatalogue.roundCoverage.id: "Round coverage",
        IndicatorCatalogue.roundRealisation.id: "Round realised",
        IndicatorCatalogue.roundDilution.id: "Dilution",
        IndicatorCatalogue.investorConcentration.id: "Investor HHI",
        IndicatorCatalogue.supplierConcentration.id: "Supplier HHI",
        IndicatorCatalogue.largestSupplierShare.id: "Largest provider",
        IndicatorCatalogue.capacityIfLargestFails.id: "GW left if it fails",
        IndicatorCatalogue.commitmentsToRevenue.id: "Commitments ÷ revenue",
        IndicatorCatalogue.fundingGap.id: "Funding gap",
        IndicatorCatalogue.cashRunway.id: "Cash runway",
        IndicatorCatalogue.circularShare.id: "Circular: round money",
        IndicatorCatalogue.circularFlowBack.id: "Circular: flows back",
        IndicatorCatalogue.nonCashShare.id: "Non-cash financing",
        IndicatorCatalogue.readiness.id: "Power/cooling/network",
        IndicatorCatalogue.interestCover.id: "Interest cover",
        IndicatorCatalogue.debtToRevenue.id: "Debt ÷ revenue",
        IndicatorCatalogue.maturitiesInRunway.id: "Debt due in runway",
        IndicatorCatalogue.customerConcentration.id: "Customer HHI",
        IndicatorCatalogue.composite.id: "Composite score",
    ]
}
