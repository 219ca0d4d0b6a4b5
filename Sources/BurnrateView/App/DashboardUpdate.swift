/// The dashboard's update function: the next state for an event, and what the terminal must
/// do. Pure, so every key can be tested without a terminal.
public enum DashboardUpdate {
    /// Rows a page key moves the selection by.
    static let pageRows = 10

    public static func update(_ state: AppState, _ event: AppEvent) -> (AppState, AppCommand) {
        var (next, command) = step(state, event)
        next.followSelectedIndicator(from: state)
        return (AlertWatch.watch(from: state, to: next, after: event), command)
    }

    private static func step(_ state: AppState, _ event: AppEvent) -> (AppState, AppCommand) {
        var next = state
        switch event {
        case .resize(let width, let height):
            next.width = width
            next.height = height
            return (next, .redrawAll)
        case .tick(let clock):
            next.clock = clock
            return (next, .none)
        case .mouse(let mouse):
            return (click(state, x: mouse.x, y: mouse.y, button: mouse.button), .none)
        case .key(let key):
            return press(state, key)
        case .paste(let text):
            return (Pasting.paste(text, into: state), .none)
        case .timelineStep:
            next.timeline.advance(through: next.years)
            return (next, .none)
        case .scenarioFile(let change):
            next.follow(change)
            return (next, .none)
        case .saveFinished(let path, let outcome):
            return (SaveKeys.finished(state, path: path, outcome: outcome), .none)
        case .simulated(let revision, let result):
            next.simulation.receive(result, revision: revision, model: next.model)
            return (next, .none)
        case .alertBannerTimedOut(let serial):
            next.alerts.expireBanner(serial)
            return (next, .none)
        }
    }

    /// Keys a modal view (the what-if panel, the command palette, a text prompt) takes before
    /// the dashboard's own; each returns nil for keys it leaves alone.
    /// The save prompt comes first so that typing a path takes every key; the palette and the
    /// filter next, as they type too.
    static let modalKeyHandlers: [@Sendable (AppState, Key) -> (AppState, AppCommand)?] = [
        SaveKeys.handle,
        CommandPalette.handleKey,
        RowFilter.handleKey,
        WhatIfKeys.handle,
        CompareKeys.handle,
        SimulationKeys.handle,
        LeagueKeys.handle,
    ]

    private static func press(_ state: AppState, _ key: Key) -> (AppState, AppCommand) {
        for handler in modalKeyHandlers {
            if let handled = handler(state, key) { return handled }
        }
        let explaining = if case .explain = state.overlay { state.keymap[.explain].action(for: key) } else { KeyAction?.none }
        return perform(explaining ?? state.keymap[.dashboard].action(for: key), on: state)
    }

    /// Actions that leave help open: every other key closes it.
    private static let actionsOverHelp: Set<KeyAction> = [.quit, .redraw, .help, .pageUp, .pageDown]

    /// Carries out a dashboard key's action; nil for a key bound to none.
    private static func perform(_ action: KeyAction?, on state: AppState) -> (AppState, AppCommand) {
        var next = state
        next.message = nil
        if state.overlay == .help, !(action.map(actionsOverHelp.contains) ?? false) {
            next.overlay = nil
            return (next, .none)
        }
        guard let action else { return (next, .none) }
        if let appAction = appAction(for: action, in: state) { return AppAction.perform(appAction, on: state) }
        switch action {
        case .back:
            if next.overlay != nil {
                next.overlay = nil
            } else if next.isZoomed {
                next.isZoomed = false
            } else {
                next.selection[next.focus] = nil
            }
        case .pageUp where next.overlay != nil: next.overlayScroll = max(0, next.overlayScroll - pageRows)
        case .pageDown where next.overlay != nil: next.overlayScroll += pageRows
        case .focusLeft:
            if !next.isZoomed { next.focus = next.focus(steppingBy: -1) }
        case .focusRight:
            if !next.isZoomed { next.focus = next.focus(steppingBy: 1) }
        case .previousRow: moveSelection(&next, by: -1)
        case .nextRow: moveSelection(&next, by: 1)
        case .pageUp: moveSelection(&next, by: -pageRows)
        case .pageDown: moveSelection(&next, by: pageRows)
        case .firstRow: moveSelection(&next, to: 0)
        case .lastRow: moveSelection(&next, to: Int.max)
        case .confirm:
            if next.overlay != nil {
                next.overlay = nil
            } else if let target = next.selectedTarget {
                next.overlay = .explain(target)
            } else {
                next.isZoomed.toggle()
            }
        default:
            break
        }
        return (next, .none)
    }

    /// The dashboard actions the command palette offers too.
    private static func appAction(for action: KeyAction, in state: AppState) -> AppAction? {
        switch action {
        case .quit: .quit
        case .redraw: .redraw
        case .help: .toggleHelp
        case .nextTheme: .nextTheme
        case .nextLayout: .nextLayout
        case .focusNext: .focus(state.focus(steppingBy: 1))
        case .focusPrevious: .focus(state.focus(steppingBy: -1))
        case .focusInvestors: .focus(.investors)
        case .focusCapacity: .focus(.capacity)
        case .focusRisk: .focus(.risk)
        case .zoom: .toggleZoom
        case .explain: .explainSelection
        case .palette: .openPalette
        case .filter: .filterRows
        case .playPause: .playPause
        case .nextYear: .stepYear(1)
        case .previousYear: .stepYear(-1)
        case .faster: .changePace(faster: true)
        case .slower: .changePace(faster: false)
        case .resetWhatIf: .resetWhatIf
        case .compare: .toggleCompare
        case .simulation: .toggleSimulation
        case .alerts: .toggleAlerts
        case .privacy: .togglePrivacy
        case .save: .saveWhatIf
        // Over an explanation `w` does nothing, as it always has; help is closed above.
        case .whatIfPanel: state.overlay == nil ? .toggleWhatIfPanel : nil
        default: nil
        }
    }

    /// Without a selection, moving starts from just before the first row (or just after the
    /// last, going up): ↓ selects the first row, ↑ the last. ↑ from the first row reaches the
    /// header row above it.
    private static func moveSelection(_ state: inout AppState, by delta: Int) {
        guard let rows = state.selectableRows(state.focus) else { return }
        let current = state.selection[state.focus] ?? (delta < 0 ? rows.upperBound + 1 : -1)
        moveSelection(&state, to: current + delta)
    }

    private static func moveSelection(_ state: inout AppState, to row: Int) {
        guard let rows = state.selectableRows(state.focus) else { return }
        state.selection[state.focus] = min(max(rows.lowerBound, row), rows.upperBound)
        if case .explain = state.overlay {
            state.overlay = state.selectedTarget.map(Overlay.explain)
        }
    }

    private static func click(_ state: AppState, x: Int, y: Int, button: MouseButton) -> AppState {
        if let clicked = SimulationKeys.click(state, button: button) { return clicked }
        if let clicked = LeagueKeys.click(state, button: button) { return clicked }
        var next = state
        guard let panel = state.layout.panel(atX: x, y: y) else { return next }
        next.focus = panel
        switch button {
        case .scrollUp: moveSelection(&next, by: -1)
        case .scrollDown: moveSelection(&next, by: 1)
        case .left:
            next.overlay = nil
            if let row = RowAtLine.selection(panel, line: y, in: next) { next.selection[panel] = row }
        case .middle, .right: next.overlay = nil
        }
        return next
    }
}
