/// The save prompt, drawn over the footer: the path being typed with a cursor, or the
/// overwrite question, then the keys (or what just happened) in what room is left.
struct SavePromptView: Widget {
    let prompt: SavePrompt
    /// What just happened (a failed save, a refused overwrite), shown in place of the keys.
    let message: String?
    let glyphs: Glyphs
    let keymap: Keymap

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        canvas.fill(area, style: Style(.text, on: .selection))
        let answers = keymap[.saveOverwrite].hints([([.yes, .no], "")]).first?.dropLast() ?? ""
        let (question, text, hints): (String, String, [String]) = switch prompt.stage {
        case .typing: ("save what-if as: ", prompt.path + "▏", keymap[.savePath].hints([([.confirm], "save"), ([.back], "cancel")]))
        case .confirmingOverwrite:
            ("overwrite ", prompt.path + "? " + answers,
             keymap[.saveOverwrite].hints([([.yes], "overwrite"), ([.no], "another path"), ([.back], "cancel")]))
        case .saving: ("saving ", prompt.path, [])
        }
        let keys = hints.joined(separator: " · ")
        var x = canvas.put(question, x: area.x + 1, y: area.y, style: Style(.accent, on: .selection, [.bold]), clip: area)
        // A long path shows its end, the file name, which matters most.
        let room = area.maxX - 1 - x
        let tail = TextWidth.prefix(String(text.reversed()), fitting: max(0, room - TextWidth.of(glyphs.ellipsis)))
        let shown = TextWidth.of(text) <= room ? text : glyphs.ellipsis + String(tail.reversed())
        x = canvas.put(shown, x: x, y: area.y, style: Style(.text, on: .selection, [.bold]), clip: area)
        let note = Truncation.fit(message ?? keys, in: area.maxX - 1 - (x + 2), ellipsis: glyphs.ellipsis)
        canvas.put(note, x: area.maxX - 1 - TextWidth.of(note), y: area.y,
                   style: message == nil ? Style(.muted, on: .selection) : Style(.watch, on: .selection, [.bold]), clip: area)
    }
}
