import BurnrateCore

/// What one ncurses `get_wch` call returned: a character, or a key code (`KEY_CODE_YES`).
public enum CursesInput: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
}

/// What a `CursesInput` means to the runner. Mouse and resize need more from ncurses
/// (`getmouse`, the new size) than the input itself carries.
public enum DecodedInput: Hashable, Sendable {
    case key(Key)
    /// Text pasted into the terminal (bracketed paste), whole and without control characters.
    case paste(String)
    case mouse
    case resize
}
