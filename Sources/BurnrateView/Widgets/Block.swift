/// A panel frame: a border with a title on the left of the top edge and an optional second
/// title on the right (a unit, a date, a hint). The focused panel gets the heavier border in the
/// accent colour and a bold title, so it stands out even without colour.
public struct Block: Widget {
    public var title: String
    public var rightTitle: String
    public var isFocused: Bool
    public var glyphs: Glyphs

    public init(title: String = "", rightTitle: String = "", isFocused: Bool = false, glyphs: Glyphs = .unicode) {
        self.title = title
        self.rightTitle = rightTitle
        self.isFocused = isFocused
        self.glyphs = glyphs
    }

    /// Where the content goes: the area less the border.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        let box = isFocused ? glyphs.focusedBorder : glyphs.border
        let borderStyle = isFocused ? Style(.accent, [.bold]) : Style(.border)
        let titleStyle = isFocused ? Style(.title, [.bold]) : Style(.title)
        let horizontal = String(repeating: box.horizontal, count: area.width)
        canvas.put(horizontal, x: area.x, y: area.y, style: borderStyle, clip: area)
        canvas.put(horizontal, x: area.x, y: area.maxY - 1, style: borderStyle, clip: area)
        for row in area.y..<area.maxY {
            canvas.put(String(box.vertical), x: area.x, y: row, style: borderStyle, clip: area)
            canvas.put(String(box.vertical), x: area.maxX - 1, y: row, style: borderStyle, clip: area)
        }
        if area.width >= 2 && area.height >= 2 {
            canvas.put(String(box.topLeft), x: area.x, y: area.y, style: borderStyle)
            canvas.put(String(box.topRight), x: area.maxX - 1, y: area.y, style: borderStyle)
            canvas.put(String(box.bottomLeft), x: area.x, y: area.maxY - 1, style: borderStyle)
            canvas.put(String(box.bottomRight), x: area.maxX - 1, y: area.maxY - 1, style: borderStyle)
        }
        drawTitles(in: area, style: titleStyle, on: &canvas)
    }

    /// Titles sit one cell in from the corners with a space either side; the right title
    /// yields to the main one, which is shortened with an ellipsis when it must be.
    private func drawTitles(in area: Rect, style: Style, on canvas: inout Canvas) {
        let room = area.width - 4
        guard room > 0 else { return }
        let left = title.isEmpty ? "" : " " + title + " "
        let right = rightTitle.isEmpty ? "" : " " + rightTitle + " "
        let rightFits = !right.isEmpty && TextWidth.of(left) + 1 + TextWidth.of(right) <= room
        let leftRoom = rightFits ? room - TextWidth.of(right) - 1 : room
        let shownLeft = Truncation.fit(left, in: leftRoom, ellipsis: glyphs.ellipsis)
        canvas.put(shownLeft, x: area.x + 2, y: area.y, style: style, clip: area)
        if rightFits {
            canvas.put(right, x: area.maxX - 2 - TextWidth.of(right), y: area.y, style: Style(.muted), clip: area)
        }
    }
}
