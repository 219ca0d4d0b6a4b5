import BurnrateCore

import CNcursesw

/// Turns an ncurses button state (`MEVENT.bstate`) into the button that was pressed.
enum MouseDecoder {
    static func button(from state: mmask_t) -> MouseButton? {
        if state & burnrate_button1_pressed() != 0 { return .left }
        if state & burnrate_button2_pressed() != 0 { return .middle }
        if state & burnrate_button3_pressed() != 0 { return .right }
        if state & burnrate_button4_pressed() != 0 { return .scrollUp }
        if state & burnrate_button5_pressed() != 0 { return .scrollDown }
        return nil
    }
}
