/// Keys of the open simulation view, by the `simulation` keys (and the `explain` keys while an
/// explanation of one of its figures is open): ↑↓ Home End select a year or a driver, Enter
/// explains it, u or Esc close. Other keys fall through, so the what-if panel, themes, help and
/// quit still work, and the panel's keys take over while it is open.
enum SimulationKeys {
    static func handle(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        guard let view = state.simulationView, state.whatIfPanel == nil else { return nil }
        let explaining: Bool
        switch state.overlay {
        case nil: explaining = false
        case .explain(.simulated)?: explaining = true
        default: return nil
        }
        var next = state
        next.message = nil
        let figures = SimulatedFigure.all(in: state.simulation.result)
        let current = view.selection.flatMap(figures.firstIndex(of:))
        func select(_ index: Int) { next = Self.select(index, among: figures, in: next) }
        // Over an explanation its own keys come first; the view's still work (e, u).
        let explainAction = explaining ? state.keymap[.explain].action(for: key) : nil
        switch explainAction ?? state.keymap[.simulation].action(for: key) {
        case .previousRow: select(current.map { $0 - 1 } ?? figures.count - 1)
        case .nextRow: select(current.map { $0 + 1 } ?? 0)
        case .firstRow where !explaining: select(0)
        case .lastRow where !explaining: select(figures.count - 1)
        case .confirm where explaining, .back where explaining:
            next.overlay = nil
        case .confirm, .explain:
            let figure = view.selection ?? state.simulation.result?.horizon.map { .year($0.year) }
            next.simulationView?.selection = figure
            next.overlay = figure.map { .explain(.simulated($0)) }
        case .back, .simulation:
            next = toggle(next)
        default:
            return nil
        }
        return (next, .none)
    }

    /// The figure at `index` (clamped) selected, and explained if one was.
    private static func select(_ index: Int, among figures: [SimulatedFigure], in state: AppState) -> AppState {
        guard !figures.isEmpty else { return state }
        var next = state
        next.simulationView?.selection = figures[min(max(0, index), figures.count - 1)]
        if case .explain(.simulated)? = state.overlay { next.overlay = next.simulationView?.selection.map { .explain(.simulated($0)) } }
        return next
    }

    /// The mouse over the open view (and no what-if panel): the wheel moves the selection as
    /// ↑↓ do; a click closes an explanation, and never reaches the panels hidden behind.
    static func click(_ state: AppState, button: MouseButton) -> AppState? {
        guard let view = state.simulationView, state.whatIfPanel == nil else { return nil }
        let figures = SimulatedFigure.all(in: state.simulation.result)
        let current = view.selection.flatMap(figures.firstIndex(of:))
        switch button {
        case .scrollUp: return select(current.map { $0 - 1 } ?? figures.count - 1, among: figures, in: state)
        case .scrollDown: return select(current.map { $0 + 1 } ?? 0, among: figures, in: state)
        case .left, .middle, .right:
            var next = state
            next.overlay = nil
            return next
        }
    }

    /// `u`: opens the simulation view in place of the panels (closing the comparison), or
    /// closes it with any explanation of its figures.
    static func toggle(_ state: AppState) -> AppState {
        var next = state
        if next.simulationView != nil {
            next.simulationView = nil
            if case .explain(.simulated)? = next.overlay { next.overlay = nil }
        } else {
            ViewsInPlaceOfPanels.closeAll(&next)
            next.simulationView = SimulationViewState()
        }
        return next
    }
}
