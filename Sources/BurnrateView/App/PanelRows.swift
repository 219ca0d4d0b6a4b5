import BurnrateModel

/// The selectable rows of each panel, in the order the panel lists them, and the figure each
/// row explains.
public enum PanelRows {
    /// The risk panel lists the scenario-wide indicators; ownership shows in the investors panel.
    public static func riskIndicators(_ analysis: Analysis) -> [Indicator] {
        analysis.indicators.filter { !$0.id.hasPrefix(IndicatorCatalogue.ownershipPrefix) }
    }

    public static func count(_ panel: PanelID, in analysis: Analysis) -> Int {
        switch panel {
        case .investors: analysis.investors.count
        case .capacity: analysis.providers.count
        case .risk: riskIndicators(analysis).count
        }
    }

    public static func target(_ panel: PanelID, row: Int, in analysis: Analysis) -> ExplainTarget? {
        guard row >= 0, row < count(panel, in: analysis) else { return nil }
        return switch panel {
        case .investors: .investor(analysis.investors[row].id)
        case .capacity: .provider(analysis.providers[row].provider)
        case .risk: .indicator(riskIndicators(analysis)[row].id)
        }
    }
}
