/// A key press, decoded from what ncurses reports.
public enum Key: Hashable, Sendable {
    /// A printable character, as typed (upper case with Shift).
    case character(Character)
    case up, down, left, right
    case enter, escape, tab, backTab, backspace
    case pageUp, pageDown, home, end, insert, delete
    /// F1 is `.function(1)`.
    case function(Int)
    /// Ctrl and a letter or one of `@ [ \ ] ^ _`, in lower case: Ctrl-A is `.ctrl("a")`.
    /// Ctrl-H, Ctrl-I, Ctrl-J, Ctrl-M and Ctrl-[ arrive as backspace, tab, enter and escape.
    case ctrl(Character)
}
