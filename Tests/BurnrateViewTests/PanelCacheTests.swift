import BurnrateModel
import Testing
@testable import BurnrateView

/// The dashboard program draws through one `PanelCache` for its life; what it shows must be,
/// cell for cell, what `DashboardView.render` draws from nothing, whatever came before.
@Suite struct PanelCacheTests {
    static let otherScenario = try! ScenarioCatalog.load(BuiltInScenarios.names.first { $0 != BuiltInScenarios.defaultName }!)

    static func keys(_ keys: Key...) -> [AppEvent] { keys.map(AppEvent.key) }

    static func typed(_ text: String) -> [AppEvent] { text.map { .key(.character($0)) } }

    /// Every kind of thing that changes a panel, or that must not leave a stale one on screen.
    static let session: [AppEvent] =
        keys(.down, .down, .up)                                             // investors' selection
        + keys(.tab, .down, .down, .end) + keys(.tab, .down, .down, .down, .pageDown, .home)
        + keys(.backTab, .left, .right)                                     // focus
        + keys(.character("z"), .down, .character("z"))                     // zoom
        + keys(.enter, .down, .escape) + keys(.character("?"), .character("x"))  // explain, help
        + keys(.character("]"), .character("]"), .character("[")) + [.timelineStep]
        + keys(.character("w"), .down, .left, .left, .right, .character("w"))  // what-if steps
        + keys(.character("c"), .down, .character("c"))                     // compare with the base
        + keys(.character("r"))                                             // what-if reset
        + keys(.character("t"), .character("t")) + [.tick(ClockTime(hour: 12, minute: 0, second: 1))]
        + [.resize(width: 100, height: 30)] + keys(.down) + [.resize(width: 90, height: 30)] + keys(.down)
        + [.resize(width: 70, height: 20)] + keys(.tab, .down, .character("1"))  // tabs
        + [.resize(width: 30, height: 8), .resize(width: 120, height: 40), .resize(width: 200, height: 60)]
        + [.resize(width: 160, height: 48)]
        + keys(.character("1"), .character("/")) + typed("so") + keys(.down, .enter)  // row filter
        + keys(.character("/"), .escape)
        + keys(.character(":")) + typed("zoom") + keys(.escape)
        + [.mouse(MouseEvent(x: 140, y: 20, button: .left)), .mouse(MouseEvent(x: 140, y: 20, button: .scrollDown))]
        + [.scenarioFile(.deleted(path: "gone.yaml")), .scenarioFile(.reloaded(otherScenario))] + keys(.down, .tab, .down)
        + [.scenarioFile(.reloaded(DashboardSnapshotTests.model.base))]

    @Test func cachedFramesAreTheFreshFramesThroughALongSession() {
        var state = DashboardSnapshotTests.state(160, 48)
        var cache = PanelCache()
        var visited = Self.visited(state)
        #expect(Self.differingRows(DashboardView.render(state, cache: &cache), DashboardView.render(state)) == [])
        for (step, event) in Self.session.enumerated() {
            state = DashboardUpdate.update(state, event).0
            visited.formUnion(Self.visited(state))
            let cached = DashboardView.render(state, cache: &cache)
            #expect(Self.differingRows(cached, DashboardView.render(state)) == [], "step \(step): \(event)")
        }
        #expect(visited == ["threeColumns", "twoRows", "stacked", "tabs", "tooSmall", "zoomed", "explain", "help", "year",
                            "what-if panel", "adjusted", "compare", "filter", "palette", "banner", "other scenario"])
    }

    /// The rows in which two frames differ in any cell, character or style; all of them when
    /// the sizes differ.
    static func differingRows(_ first: Canvas, _ second: Canvas) -> [Int] {
        guard first.width == second.width, first.height == second.height else { return Array(0..<max(first.height, second.height)) }
        return (0..<first.height).filter { row in (0..<first.width).contains { first[$0, row] != second[$0, row] } }
    }

    /// What the session is meant to pass through, so that a change to the keys cannot quietly
    /// leave a case out.
    static func visited(_ state: AppState) -> Set<String> {
        let facts: [(String, Bool)] = [
            ("zoomed", state.isZoomed), ("explain", state.overlay.map { $0 != .help } ?? false), ("help", state.overlay == .help),
            ("year", state.timeline.year != nil), ("what-if panel", state.whatIfPanel != nil), ("adjusted", state.model.isAdjusted),
            ("compare", state.compare.open != nil), ("filter", !state.filters.isEmpty), ("palette", state.palette != nil),
            ("banner", state.banner != nil), ("other scenario", state.model.base != DashboardSnapshotTests.model.base),
        ]
        return Set(facts.filter(\.1).map(\.0) + ["\(state.layout.mode)"])
    }

    @Test func aSelectionMoveDrawsOnlyThePanelItMoves() {
        var cache = PanelCache()
        var state = DashboardSnapshotTests.state(160, 48)
        _ = DashboardView.render(state, cache: &cache)
        #expect(cache.draws == [.investors: 1, .capacity: 1, .risk: 1])

        state = DashboardUpdate.update(state, .key(.down)).0
        _ = DashboardView.render(state, cache: &cache)
        #expect(cache.draws == [.investors: 2, .capacity: 1, .risk: 1])

        // The clock and the theme are drawn outside the panels, or applied after them.
        state = DashboardUpdate.update(state, .tick(ClockTime(hour: 9, minute: 30, second: 0))).0
        state = DashboardUpdate.update(state, .key(.character("t"))).0
        _ = DashboardView.render(state, cache: &cache)
        #expect(cache.draws == [.investors: 2, .capacity: 1, .risk: 1])

        // Tab moves the focus border from investors to capacity: both are drawn again.
        state = DashboardUpdate.update(state, .key(.tab)).0
        _ = DashboardView.render(state, cache: &cache)
        #expect(cache.draws == [.investors: 3, .capacity: 2, .risk: 1])

        // Help opens over the panels, which stay as they were, and a clock tick under it draws
        // none of them: the frame is kept as it was beneath help, so closing it draws none either.
        state = DashboardUpdate.update(state, .key(.character("?"))).0
        _ = DashboardView.render(state, cache: &cache)
        state = DashboardUpdate.update(state, .tick(ClockTime(hour: 9, minute: 30, second: 1))).0
        _ = DashboardView.render(state, cache: &cache)
        #expect(cache.draws == [.investors: 3, .capacity: 2, .risk: 1])
        state = DashboardUpdate.update(state, .key(.character("x"))).0
        let closed = DashboardView.render(state, cache: &cache)
        #expect(cache.draws == [.investors: 3, .capacity: 2, .risk: 1])
        #expect(closed == DashboardView.render(state))
    }
}
