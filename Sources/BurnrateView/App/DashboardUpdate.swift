/// The dashboard's update function: the next state for an event, and what the terminal must
/// do. Pure, so every key can be tested without a terminal.
public enum DashboardUpdate {
    /// Rows a page key moves the selection by.
    static let pageRows = 10

    public static func update(_ state: AppState, _ event: AppEvent) -> (AppState, AppCommand) {
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
        case .timelineStep:
            next.timeline.advance(through: next.years)
            return (next, .none)
        case .scenarioReloaded(let scenario):
            next.model.replaceBase(scenario)
            next.timeline.clamp(to: next.years)
            next.banner = nil
            next.message = "reloaded \(scenario.id)"
            return (next, .none)
        case .scenarioBroken(let diagnostics):
            next.banner = .broken(diagnostics)
            return (next, .none)
        case .scenarioDeleted(let path):
            next.banner = .deleted(path)
            return (next, .none)
        }
    }

    private static func press(_ state: AppState, _ key: Key) -> (AppState, AppCommand) {
        var next = state
        next.message = nil
        switch key {
        case .character("q"), .ctrl("c"):
            return (next, .quit)
        case .ctrl("l"):
            return (next, .redrawAll)
        case .escape:
            if next.overlay != nil {
                next.overlay = nil
            } else if next.isZoomed {
                next.isZoomed = false
            } else {
                next.selection[next.focus] = nil
            }
        case .character("?"):
            next.overlay = next.overlay == .help ? nil : .help
        case _ where next.overlay == .help:
            next.overlay = nil
        case .character("t"):
            next.themeIndex = (next.themeIndex + 1) % next.themes.count
            next.message = "theme: \(next.themeName)"
            return (next, .redrawAll)
        case .tab:
            next.focus = next.focus.next
            next.overlay = nil
        case .backTab:
            next.focus = next.focus.previous
            next.overlay = nil
        case .character("1"), .character("2"), .character("3"):
            if case .character(let digit) = key, let number = digit.wholeNumberValue {
                next.focus = PanelID(rawValue: number - 1) ?? next.focus
                next.overlay = nil
            }
        case .left, .character("h"):
            if !next.isZoomed { next.focus = next.focus.previous }
        case .right, .character("l"):
            if !next.isZoomed { next.focus = next.focus.next }
        case .up, .character("k"): moveSelection(&next, by: -1)
        case .down, .character("j"): moveSelection(&next, by: 1)
        case .pageUp where next.overlay != nil: next.overlayScroll = max(0, next.overlayScroll - pageRows)
        case .pageDown where next.overlay != nil: next.overlayScroll += pageRows
        case .pageUp: moveSelection(&next, by: -pageRows)
        case .pageDown: moveSelection(&next, by: pageRows)
        case .home: moveSelection(&next, to: 0)
        case .end: moveSelection(&next, to: Int.max)
        case .character("z"):
            next.isZoomed.toggle()
            next.overlay = nil
        case .enter:
            if next.overlay != nil {
                next.overlay = nil
            } else if let target = selectedTarget(next) {
                next.overlay = .explain(target)
            } else {
                next.isZoomed.toggle()
            }
        case .character("e"):
            moveSelectionIfNone(&next)
            next.overlay = selectedTarget(next).map(Overlay.explain)
        default:
            break
        }
        return (next, .none)
    }

    private static func selectedTarget(_ state: AppState) -> ExplainTarget? {
        state.selection[state.focus].flatMap { PanelRows.target(state.focus, row: $0, in: state.analysis) }
    }

    private static func moveSelectionIfNone(_ state: inout AppState) {
        if state.selection[state.focus] == nil { moveSelection(&state, to: 0) }
    }

    /// Without a selection, moving starts from just before the first row (or just after the
    /// last, going up): ↓ selects the first row, ↑ the last.
    private static func moveSelection(_ state: inout AppState, by delta: Int) {
        let count = PanelRows.count(state.focus, in: state.analysis)
        let current = state.selection[state.focus] ?? (delta < 0 ? count : -1)
        moveSelection(&state, to: current + delta)
    }

    private static func moveSelection(_ state: inout AppState, to row: Int) {
        let count = PanelRows.count(state.focus, in: state.analysis)
        guard count > 0 else { return }
        state.selection[state.focus] = min(max(0, row), count - 1)
        if case .explain = state.overlay {
            state.overlay = selectedTarget(state).map(Overlay.explain)
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
