/// A named arrangement of the dashboard that `L` cycles through and `--layout` starts in: the
/// default, which follows the terminal's size, or rows of panels, each row's height a share
/// of the room by its weight and its panels side by side in equal widths.
public struct LayoutPreset: Hashable, Sendable {
    /// What a layout's cell holds.
    public enum Cell: String, CaseIterable, Hashable, Sendable {
        case investors, capacity, risk
        /// The simulation's fan chart, shortfall table and drivers, as `u` shows them.
        case simulation
        /// Where the what-if panel goes while it is open; without it the row's other cells
        /// share the row.
        case whatIf = "what-if"

        /// The live panel the cell is, if it is one.
        var panel: PanelID? {
            switch self {
            case .investors: .investors
            case .capacity: .capacity
            case .risk: .risk
            case .simulation, .whatIf: nil
            }
        }
    }

    public let name: String
    /// Nil for the default arrangement.
    public let rows: [[Cell]]?
    /// Each row's weight, as many as `rows`.
    public let sizes: [Int]

    public init(name: String, rows: [[Cell]]?, sizes: [Int]? = nil) {
        self.name = name
        self.rows = rows
        self.sizes = sizes ?? rows.map { Array(repeating: 1, count: $0.count) } ?? []
    }

    /// Three columns, two rows or stacked, by the terminal's size.
    public static let standard = LayoutPreset(name: "default", rows: nil)
    /// The risk panel across the top with the most room, who pays and for what beneath it.
    public static let riskFocus = LayoutPreset(name: "risk focus", rows: [[.risk], [.investors, .capacity]], sizes: [3, 2])
    /// For a room: who pays and for what, then the chance the money runs out and what drives it.
    public static let briefing = LayoutPreset(name: "briefing", rows: [[.investors, .capacity], [.simulation]], sizes: [1, 1])

    public static let builtIn = [standard, riskFocus, briefing]

    /// The built-in presets, then the config's (one of a built-in's name replaces it).
    public static func all(adding configured: [LayoutPreset]) -> [LayoutPreset] {
        builtIn.map { preset in configured.first { $0.name == preset.name } ?? preset }
            + configured.filter { preset in !builtIn.contains { $0.name == preset.name } }
    }

    /// Most rows a layout may have: more would leave each under a readable panel's height.
    public static let maximumRows = 4
    /// Most cells in a row.
    public static let maximumCellsPerRow = 4
    /// Largest row weight.
    public static let maximumSize = 100
}
