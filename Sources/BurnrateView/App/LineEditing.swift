/// The keys that edit a one-line text field (the palette's query, a filter, a what-if value,
/// the save path), the way a shell does; the cursor stays at the end of the text. Which keys
/// these are is the prompt's keymap's to say.
enum LineEditing {
    /// Applies a key, and the action its prompt binds it to, to `text`: a character is typed,
    /// delete-character deletes one, clear-line clears the line, delete-word deletes the word
    /// before the cursor. False for keys that do not edit text.
    static func edit(_ text: inout String, action: KeyAction?, key: Key) -> Bool {
        switch action {
        case nil:
            guard case .character(let character) = key else { return false }
            text.append(character)
        case .deleteCharacter?:
            if !text.isEmpty { text.removeLast() }
        case .clearLine?:
            text = ""
        case .deleteWord?:
            while text.last?.isWhitespace == true { text.removeLast() }
            while let last = text.last, !last.isWhitespace { text.removeLast() }
        default:
            return false
        }
        return true
    }
}
