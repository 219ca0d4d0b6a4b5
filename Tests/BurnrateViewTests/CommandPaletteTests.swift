import BurnrateModel
import Testing
@testable import BurnrateView

/// The command palette and the row filter, driven by keys through `DashboardUpdate.update`.
@Suite struct CommandPaletteTests {
    func press(_ keys: [Key], from start: AppState? = nil) -> (AppState, AppCommand) {
        var current = start ?? AppState(model: DashboardSnapshotTests.model, width: 160, height: 48)
        var command = AppCommand.none
        for key in keys {
            (current, command) = DashboardUpdate.update(current, .key(key))
        }
        return (current, command)
    }

    func type(_ text: String) -> [Key] {
        text.map(Key.character)
    }

    func titles(_ state: AppState) -> [String] {
        CommandPalette.entries(for: state.palette?.query ?? "", in: state).map(\.title)
    }

    @Test func colonOpensThePaletteListingEveryActionAndEscCloses() {
        let (open, _) = press([.character(":")])
        #expect(open.palette == CommandPalette())
        #expect(titles(open) == AppAction.catalogue(for: open).map(\.title))
        #expect(press([.escape], from: open).0.palette == nil)
    }

    @Test func typingNarrowsTheListAndEnterRunsTheBestMatch() {
        let (typed, _) = press([.character(":")] + type("amber"))
        #expect(typed.palette?.query == "amber")
        #expect(titles(typed).first == "Theme: amber")
        let (ran, command) = press([.enter], from: typed)
        #expect(ran.themeName == "amber")
        #expect(command == .redrawAll)
        #expect(ran.palette == nil)
    }

    @Test func aPresetRunsFromThePalette() {
        // "softbank" alone finds the input "SoftBank: delivers" first; "half" picks the preset.
        let (ran, _) = press([.character(":")] + type("softbank half") + [.enter])
        // SoftBank commits 30B; "SoftBank delivers half" realises 50 %: 30B × 0.5 = 15B.
        #expect(ran.analysis.investors.first { $0.id == "softbank" }?.headline == 15e9)
        #expect(ran.model.presetID == "softbank-half")
        #expect(ran.message == "what-if: SoftBank delivers half")
    }

    @Test func keysTypeIntoTheQueryInsteadOfActing() {
        // q and t would quit and change the theme; in the palette they are letters.
        let (typed, command) = press([.character(":")] + type("qt"))
        #expect(command == .none)
        #expect(typed.palette?.query == "qt")
        #expect(typed.themeName == "default")
        #expect(press([.ctrl("c")], from: typed).1 == .quit)
    }

    @Test func arrowsAndCtrlNPMoveTheSelectionWithinTheMatches() {
        // "theme" matches the six built-in themes and nothing else, in cycle order:
        // default, light, amber, high-contrast, monochrome, colorblind.
        let (typed, _) = press([.character(":")] + type("theme"))
        #expect(titles(typed).count == 6)
        let (moved, _) = press([.down, .ctrl("n"), .down, .up], from: typed)
        #expect(moved.palette?.selected == 2)
        #expect(press([.enter], from: moved).0.themeName == "amber")
        #expect(press([.ctrl("p"), .ctrl("p"), .ctrl("p")], from: moved).0.palette?.selected == 0)
        #expect(press([.end, .down], from: typed).0.palette?.selected == 5)
        // Typing starts again from the best match.
        #expect(press([.character(" ")], from: moved).0.palette?.selected == 0)
    }

    @Test func backspaceCtrlWAndCtrlUEditTheQuery() {
        let (typed, _) = press([.character(":")] + type("preset  soft"))
        #expect(press([.backspace], from: typed).0.palette?.query == "preset  sof")
        #expect(press([.ctrl("w")], from: typed).0.palette?.query == "preset  ")
        #expect(press([.ctrl("w"), .ctrl("w")], from: typed).0.palette?.query == "")
        #expect(press([.ctrl("u")], from: typed).0.palette?.query == "")
    }

    @Test func enterWithoutAMatchDoesNothing() {
        let (typed, _) = press([.character(":")] + type("xyz"))
        #expect(titles(typed).isEmpty)
        let (after, command) = press([.enter], from: typed)
        #expect(after.palette?.query == "xyz" && command == .none)
    }

    @Test func thePaletteFocusesPanelsAndStartsAFilter() {
        let (focused, _) = press([.character(":")] + type("focus risk") + [.enter])
        #expect(focused.focus == .risk)
        let (filtering, _) = press([.character(":")] + type("filter") + [.enter], from: focused)
        #expect(filtering.editingFilter == .risk)
    }
}

