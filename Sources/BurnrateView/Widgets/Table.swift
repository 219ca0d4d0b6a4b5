/// Rows under a header, in columns sized to their content. Text columns are left-aligned;
/// number columns right-aligned with their decimal points (or, without one, the end of their
/// digits) in line, so "$12.5B" sits under "$850B" as it would on paper. One flexible column
/// (a name, say) takes the spare width or gives it up, shortened with an ellipsis. Widths
/// count terminal columns, so CJK and emoji names keep the columns aligned.
public struct Table: Widget {
    public enum Alignment: Hashable, Sendable {
        case left
        case right
        /// Right-aligned, with decimal points in line.
        case decimal
    }

    public struct Column: Hashable, Sendable {
        public var title: String
        public var alignment: Alignment
        public var isFlexible: Bool

        public init(_ title: String, alignment: Alignment = .left, isFlexible: Bool = false) {
            self.title = title
            self.alignment = alignment
            self.isFlexible = isFlexible
        }
    }

    public typealias Cell = StyledText

    public var columns: [Column]
    public var rows: [[Cell]]
    public var selected: Int?
    /// The first row shown, as the app last left it; moved just enough to keep the selection
    /// in view (see `scrollOffset`).
    public var offset: Int
    public var columnSpacing: Int
    public var headerStyle: Style
    public var glyphs: Glyphs

    public init(columns: [Column], rows: [[Cell]], selected: Int? = nil, offset: Int = 0, columnSpacing: Int = 1,
                headerStyle: Style = Style(.title, [.bold]), glyphs: Glyphs = .unicode) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.columnSpacing = columnSpacing
        self.headerStyle = headerStyle
        self.glyphs = glyphs
    }

    /// The first row to show so that `selected` is among the `visibleRows` shown, moving
    /// `offset` as little as possible, and never scrolling past the last row.
    public static func scrollOffset(selected: Int?, offset: Int, visibleRows: Int, rowCount: Int) -> Int {
        guard visibleRows > 0 else { return 0 }
        var first = offset
        if let selected {
            first = min(first, selected)
            first = max(first, selected - visibleRows + 1)
        }
        return max(0, min(first, rowCount - visibleRows))
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty, !columns.isEmpty else { return }
        // Measured as they are written: `--ascii` spells "≤ 5.9 %" as "<= 5.9 %", a column wider.
        let rows = canvas.isASCIIOnly ? rows.map { $0.map(\.asciiFolded) } : rows
        let layouts = columns.indices.map { index in
            ColumnLayout(column: columns[index], texts: rows.map { index < $0.count ? $0[index].text : "" })
        }
        let widths = fittedWidths(layouts, into: area.width)
        var x = area.x
        var starts: [Int] = []
        for width in widths {
            starts.append(x)
            x += width + columnSpacing
        }
        for index in columns.indices {
            let header = Truncation.fit(columns[index].title, in: widths[index], ellipsis: glyphs.ellipsis)
            let headerX = columns[index].alignment == .left ? starts[index] : starts[index] + widths[index] - TextWidth.of(header)
            canvas.put(header, x: headerX, y: area.y, style: headerStyle, clip: area)
        }
        let visibleRows = area.height - 1
        let first = Self.scrollOffset(selected: selected, offset: offset, visibleRows: visibleRows, rowCount: rows.count)
        for (line, rowIndex) in (first..<min(rows.count, first + visibleRows)).enumerated() {
            let y = area.y + 1 + line
            for (index, layout) in layouts.enumerated() where index < rows[rowIndex].count {
                let cell = rows[rowIndex][index]
                let placed = layout.place(cell.text, width: widths[index], ellipsis: glyphs.ellipsis)
                let cellArea = Rect(x: starts[index], y: y, width: widths[index], height: 1).intersection(area)
                canvas.put(placed.text, x: starts[index] + placed.indent, y: y, style: cell.style, clip: cellArea)
            }
            if rowIndex == selected {
                canvas.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.on(.selection) }
            }
        }
    }

    /// Natural widths, with the flexible column (if any) taking up or giving back the
    /// difference from the area's width, down to a few columns.
    private func fittedWidths(_ layouts: [ColumnLayout], into available: Int) -> [Int] {
        var widths = layouts.map(\.width)
        guard let flexible = columns.firstIndex(where: \.isFlexible) else { return widths }
        let used = widths.reduce(0, +) + columnSpacing * (widths.count - 1)
        let minimum = min(widths[flexible], TextWidth.of(glyphs.ellipsis) + 2)
        widths[flexible] = max(minimum, widths[flexible] + available - used)
        return widths
    }
}

/// How one column's texts line up: their widths, and for decimal columns the widths either
/// side of the decimal point.
struct ColumnLayout {
    let alignment: Table.Alignment
    let whole: Int
    let fraction: Int
    let width: Int

    init(column: Table.Column, texts: [String]) {
        alignment = column.alignment
        let content: Int
        if column.alignment == .decimal {
            let parts = texts.compactMap(Self.decimalParts)
            whole = parts.map(\.whole).max() ?? 0
            fraction = parts.map(\.fraction).max() ?? 0
            content = max(whole + fraction, texts.map { TextWidth.of($0) }.max() ?? 0)
        } else {
            whole = 0
            fraction = 0
            content = texts.map { TextWidth.of($0) }.max() ?? 0
        }
        width = max(TextWidth.of(column.title), content)
    }

    /// The text to write in a cell `width` wide and how far in to write it.
    func place(_ text: String, width: Int, ellipsis: String) -> (text: String, indent: Int) {
        let shown = Truncation.fit(text, in: width, ellipsis: ellipsis)
        switch alignment {
        case .left:
            return (shown, 0)
        case .right:
            return (shown, width - TextWidth.of(shown))
        case .decimal:
            guard shown == text, let parts = Self.decimalParts(text) else { return (shown, width - TextWidth.of(shown)) }
            let pointColumn = width - fraction
            return (text, max(0, pointColumn - parts.whole))
        }
    }

    /// Columns before and from the decimal point: "$12.5B" is 3 and 3. Without a point the
    /// digits end where the point would be ("$850B" is 4 and 1); text without digits has none.
    static func decimalParts(_ text: String) -> (whole: Int, fraction: Int)? {
        // Figures are nearly always printable ASCII, where a byte is a character and a column.
        let printableASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        if printableASCII == true {
            return text.utf8.withContiguousStorageIfAvailable { bytes in
                pointSplit(bytes, isPoint: { $0 == UInt8(ascii: ".") }, isDigit: { (0x30...0x39).contains($0) })
                    .map { (whole: $0, fraction: bytes.count - $0) }
            }!
        }
        let characters = Array(text)
        guard let split = pointSplit(characters, isPoint: { $0 == "." }, isDigit: \.isNumber) else { return nil }
        return (TextWidth.of(String(characters[..<split])), TextWidth.of(String(characters[split...])))
    }

    /// Where the whole part ends: at the last point followed by a digit, else after the last
    /// digit; nil without digits. The last, so that a range ("22.9–26.0 %") lines up by its
    /// high end with the single figures around it.
    private static func pointSplit<Units: RandomAccessCollection<Element>, Element>(
        _ units: Units, isPoint: (Element) -> Bool, isDigit: (Element) -> Bool
    ) -> Int? where Units.Index == Int {
        let point = units.indices.last { index in
            isPoint(units[index]) && index + 1 < units.endIndex && isDigit(units[index + 1])
        }
        return point ?? units.lastIndex(where: isDigit).map { $0 + 1 }
    }
}
