/// What the what-if panel's keys work on: a model to adjust, the panel's own state and a line
/// for messages. The dashboard and a presentation both host the panel.
protocol WhatIfHost {
    var model: ModelState { get set }
    var whatIfPanel: WhatIfPanelState? { get set }
    var message: String? { get set }
    var keymap: Keymap { get }
    /// Where the open panel is drawn: ←/→ on a row without a value move a column across it.
    var whatIfDock: Rect? { get }
}

extension AppState: WhatIfHost {
    var whatIfDock: Rect? { layout.dock }
}
