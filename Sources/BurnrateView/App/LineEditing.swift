/// The keys that edit a one-line text field (the palette's query, a panel's filter), the way a
/// shell does; the cursor stays at the end of the text.
enum LineEditing {
    /// Applies `key` to `text`: a character is typed, Backspace deletes one, Ctrl-U clears the
    /// line, Ctrl-W deletes the word before the cursor. False for keys that do not edit text.
    static func edit(_ text: inout String, with key: Key) -> Bool {
        switch key {
        case .character(let character):
            text.append(character)
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case .ctrl("u"):
            text = ""
        case .ctrl("w"):
            while text.last?.isWhitespace == true { text.removeLast() }
            while let last = text.last, !last.isWhitespace { text.removeLast() }
        default:
            return false
        }
        return true
    }
}
