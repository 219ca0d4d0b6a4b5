/// A panel's optional parts, stacked top-down below its main list while they fit: the first
/// ones are the most important, so a small panel keeps them and a tall one shows everything.
/// A part holding the selected row is kept before all others, so the selection is never drawn
/// out of view; the parts left out are named on the panel's bottom border.
struct PanelSections {
    struct Section {
        /// Rows needed, including a blank line above the section.
        let height: Int
        /// What the bottom border calls it when it does not fit; nil for a part that only
        /// explains another (a legend).
        let name: String?
        let holdsSelection: Bool
        let draw: (Rect, inout Canvas) -> Void
    }

    var sections: [Section] = []
    /// Parts the panel has but left out before laying out the others (a chart without room).
    var omitted: [String] = []

    mutating func add(height: Int, name: String?, holdsSelection: Bool = false, _ draw: @escaping (Rect, inout Canvas) -> Void) {
        guard height > 0 else { return }
        sections.append(Section(height: height + 1, name: name, holdsSelection: holdsSelection, draw: draw))
    }

    /// Rows the section holding the selection needs, which the main list gives up for it; 0
    /// when no section holds it.
    var selectionHeight: Int { sections.first(where: \.holdsSelection)?.height ?? 0 }

    /// Draws the sections that fit in `area`, in order, skipping any that would not fit; the one
    /// holding the selection is counted in first, and when it is taller than `area` it gets all
    /// of it (a table scrolls to its selected row). Returns the names of the parts left out.
    @discardableResult
    func draw(in area: Rect, on canvas: inout Canvas) -> [String] {
        var room = area.height
        var shown = Set<Int>()
        for index in sections.indices.sorted(by: { (sections[$0].holdsSelection ? 0 : 1, $0) < (sections[$1].holdsSelection ? 0 : 1, $1) })
        where sections[index].height <= room || (sections[index].holdsSelection && room >= 3) {
            shown.insert(index)
            room -= min(room, sections[index].height)
        }
        var rest = area
        for index in sections.indices where shown.contains(index) {
            let (slot, remaining) = rest.splitTop(min(rest.height, sections[index].height))
            sections[index].draw(slot.splitTop(1).rest, &canvas)
            rest = remaining
        }
        return sections.indices.filter { !shown.contains($0) }.compactMap { sections[$0].name } + omitted
    }

    /// "+ sites, contracts" at the left end of the bottom border just below `inner`, clear of
    /// the scroll marks at its right end.
    static func drawHidden(_ names: [String], below inner: Rect, marks: ScrollMarks, glyphs: Glyphs, on canvas: inout Canvas) {
        guard !names.isEmpty else { return }
        let marksWidth = marks.text(glyphs: glyphs).map { TextWidth.of($0) + 3 } ?? 0
        let border = Rect(x: inner.x, y: inner.maxY, width: max(0, inner.width - marksWidth), height: 1)
        let text = " + \(names.joined(separator: ", ")) "
        guard TextWidth.of(text) <= border.width else { return }
        canvas.put(text, x: border.x, y: border.y, style: Style(.accent, [.bold]), clip: border)
    }
}
