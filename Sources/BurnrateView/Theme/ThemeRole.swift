/// The roles a theme names, as written in theme files. `Role.series(n)` takes the n-th colour
/// of the theme's `series` list instead.
public enum ThemeRole: String, Hashable, Sendable, CaseIterable {
    case background
    case text
    case muted
    case border
    case title
    case accent
    case selection
    case ok
    case watch
    case alert
    case series

    init(_ role: Role) {
        switch role {
        case .background: self = .background
        case .text: self = .text
        case .muted: self = .muted
        case .border: self = .border
        case .title: self = .title
        case .accent: self = .accent
        case .selection: self = .selection
        case .ok: self = .ok
        case .watch: self = .watch
        case .alert: self = .alert
        case .series: self = .series
        }
    }
}
