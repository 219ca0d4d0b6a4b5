/// What the "explain" view is about: any figure on the dashboard can say where it comes from.
public enum ExplainTarget: Hashable, Sendable {
    case indicator(String)
    case investor(String)
    case provider(String)
    /// What each column of a panel's tables holds: its header row.
    case columns(PanelID)
    /// The money going round through one investor that is also a supplier, by the investor's id.
    case circularFlow(String)
    /// A holder's stake before and after the round, by the holder's name.
    case capTableRow(String)
    /// A figure of the simulation view: how the simulation arrived at it.
    case simulated(SimulatedFigure)
}

/// A view drawn over the panels.
public enum Overlay: Hashable, Sendable {
    case help
    case explain(ExplainTarget)
    /// The session's alerts.
    case alerts
}
