import ArgumentParser
import BurnrateView
import BurnrateYAML

/// Which layout preset to start in: shared by the dashboard and snapshots.
struct LayoutOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Start in a layout preset: default, \"risk focus\", briefing, or one of the config file's layouts (the dashboard). L cycles them.",
        valueName: "name"))
    var layout: String?

    /// Where `--layout` is among `presets`; the first (the default) without it.
    func index(among presets: [LayoutPreset]) throws -> Int {
        try Self.index(of: layout, among: presets)
    }

    /// Where the layout named `layout` is among `presets`; the first without a name.
    static func index(of layout: String?, among presets: [LayoutPreset]) throws -> Int {
        guard let layout else { return 0 }
        if let index = presets.firstIndex(where: { $0.name == layout }) { return index }
        let names = presets.map(\.name)
        throw CommandFailure("burnrate: --layout \(layout): no such layout\(Suggestion.hint(for: layout, among: names)) "
                             + "(layouts: \(names.joined(separator: ", ")))", code: 64)
    }
}
