/// Where the header, the panels and the footer go for a terminal size: a layout preset's rows
/// when they fit, else three columns when wide, stacked when narrower, one panel at a time with
/// tabs on a small screen, and a "too small" notice below the minimum.
public struct DashboardLayout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable {
        case threeColumns
        /// Investors and capacity side by side, risk below them.
        case twoRows
        /// The three panels one above the other.
        case stacked
        /// One panel at a time under a row of tabs.
        case tabs
        /// A `LayoutPreset`'s rows.
        case preset
        case tooSmall
    }

    public static let minimumWidth = 40
    public static let minimumHeight = 10
    /// Below this the panels are shown one at a time.
    public static let comfortableWidth = 80
    public static let comfortableHeight = 24
    /// The fewest rows a panel takes when others share the screen with it: its border and four
    /// rows of figures.
    static let readableRows = 6
    /// The narrowest a preset's cell may be: its panel's labels and figures side by side.
    static let readableColumns = 30

    public let mode: Mode
    public let header: Rect
    public let footer: Rect
    /// The panels on screen now and where each one goes.
    public let panels: [PanelID: Rect]
    /// The row of tabs, in tab mode.
    public let tabs: Rect?
    /// The what-if panel docked under the panels, or in its preset cell, when open.
    public let dock: Rect?
    /// The simulation's cell of a preset.
    public let simulation: Rect?

    /// `dockRows` asks for a docked panel under the others (the what-if panel); it gets at most
    /// half of the room, and the panels above keep the rest, unless `preset` gives it a cell.
    public init(width: Int, height: Int, focus: PanelID, isZoomed: Bool, dockRows: Int = 0, preset: LayoutPreset = .standard) {
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            mode = .tooSmall
            header = Rect(x: 0, y: 0, width: 0, height: 0)
            footer = header
            panels = [:]
            tabs = nil
            dock = nil
            simulation = nil
            return
        }
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let headerRows = width >= 120 ? 2 : 1
        let (top, rest) = screen.splitTop(headerRows)
        let (main, bottom) = rest.splitBottom(1)
        header = top
        footer = bottom
        if !isZoomed, width >= Self.comfortableWidth, height >= Self.comfortableHeight, let rows = preset.rows,
           let cells = Self.cells(rows, sizes: preset.sizes, in: main, dockRows: dockRows) {
            mode = .preset
            tabs = nil
            panels = cells.panels
            simulation = cells.simulation
            dock = cells.dock
            return
        }
        simulation = nil
        let (body, docked) = main.splitBottom(min(dockRows, main.height / 2))
        dock = docked.isEmpty ? nil : docked
        // With the what-if panel docked, panels side by side or stacked would be cut to a row or
        // two; one panel at a time under the tabs keeps it readable, its figures moving with the knobs.
        let crowded = !isZoomed && body.height < Self.readableRows * (width >= 100 ? 2 : 3)
        if width < Self.comfortableWidth || height < Self.comfortableHeight || crowded {
            mode = .tabs
            let (tabRow, panelArea) = body.splitTop(1)
            tabs = tabRow
            panels = [focus: panelArea]
            return
        }
        tabs = nil
        if isZoomed {
            mode = width >= 150 ? .threeColumns : (width >= 100 ? .twoRows : .stacked)
            panels = [focus: body]
            return
        }
        if width >= 150 {
            mode = .threeColumns
            let third = body.width / 3
            let (investors, others) = body.splitLeft(third)
            let (capacity, risk) = others.splitLeft(third)
            panels = [.investors: investors, .capacity: capacity, .risk: risk]
        } else if width >= 100 {
            mode = .twoRows
            let (upper, risk) = body.splitTop(body.height * 11 / 20)
            let (investors, capacity) = upper.splitLeft(upper.width / 2)
            panels = [.investors: investors, .capacity: capacity, .risk: risk]
        } else {
            mode = .stacked
            let (investors, others) = body.splitTop(body.height / 3)
            let (capacity, risk) = others.splitTop(others.height / 2)
            panels = [.investors: investors, .capacity: capacity, .risk: risk]
        }
    }

    /// Where a preset's cells go in `main`, the what-if panel under them when it is open and
    /// has no cell of its own; nil when a cell would be too small to read, so that the size's
    /// own arrangement takes over.
    private static func cells(_ rows: [[LayoutPreset.Cell]], sizes: [Int], in main: Rect, dockRows: Int)
        -> (panels: [PanelID: Rect], simulation: Rect?, dock: Rect?)? {
        let hasWhatIfCell = rows.contains { $0.contains(.whatIf) }
        var (body, dock) = (main, Rect?.none)
        if dockRows > 0, !hasWhatIfCell {
            let (above, docked) = main.splitBottom(min(dockRows, main.height / 2))
            (body, dock) = (above, docked)
        }
        let kept = zip(rows, sizes).map { row, size in (row.filter { $0 != .whatIf || dockRows > 0 }, size) }.filter { !$0.0.isEmpty }
        var panels: [PanelID: Rect] = [:]
        var simulation: Rect?
        var rest = body
        var weights = kept.reduce(0) { $0 + $1.1 }
        for (row, size) in kept {
            let (band, below) = rest.splitTop(weights == size ? rest.height : rest.height * size / weights)
            (rest, weights) = (below, weights - size)
            guard band.height >= readableRows, band.width / row.count >= readableColumns else { return nil }
            var across = band
            for (index, cell) in row.enumerated() {
                let (area, right) = across.splitLeft(index == row.count - 1 ? across.width : across.width / (row.count - index))
                across = right
                switch cell {
                case .simulation: simulation = area
                case .whatIf: dock = area
                default: cell.panel.map { panels[$0] = area }
                }
            }
        }
        return kept.isEmpty ? nil : (panels, simulation, dock)
    }

    /// The panel at a screen position, for mouse clicks; in tab mode a click on a tab title
    /// picks that tab.
    public func panel(atX x: Int, y: Int) -> PanelID? {
        if let tabs, tabs.contains(x: x, y: y) {
            return Self.tab(atX: x - tabs.x)
        }
        return panels.first { $0.value.contains(x: x, y: y) }?.key
    }

    /// Tab titles are laid out as " 1 Investors  2 Capacity  3 Risk "; see `tabTitles`.
    public static let tabTitles: [String] = PanelID.allCases.map { "\($0.rawValue + 1) \($0.tabTitle)" }

    static func tab(atX column: Int) -> PanelID? {
        var start = 0
        for (index, title) in tabTitles.enumerated() {
            let end = start + TextWidth.of(title) + 3
            if column < end { return PanelID(rawValue: index) }
            start = end
        }
        return nil
    }
}