@Suite struct RowFilterTests {
    let tests = CommandPaletteTests()

    func type(_ text: String) -> [Key] {
        text.map(Key.character)
    }

    @Test func slashThenTextKeepsTheMatchingRowsAndEnterExplainsTheFirst() {
        // Providers: Amazon Web Services, Microsoft Azure, Oracle (Stargate); only Oracle has "ora".
        let (filtered, _) = tests.press([.character("2"), .character("/")] + type("ora") + [.enter])
        #expect(filtered.editingFilter == nil)
        #expect(filtered.filters[.capacity] == "ora")
        #expect(filtered.shownRows(.capacity) == [2])
        #expect(filtered.selection[.capacity] == 0)
        #expect(tests.press([.enter], from: filtered).0.overlay == .explain(.provider("Oracle (Stargate)")))
        #expect(tests.press([.down, .down], from: filtered).0.selection[.capacity] == 0)
    }

    @Test func everyWordMustAppearIgnoringCase() {
        #expect(RowFilter.matches("MICRO azure", labels: ["Microsoft Azure"]))
        #expect(!RowFilter.matches("micro aws", labels: ["Microsoft Azure"]))
        #expect(RowFilter.matches("", labels: ["anything"]))
        // Substring, not fuzzy: "mzr" is in order in "Microsoft Azure" but not a substring.
        #expect(!RowFilter.matches("mzr", labels: ["Microsoft Azure"]))
    }

    @Test func investorsMatchByNameOrIDAndIndicatorsByNameLabelOrID() {
        let analysis = DashboardSnapshotTests.analysis
        // Investors: Amazon, SoftBank, Nvidia, Microsoft; "soft" is in SoftBank and Microsoft.
        #expect(PanelRows.shown(.investors, in: analysis, year: nil, filter: "soft") == [1, 3])
        let risk = PanelRows.riskIndicators(analysis, year: nil)
        let byID = PanelRows.shown(.risk, in: analysis, year: nil, filter: IndicatorCatalogue.cashRunway.id)
        #expect(byID.map { risk[$0].id } == [IndicatorCatalogue.cashRunway.id])
        // "HHI" appears only in the short labels "Supplier HHI" (an alert, so listed first) and
        // "Investor HHI" (a watch).
        let byLabel = PanelRows.shown(.risk, in: analysis, year: nil, filter: "hhi")
        #expect(byLabel.map { risk[$0].id } == [IndicatorCatalogue.supplierConcentration.id, IndicatorCatalogue.investorConcentration.id])
    }

    @Test func typingFiltersAtOnceAndEscClearsTheFilter() {
        let (typing, _) = tests.press([.character("/")] + type("n"))
        // Investors with an n: Amazon, SoftBank, Nvidia (Microsoft has none).
        #expect(typing.editingFilter == .investors)
        #expect(typing.shownRows(.investors) == [0, 1, 2])
        let (cleared, _) = tests.press([.escape], from: typing)
        #expect(cleared.filters[.investors] == nil && cleared.editingFilter == nil)
        #expect(cleared.shownRows(.investors) == [0, 1, 2, 3])
    }

    @Test func theSelectedRowStaysSelectedWhileItMatches() {
        // Nvidia (row 2) selected; "n" keeps Amazon, SoftBank, Nvidia: Nvidia is still the third.
        let (selected, _) = tests.press([.down, .down, .down, .character("/")] + type("n"))
        #expect(selected.selection[.investors] == 2)
        // "nv" leaves Nvidia alone, first; clearing the filter brings back its place in the full list.
        let (narrowed, _) = tests.press(type("v"), from: selected)
        #expect(narrowed.selection[.investors] == 0)
        #expect(tests.press([.escape], from: narrowed).0.selection[.investors] == 2)
        // Nothing matches: no selection, and Enter zooms instead of explaining.
        let (none, _) = tests.press(type("zzz") + [.enter], from: narrowed)
        #expect(none.shownRows(.investors).isEmpty && none.selection[.investors] == nil)
        #expect(tests.press([.enter], from: none).0.isZoomed)
    }

    @Test func slashResumesTheKeptFilterAndTheOtherPanelsAreUntouched() {
        let (kept, _) = tests.press([.character("/")] + type("soft") + [.enter, .tab])
        #expect(kept.focus == .capacity && kept.shownRows(.capacity) == [0, 1, 2])
        let (resumed, _) = tests.press([.backTab, .character("/"), .backspace, .enter], from: kept)
        #expect(resumed.filters[.investors] == "sof")
    }
}
