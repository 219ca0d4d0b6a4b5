/// The command palette (`:`): a query typed against every action of `AppAction.catalogue`,
/// the matches ranked by `FuzzyMatch`, and the one Enter runs. A query `set PATH=VALUE` is a
/// what-if setting in the `--set` syntax instead, applied by Enter.
public struct CommandPalette: Hashable, Sendable {
    public var query: String
    /// Index into the matching entries, best first.
    public var selected: Int
    /// Why the last `set` did not apply; cleared by the next edit.
    public var error: String?

    /// What starts a query that is a `--set` setting.
    public static let setPrefix = "set "

    public init(query: String = "", selected: Int = 0) {
        self.query = query
        self.selected = selected
    }

    /// The `PATH=VALUE` of a `set` query; nil for a query that searches the actions.
    public var setting: String? {
        query.lowercased().hasPrefix(Self.setPrefix) ? String(query.dropFirst(Self.setPrefix.count)) : nil
    }

    public struct Entry: Sendable {
        public let title: String
        public let action: AppAction
        public let match: FuzzyMatch
    }

    /// The actions the query matches, best first; all of them, in catalogue order, for an empty
    /// query; none for a `set` query.
    public static func entries(for query: String, in state: AppState) -> [Entry] {
        guard CommandPalette(query: query).setting == nil else { return [] }
        return FuzzyMatch.rank(AppAction.catalogue(for: state), by: query, title: \.title)
            .map { Entry(title: $0.item.title, action: $0.item.action, match: $0.match) }
    }

    /// The selected entry's index, kept within the entries.
    public func selection(among count: Int) -> Int? {
        count == 0 ? nil : min(max(0, selected), count - 1)
    }

    /// Takes every key while the palette is open, except quit and redraw, by the `palette` keys.
    static func handleKey(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        guard var palette = state.palette else { return nil }
        var next = state
        let entries = entries(for: palette.query, in: state)
        let current = palette.selection(among: entries.count)
        switch state.keymap[.palette].action(for: key) {
        case .quit, .redraw:
            return nil
        case .back:
            next.palette = nil
            return (next, .none)
        case .confirm:
            if let setting = palette.setting {
                var applied = state
                applied.message = nil
                palette.error = WhatIfKeys.apply(setting, to: &applied)
                applied.palette = palette.error == nil ? nil : palette
                if palette.error == nil { applied.message = "what-if: \(setting)" }
                return (applied, .none)
            }
            guard let current else { return (state, .none) }
            next.palette = nil
            return AppAction.perform(entries[current].action, on: next)
        case .previousRow: palette.selected = max(0, (current ?? 0) - 1)
        case .nextRow: palette.selected = min(max(0, entries.count - 1), (current ?? -1) + 1)
        case .pageUp: palette.selected = max(0, (current ?? 0) - DashboardUpdate.pageRows)
        case .pageDown: palette.selected = min(max(0, entries.count - 1), (current ?? 0) + DashboardUpdate.pageRows)
        case .firstRow: palette.selected = 0
        case .lastRow: palette.selected = max(0, entries.count - 1)
        case let action:
            guard LineEditing.edit(&palette.query, action: action, key: key) else { return (state, .none) }
            palette.selected = 0
            palette.error = nil
        }
        next.palette = palette
        return (next, .none)
    }
}
