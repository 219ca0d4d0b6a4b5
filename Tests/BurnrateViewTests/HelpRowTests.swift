import Testing
@testable import BurnrateView

/// Help's grouped rows: the keys of the bindings side by side, and the keys of other modes the
/// text names filled in from the keymap, so that a rebinding shows in both.
@Suite struct HelpRowTests {
    static func row(_ keymap: Keymap, _ text: String) -> (keys: String, text: String)? {
        keymap.helpRows(.dashboard).first { $0.text.hasPrefix(text) }
    }

    @Test func theDefaultRowsGroupTheirKeysByPosition() throws {
        let rows = Keymap.defaults.helpRows(.dashboard)
        #expect(rows.map(\.keys).prefix(5) == ["Tab / Shift-Tab", "1 2 3", "↑ ↓  k j", "← →  h l", "PgUp PgDn Home End"])
        #expect(rows.last.map { "\($0.keys)|\($0.text)" } == "q  Ctrl-C|quit")
        #expect(try #require(Self.row(.defaults, "what-if panel")).text
            == "what-if panel: ↑↓ pick an input, ←→ or -/+ change it (←→ on a preset: next column), "
            + "Enter type a value or add a preset, x take a preset off")
        #expect(try #require(Self.row(.defaults, "filter")).text == "filter the focused panel's rows (Enter keeps it, Esc clears it)")
    }

    @Test func aRebindingShowsInTheRowsAndInTheKeysOtherRowsName() throws {
        let keymap = try Keymap.defaults.rebinding([.decrease: [.character("a"), .character("_")], .back: [.ctrl("g")],
                                                    .previousYear: [.character("p")]]).keymap
        #expect(try #require(Self.row(keymap, "what-if panel")).text
            == "what-if panel: ↑↓ pick an input, a/→ or _/+ change it (a/→ on a preset: next column), "
            + "Enter type a value or add a preset, x take a preset off")
        #expect(try #require(Self.row(keymap, "filter")).text == "filter the focused panel's rows (Enter keeps it, Ctrl-G clears it)")
        #expect(try #require(Self.row(keymap, "timeline: previous")).keys == "p ]")
    }

    @Test func aKeyTheTextNamesWithoutAKeyShowsTheActionsName() {
        #expect(Keymap.defaults.filling("{notes decrease increase} then {nowhere quit}") == "decrease/increase then quit")
    }
}
