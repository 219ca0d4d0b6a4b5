/// The last frame of the dashboard and the panels on it, so that the next frame starts from it
/// and draws again only the panels whose inputs changed: a ↓ in one panel draws that panel
/// alone. All a panel shows is in its `DashboardPanel` value (analysis, what-if base, focus,
/// rows, filter, selection, glyphs, timeline year) and its area; the theme is applied after,
/// so it is not part of the key. The frame is the one the screen keeps to compare the next
/// with, so keeping it costs no memory, but while something is drawn over the panels (help,
/// an explanation, a banner), when it is a copy. The dashboard program keeps one cache for its life.
public struct PanelCache: Sendable {
    /// A panel on screen: which, where, and what it draws.
    struct Shown: Equatable, Sendable {
        let id: PanelID
        let area: Rect
        let panel: DashboardPanel
    }

    /// The last frame as it was before anything was drawn over its panels, and the panels on it.
    private var frame: Canvas?
    private var onFrame: [Shown] = []
    /// How many times each panel has been drawn rather than kept from the frame before.
    private(set) var draws: [PanelID: Int] = [:]

    public init() {}

    /// A canvas of `width` × `height` with `panels` drawn on it and every other cell blank: the
    /// same cells as drawing them on a blank canvas. When the last frame had its panels in the
    /// same areas, it starts from that frame and keeps each panel equal to the one before.
    mutating func canvas(width: Int, height: Int, isASCIIOnly: Bool, showing panels: [Shown]) -> Canvas {
        let kept = unchangedAreas(width: width, height: height, showing: panels)
        var canvas: Canvas
        if let last = frame, !kept.isEmpty {
            canvas = last
            Self.blank(&canvas, outside: kept)
        } else {
            canvas = Canvas(width: width, height: height)
        }
        canvas.isASCIIOnly = isASCIIOnly
        frame = nil
        for shown in panels where !kept.contains(shown.area) {
            canvas.render(shown.panel, in: shown.area)
            draws[shown.id, default: 0] += 1
        }
        return canvas
    }

    /// Keeps `frame` for the next one to start from; `panels` are on it with nothing over them.
    mutating func keep(_ frame: Canvas, showing panels: [Shown]) {
        self.frame = frame
        onFrame = panels
    }

    /// Forgets the last frame: the screen is too small for panels.
    mutating func forget() {
        frame = nil
        onFrame = []
    }

    /// The areas of the panels drawn on the last frame just as they are to be drawn now.
    private func unchangedAreas(width: Int, height: Int, showing panels: [Shown]) -> [Rect] {
        guard let frame, frame.width == width, frame.height == height, onFrame.map(\.id) == panels.map(\.id),
              onFrame.map(\.area) == panels.map(\.area) else { return [] }
        return zip(onFrame, panels).filter { $0 == $1 }.map(\.1.area)
    }

    private static func blank(_ canvas: inout Canvas, outside kept: [Rect]) {
        // sorted once, not filtered and sorted into new arrays a row at a time (a clock tick's frame)
        let leftToRight = kept.sorted { $0.x < $1.x }
        for y in 0..<canvas.height {
            var x = 0
            for rect in leftToRight where rect.y <= y && y < rect.maxY {
                canvas.fill(Rect(x: x, y: y, width: rect.x - x, height: 1))
                x = max(x, rect.maxX)
            }
            canvas.fill(Rect(x: x, y: y, width: canvas.width - x, height: 1))
        }
    }
}
