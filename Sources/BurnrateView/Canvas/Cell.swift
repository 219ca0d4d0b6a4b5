/// One column of one row. A wide character (CJK, most emoji) takes two cells: the first holds
/// it with `width` 2, the second is a continuation with `width` 0 that draws nothing.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var width: UInt8

    public init(_ character: Character = " ", style: Style = .plain, width: UInt8 = 1) {
        self.character = character
        self.style = style
        self.width = width
    }

    public var isContinuation: Bool { width == 0 }

    static func continuation(style: Style) -> Cell { Cell(" ", style: style, width: 0) }
}
