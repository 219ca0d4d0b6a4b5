/// The dashboard's three live panels, in focus order.
public enum PanelID: Int, CaseIterable, Hashable, Sendable {
    case investors
    case capacity
    case risk

    public var title: String {
        switch self {
        case .investors: "Investors"
        case .capacity: "Multi-cloud capacity"
        case .risk: "Risk indicators"
        }
    }

    /// The title of its tab on a small screen.
    public var tabTitle: String {
        switch self {
        case .investors: "Investors"
        case .capacity: "Capacity"
        case .risk: "Risk"
        }
    }

    /// The name `snapshot --panel` takes.
    public var name: String {
        switch self {
        case .investors: "investors"
        case .capacity: "capacity"
        case .risk: "risk"
        }
    }

    public var next: PanelID { PanelID(rawValue: (rawValue + 1) % PanelID.allCases.count)! }
    public var previous: PanelID {
        PanelID(rawValue: (rawValue + PanelID.allCases.count - 1) % PanelID.allCases.count)!
    }
}
