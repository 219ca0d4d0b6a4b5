/// Where a key is pressed: each mode has its own bindings. A mode that takes text (a prompt)
/// types every printable character, so only its other keys (Enter, Esc, Backspace…) are bound.
public enum KeyMode: String, CaseIterable, Hashable, Sendable {
    case dashboard
    /// An explanation over the dashboard; keys it does not bind act as on the dashboard.
    case explain
    /// The what-if panel, over the dashboard or a slide; keys it does not bind go to them.
    case whatIf = "what-if"
    case whatIfValue = "what-if-value"
    /// The side-by-side comparison; keys it does not bind act as on the dashboard.
    case compare
    /// The simulation view; keys it does not bind act as on the dashboard.
    case simulation
    /// The league table; keys it does not bind act as on the dashboard.
    case league
    case palette
    case filter
    case savePath = "save-path"
    case saveOverwrite = "save-overwrite"
    case presentation
    case slideNumber = "slide-number"
    case notes

    /// The name `burnrate keys` prints.
    public var name: String { rawValue }

    /// How help and the README head the mode's keys.
    public var title: String {
        switch self {
        case .dashboard: "Dashboard"
        case .explain: "An explanation"
        case .whatIf: "What-if panel"
        case .whatIfValue: "Typing a what-if value"
        case .compare: "Compare view"
        case .simulation: "Simulation view"
        case .league: "League table"
        case .palette: "Command palette"
        case .filter: "Typing a filter"
        case .savePath: "Typing the path to save to"
        case .saveOverwrite: "Asked whether to overwrite"
        case .presentation: "Presentation"
        case .slideNumber: "Typing a slide number"
        case .notes: "Notes terminal"
        }
    }

    /// Whether printable characters are text here rather than keys.
    public var takesText: Bool {
        switch self {
        case .whatIfValue, .palette, .filter, .savePath, .slideNumber: true
        default: false
        }
    }
}
