import BurnrateModel

/// Everything a dashboard panel draws from besides its area. Equal inputs on areas of the same
/// size draw the same cells: `PanelCache` relies on it.
struct PanelInputs: Equatable, Sendable {
    let analysis: Analysis
    /// The scenario as loaded, when a what-if is active: moved figures show their change.
    let baseAnalysis: Analysis?
    let isFocused: Bool
    let list: PanelList
    let glyphs: Glyphs
    /// The timeline cursor: its row is highlighted. Nil in a panel without years.
    let year: Int?
}
