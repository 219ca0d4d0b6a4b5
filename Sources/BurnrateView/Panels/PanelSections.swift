/// A panel's optional parts, stacked top-down below its main list while they fit: the first
/// ones are the most important, so a small panel keeps them and a tall one shows everything.
/// A part holding the selected row is kept before all others, so the selection is never drawn
/// out of view.
struct PanelSections {
    struct Section {
        /// Rows needed, including a blank line above the section.
        let height: Int
        let holdsSelection: Bool
        let draw: (Rect, inout Canvas) -> Void
    }

    var sections: [Section] = []

    mutating func add(height: Int, holdsSelection: Bool = false, _ draw: @escaping (Rect, inout Canvas) -> Void) {
        guard height > 0 else { return }
        sections.append(Section(height: height + 1, holdsSelection: holdsSelection, draw: draw))
    }

    /// Rows the section holding the selection needs, which the main list gives up for it; 0
    /// when no section holds it.
    var selectionHeight: Int { sections.first(where: \.holdsSelection)?.height ?? 0 }

    /// Draws the sections that fit in `area`, in order, skipping any that would not fit; the one
    /// holding the selection is counted in first.
    func draw(in area: Rect, on canvas: inout Canvas) {
        var room = area.height
        var shown = Set<Int>()
        for index in sections.indices.sorted(by: { (sections[$0].holdsSelection ? 0 : 1, $0) < (sections[$1].holdsSelection ? 0 : 1, $1) })
        where sections[index].height <= room {
            shown.insert(index)
            room -= sections[index].height
        }
        var rest = area
        for index in sections.indices where shown.contains(index) {
            let (slot, remaining) = rest.splitTop(sections[index].height)
            sections[index].draw(slot.splitTop(1).rest, &canvas)
            rest = remaining
        }
    }
}
