/// What the "explain" view is about: any figure on the dashboard can say where it comes from.
public enum ExplainTarget: Hashable, Sendable {
    case indicator(String)
    case investor(String)
    case provider(String)
}

/// A view drawn over the panels.
public enum Overlay: Hashable, Sendable {
    case help
    case explain(ExplainTarget)
}
