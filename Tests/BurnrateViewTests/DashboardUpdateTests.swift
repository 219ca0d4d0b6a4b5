import BurnrateModel
import Testing
@testable import BurnrateView

@Suite struct DashboardUpdateTests {
    static let analysis = DashboardSnapshotTests.analysis

    func state(_ width: Int = 160, _ height: Int = 48) -> AppState {
        AppState(model: DashboardSnapshotTests.model, width: width, height: height)
    }

    func press(_ keys: [Key], from start: AppState? = nil) -> (AppState, AppCommand) {
        var current = start ?? state()
        var command = AppCommand.none
        for key in keys {
            (current, command) = DashboardUpdate.update(current, .key(key))
        }
        return (current, command)
    }

    @Test func tabAndShiftTabCycleTheFocusThroughThePanels() {
        #expect(press([.tab]).0.focus == .capacity)
        #expect(press([.tab, .tab, .tab]).0.focus == .investors)
        #expect(press([.backTab]).0.focus == .risk)
        #expect(press([.character("3")]).0.focus == .risk)
        #expect(press([.character("2"), .left]).0.focus == .investors)
    }

    @Test func enterZoomsWhenNothingIsSelectedAndEscGoesBack() {
        let (zoomed, _) = press([.enter])
        #expect(zoomed.isZoomed)
        #expect(zoomed.layout.panels.keys.sorted { $0.rawValue < $1.rawValue } == [.investors])
        #expect(!press([.escape], from: zoomed).0.isZoomed)
        #expect(press([.character("z"), .character("z")]).0.isZoomed == false)
    }

    @Test func enterOnASelectedRowExplainsIt() {
        // Risk rows are the alerts first in catalogue order: realisation, then supplier HHI.
        let (explained, _) = press([.character("3"), .down, .down, .enter])
        #expect(explained.selection[.risk] == 1)
        #expect(explained.overlay == .explain(.indicator(IndicatorCatalogue.supplierConcentration.id)))
        // Moving the selection while explaining follows along to the next figure.
        #expect(press([.down], from: explained).0.overlay == .explain(.indicator(IndicatorCatalogue.largestSupplierShare.id)))
        #expect(press([.escape], from: explained).0.overlay == nil)
    }

    @Test func investorsAndProvidersExplainThemselves() {
        #expect(press([.down, .enter]).0.overlay == .explain(.investor("amazon")))
        #expect(press([.tab, .end, .character("e")]).0.overlay == .explain(.provider("Oracle (Stargate)")))
    }

    @Test func selectionStopsAtTheEnds() {
        // Three providers under the header row (-1).
        let capacity: [Key] = [.character("2")]
        #expect(press(capacity + [.down, .down, .down, .down, .down, .down]).0.selection[.capacity] == 2)
        #expect(press(capacity + [.up]).0.selection[.capacity] == 2)
        #expect(press(capacity + [.down, .up, .up]).0.selection[.capacity] == -1)
        #expect(press(capacity + [.pageDown]).0.selection[.capacity] == 2)
        #expect(press(capacity + [.end, .home]).0.selection[.capacity] == 0)
        #expect(press(capacity + [.end, .pageUp]).0.selection[.capacity] == -1)
        // Four investors, three circular rows and six cap-table rows under the header row.
        #expect(press([.end]).0.selection[.investors] == 12)
        #expect(press([.pageDown]).0.selection[.investors] == 9)
    }

    @Test func escapeClosesThenUnzoomsThenClearsTheSelection() {
        let (start, _) = press([.down, .character("z"), .character("e")])
        #expect(start.overlay != nil && start.isZoomed && start.selection[.investors] == 0)
        let (first, _) = press([.escape], from: start)
        #expect(first.overlay == nil && first.isZoomed)
        let (second, _) = press([.escape], from: first)
        #expect(!second.isZoomed && second.selection[.investors] == 0)
        #expect(press([.escape], from: second).0.selection[.investors] == nil)
    }

    @Test func helpOpensWithQuestionMarkAndAnyKeyClosesIt() {
        let (help, _) = press([.character("?")])
        #expect(help.overlay == .help)
        #expect(press([.character("x")], from: help).0.overlay == nil)
        #expect(press([.character("?")], from: help).0.overlay == nil)
    }

    /// Help is longer than most screens (its Columns section below the keys): PgDn and PgUp
    /// scroll it instead of closing it.
    @Test func pageKeysScrollHelp() {
        let (help, _) = press([.character("?")])
        let (down, _) = press([.pageDown], from: help)
        #expect(down.overlay == .help && down.overlayScroll > 0)
        let (up, _) = press([.pageUp], from: down)
        #expect(up.overlay == .help && up.overlayScroll == 0)
    }

    @Test func themesCycleAndAskForAFullRedraw() {
        let (once, command) = press([.character("t")])
        #expect(once.themeName == "light" && command == .redrawAll)
        #expect(once.message == "theme: light")
        // The built-in cycle: default, light, amber, high-contrast, monochrome, colorblind.
        #expect(press(Array(repeating: .character("t"), count: 6)).0.themeName == "default")
    }

    @Test func qAndCtrlCQuit() {
        #expect(press([.character("q")]).1 == .quit)
        #expect(press([.ctrl("c")]).1 == .quit)
        #expect(press([.character("?"), .character("q")]).1 == .quit)
    }

