/// Text in one style: a table cell, a run of a paragraph.
public struct StyledText: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// The text as `--ascii` writes it ("≤ 5.9 %" is "<= 5.9 %"), for measuring before drawing.
    public var asciiFolded: StyledText {
        StyledText(ASCIIText.fold(text), style: style)
    }
}
