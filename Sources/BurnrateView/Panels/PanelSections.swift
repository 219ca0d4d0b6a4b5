/// A panel's optional parts, stacked top-down below its main list while they fit: the first
/// ones are the most important, so a small panel keeps them and a tall one shows everything.
struct PanelSections {
    struct Section {
        /// Rows needed, including a blank line above the section.
        let height: Int
        let draw: (Rect, inout Canvas) -> Void
    }

    var sections: [Section] = []

    mutating func add(height: Int, _ draw: @escaping (Rect, inout Canvas) -> Void) {
        guard height > 0 else { return }
        sections.append(Section(height: height + 1, draw: draw))
    }

    /// Draws the sections that fit in `area`, in order, skipping any that would not fit.
    func draw(in area: Rect, on canvas: inout Canvas) {
        var rest = area
        for section in sections where section.height <= rest.height {
            let (slot, remaining) = rest.splitTop(section.height)
            section.draw(slot.splitTop(1).rest, &canvas)
            rest = remaining
        }
    }
}