    @Test func resizeChangesTheLayout() {
        let (small, command) = DashboardUpdate.update(state(), .resize(width: 50, height: 15))
        #expect(command == .redrawAll)
        #expect(small.layout.mode == .tabs)
        #expect(DashboardUpdate.update(small, .resize(width: 39, height: 15)).0.layout.mode == .tooSmall)
        #expect(DashboardUpdate.update(small, .resize(width: 160, height: 48)).0.layout.mode == .threeColumns)
    }

    @Test func clicksFocusThePanelUnderThePointer() {
        // At 160 columns the panels are 53, 53 and 54 wide: capacity spans columns 53..<106.
        let click = { (x: Int, y: Int, button: MouseButton) in
            DashboardUpdate.update(self.state(), .mouse(MouseEvent(x: x, y: y, button: button))).0
        }
        #expect(click(60, 10, .left).focus == .capacity)
        #expect(click(120, 10, .left).focus == .risk)
        #expect(click(60, 0, .left).focus == .investors)
        #expect(click(120, 10, .scrollDown).selection[.risk] == 0)
        // In tab mode the tab row picks the panel: " 1 Investors " │ " 2 Capacity " │ ...
        let tabs = AppState(model: DashboardSnapshotTests.model, width: 60, height: 20)
        #expect(DashboardUpdate.update(tabs, .mouse(MouseEvent(x: 16, y: 1, button: .left))).0.focus == .capacity)
    }

    /// Help says a click selects a row: the row under the pointer, in the list, its header or
    /// a table below it (lines as in the 160×48 golden); elsewhere in a panel it only focuses.
    @Test func aLeftClickOnARowSelectsIt() {
        let click = { (x: Int, y: Int, from: AppState) in
            DashboardUpdate.update(from, .mouse(MouseEvent(x: x, y: y, button: .left))).0
        }
        #expect(click(5, 5, state()).selection[.investors] == 1)
        #expect(click(5, 5, state()).overlay == nil)
        #expect(click(5, 3, state()).selection[.investors] == -1)
        // Four investors, then the circular rows (Amazon, Nvidia, …), then the cap table.
        #expect(click(5, 13, state()).selection[.investors] == 5)
        #expect(click(5, 20, state()).selection[.investors] == 10)
        #expect(click(60, 6, state()).selection[.capacity] == 2)
        #expect(click(60, 6, state()).focus == .capacity)
        // The legend and the blank line above the circular table are no rows.
        #expect(click(5, 9, state()).selection[.investors] == nil)
        #expect(click(5, 10, state()).selection[.investors] == nil)
        // A right click focuses without selecting, as before.
        #expect(DashboardUpdate.update(state(), .mouse(MouseEvent(x: 5, y: 5, button: .right))).0.selection[.investors] == nil)
    }

    /// At 80×24 the risk panel scrolled to its last indicator shows Investor HHI and Cash
    /// runway (selections 9 and 10) on its first two lines: a click picks the row drawn there,
    /// wherever selecting it scrolls the list to.
    @Test func aClickSelectsTheRowShownInAScrolledList() {
        var scrolled = state(80, 24)
        scrolled.focus = .risk
        scrolled.selection[.risk] = scrolled.shownRows(.risk).count - 1
        let clicked = DashboardUpdate.update(scrolled, .mouse(MouseEvent(x: 5, y: 17, button: .left))).0
        #expect(clicked.selection[.risk] == 10)
        #expect(clicked.selectedTarget == .indicator(IndicatorCatalogue.cashRunway.id))
    }

    /// A round of 304 investors scrolled to its end: the click still picks the row drawn
    /// under it, found among the rows that can be on screen rather than from the top.
    @Test func aClickInALongListScrolledToItsEnd() {
        var scenario = DashboardSnapshotTests.model.base
        let template = scenario.round.investors[1]
        scenario.round.investors += (0..<300).map { index in
            var investor = template
            investor.id = "extra-\(index)"
            investor.name = "Extra \(index)"
            return investor
        }
        var long = AppState(model: ModelState(base: scenario), width: 160, height: 48)
        let last = long.selectableRows(.investors)!.upperBound
        long.selection[.investors] = last
        let row = { (y: Int) in DashboardUpdate.update(long, .mouse(MouseEvent(x: 5, y: y, button: .left))).0 }
        let area = long.layout.panels[.investors]!
        // The last rows are drawn at the bottom of the panel; a click on its border below
        // leaves the selection where it was.
        let bottom = (area.maxY - 4..<area.maxY).map { row($0).selection[.investors] }
        #expect(bottom.suffix(3) == [last - 1, last, last])
        #expect(long.analysis.capTable.last?.holder == "Extra 299")
    }

    @Test func theClockTicksWithoutTouchingAnythingElse() {
        let (ticked, command) = DashboardUpdate.update(state(), .tick(ClockTime(hour: 23, minute: 59, second: 1)))
        #expect(command == .none)
        #expect(ticked.clock?.description == "23:59:01")
        #expect(ticked.focus == .investors && ticked.overlay == nil)
    }
}

extension DashboardUpdateTests {
    @Test func pageKeysScrollAnOpenOverlayAndANewOverlayStartsAtTheTop() {
        let (explaining, _) = press([.character("2"), .down, .down, .enter])
        let (scrolled, _) = press([.pageDown, .pageDown, .pageUp], from: explaining)
        #expect(scrolled.overlayScroll == 10)
        #expect(scrolled.selection[.capacity] == 1)
        #expect(press([.down], from: scrolled).0.overlayScroll == 0)
    }
}
