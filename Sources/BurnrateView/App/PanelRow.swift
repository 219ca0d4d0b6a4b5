/// A row of a panel that the selection can stand on: a column-header row, a row of the panel's
/// main list, or a row of a table below it.
public enum PanelRow: Hashable, Sendable {
    /// The header row whose explanation says what every column of the panel holds.
    case header
    /// A row of the panel's main list (investors, providers, indicators), by its index in the
    /// full list.
    case item(Int)
    /// A row of the investors panel's circular-financing table, by its index in `circularFlows`.
    case flow(Int)
    /// A row of the investors panel's cap table, by its index in `capTable`.
    case holder(Int)
}
