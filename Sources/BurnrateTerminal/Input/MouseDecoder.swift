import BurnrateCore

import CNcursesw

/// Turns ncurses mouse reports (`MEVENT`) into the presses the dashboard acts on.
enum MouseDecoder {
    /// One `MEVENT` as `getmouse` gives it.
    struct Report: Hashable {
        var x: Int32
        var y: Int32
        var state: mmask_t
    }

    /// The most reports one KEY_MOUSE can stand for: ncurses keeps them in a ring of 8
    /// (`EV_MAX`); the bound only keeps a misbehaving library from holding the loop.
    static let reportsPerKey = 16

    /// The button pressed in `state`, or nil for a report of no press (a release, a motion).
    static func button(from state: mmask_t) -> MouseButton? {
        if state & burnrate_button1_pressed() != 0 { return .left }
        if state & burnrate_button2_pressed() != 0 { return .middle }
        if state & burnrate_button3_pressed() != 0 { return .right }
        if state & burnrate_button4_pressed() != 0 { return .scrollUp }
        if state & burnrate_button5_pressed() != 0 { return .scrollDown }
        return nil
    }

    /// The presses among the reports of one KEY_MOUSE, in the order they happened.
    ///
    /// ncurses gathers the reports that were waiting together (a press and its release, read
    /// in one go because the runner was busy drawing when they came) under a single KEY_MOUSE,
    /// and `getmouse` hands them out newest first, one per call: taking only the first would
    /// keep the release and lose the press.
    static func presses(newestFirst reports: [Report]) -> [MouseEvent] {
        reports.reversed().compactMap { report in
            button(from: report.state).map { MouseEvent(x: Int(report.x), y: Int(report.y), button: $0) }
        }
    }
}
