@testable import BurnrateView

/// The built-in themes as the catalogue parses them from Themes/*.yaml.
enum BuiltInThemes {
    static var all: [Theme] { ThemeCatalog.builtIn.entries.map(\.theme) }

    static func named(_ name: String) -> Theme {
        guard let entry = ThemeCatalog.builtIn.entry(named: name) else { preconditionFailure("no built-in theme \(name)") }
        return entry.theme
    }
}
