/// Turns a canvas into text for `burnrate snapshot`: plain, or with ANSI colours.
public enum CanvasRenderer {
    /// The characters only: rows joined by newlines, trailing spaces trimmed.
    public static func text(_ canvas: Canvas) -> String {
        canvas.lines.map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
    }

    /// The canvas with SGR escape sequences, as a terminal of the palette's depth would show it.
    /// A sequence is written only where the look changes from the previous cell, each row ends
    /// with a reset (so nothing bleeds into the terminal's next line), and a wide character is
    /// written once for its two cells.
    public static func ansi(_ canvas: Canvas, palette: some StyleResolver) -> String {
        var output = ""
        for row in 0..<canvas.height {
            var current = SGR.plain
            for column in 0..<canvas.width where !canvas[column, row].isContinuation {
                let cell = canvas[column, row]
                let look = palette.resolve(cell.style)
                output += SGR.change(from: current, to: look)
                current = look
                output.append(cell.character)
            }
            if current != SGR.plain { output += "\u{1B}[0m" }
            if row < canvas.height - 1 { output += "\n" }
        }
        return output
    }
}

/// Select Graphic Rendition: the escape sequences that set colours and attributes.
enum SGR {
    static let plain = ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault, attributes: [])

    private static let attributeCodes: [(TextAttributes, Int)] = [
        (.bold, 1), (.dim, 2), (.italic, 3), (.underline, 4), (.reverse, 7),
    ]

    /// The shortest simple sequence from one look to the next: only what changed, except that
    /// turning an attribute off starts again from a reset (bold and dim share their "off" code).
    static func change(from old: ResolvedStyle, to new: ResolvedStyle) -> String {
        guard old != new else { return "" }
        var codes: [String] = []
        var from = old
        if !old.attributes.subtracting(new.attributes).isEmpty {
            codes.append("0")
            from = plain
        }
        for (attribute, code) in attributeCodes where new.attributes.contains(attribute) && !from.attributes.contains(attribute) {
            codes.append(String(code))
        }
        if new.foreground != from.foreground { codes.append(color(new.foreground, isBackground: false)) }
        if new.background != from.background { codes.append(color(new.background, isBackground: true)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    static func color(_ color: TerminalColor, isBackground: Bool) -> String {
        switch color {
        case .terminalDefault:
            return isBackground ? "49" : "39"
        case let .indexed(index) where index < 8:
            return String((isBackground ? 40 : 30) + Int(index))
        case let .indexed(index) where index < 16:
            return String((isBackground ? 100 : 90) + Int(index) - 8)
        case let .indexed(index):
            return (isBackground ? "48;5;" : "38;5;") + String(index)
        case let .rgb(red, green, blue):
            return (isBackground ? "48;2;" : "38;2;") + "\(red);\(green);\(blue)"
        }
    }
}
