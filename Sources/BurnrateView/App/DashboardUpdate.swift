/// The dashboard's update function: the next state for an event, and what the terminal must
/// do. Pure, so every key can be tested without a terminal.
public enum DashboardUpdate {
    /// Rows a page key moves the selection by.
    static let pageRows = 10

    public static func update(_ state: AppState, _ event: AppEvent) -> (AppState, AppCommand) {
        var (next, command) = step(state, event)
        next.followSelectedIndicator(from: state)
        return (next, command)
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
    ]

    private static func press(_ state: AppState, _ key: Key) -> (AppState, AppCommand) {
        for handler in modalKeyHandlers {
            if let handled = handler(state, key) { return handled }
        }
        if let action = action(for: key, in: state) {
            return AppAction.perform(action, on: state)
        }
        var next = state
        next.message = nil
        switch key {
        case .escape:
            if next.overlay != nil {
                next.overlay = nil
            } else if next.isZoomed {
                next.isZoomed = false
            } else {
                next.selection[next.focus] = nil
            }
        case .pageUp where next.overlay != nil: next.overlayScroll = max(0, next.overlayScroll - pageRows)
        case .pageDown where next.overlay != nil: next.overlayScroll += pageRows
        case _ where next.overlay == .help:
            next.overlay = nil
        case .left, .character("h"):
            if !next.isZoomed { next.focus = next.focus.previous }
        case .right, .character("l"):
            if !next.isZoomed { next.focus = next.focus.next }
        case .up, .character("k"): moveSelection(&next, by: -1)
        case .down, .character("j"): moveSelection(&next, by: 1)
        case .pageUp: moveSelection(&next, by: -pageRows)
        case .pageDown: moveSelection(&next, by: pageRows)
        case .home: moveSelection(&next, to: 0)
        case .end: moveSelection(&next, to: Int.max)
        case .enter:
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

    /// The keys that stand for an action; the help screen lists them from `KeyHelp`.
    static func action(for key: Key, in state: AppState) -> AppAction? {
        switch key {
        case .character("q"), .ctrl("c"): .quit
        case .ctrl("l"): .redraw
        case .character("?"): .toggleHelp
        case _ where state.overlay == .help: nil
        case .character("t"): .nextTheme
        case .tab: .focus(state.focus.next)
        case .backTab: .focus(state.focus.previous)
        case .character(let digit) where ("1"..."3").contains(digit): .focus(PanelID(rawValue: digit.wholeNumberValue! - 1)!)
        case .character("z"): .toggleZoom
        case .character("e"): .explainSelection
        case .character(":"): .openPalette
        case .character("/"): .filterRows
        case .character(" "): .playPause
        case .character("]"): .stepYear(1)
        case .character("["): .stepYear(-1)
        case .character(">"): .changePace(faster: true)
        case .character("<"): .changePace(faster: false)
        case .character("r"): .resetWhatIf
        case .character("c"): .toggleCompare
        case .character("s"): .saveWhatIf
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
        var next = state
        guard let panel = state.layout.panel(atX: x, y: y) else { return next }
        next.focus = panel
        switch button {
        case .scrollUp: moveSelection(&next, by: -1)
        case .scrollDown: moveSelection(&next, by: 1)
        case .left, .middle, .right: next.overlay = nil
        }
        return next
    }
}
