import BurnrateView

/// The dashboard as its session draws it, without the terminal: one panel cache for the whole
/// run, the frame on screen kept as the screen keeps it to compare the next with, and a few
/// keys pressed in turn, one frame each, so that every frame differs from the one before in
/// the same way.
final class KeyCycle {
    private var state: AppState
    private var panels = PanelCache()
    private var onScreen: Canvas
    private let keys: [Key]
    private var pressed = 0

    init(from state: AppState, pressing keys: [Key]) {
        self.state = state
        self.keys = keys
        onScreen = DashboardView.render(state, cache: &panels)
    }

    /// Presses the next key and draws the frame it leads to.
    func pressNext() -> Canvas {
        state = DashboardUpdate.update(state, .key(keys[pressed % keys.count])).0
        pressed += 1
        onScreen = DashboardView.render(state, cache: &panels)
        return onScreen
    }
}
