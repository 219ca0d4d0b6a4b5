/// Where the header, the panels and the footer go for a terminal size: three columns when
/// wide, stacked when narrower, one panel at a time with tabs on a small screen, and a "too
/// small" notice below the minimum.
public struct DashboardLayout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable {
        case threeColumns
        /// Investors and capacity side by side, risk below them.
        case twoRows
        /// The three panels one above the other.
        case stacked
        /// One panel at a time under a row of tabs.
        case tabs
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

    public let mode: Mode
    public let header: Rect
    public let footer: Rect
    /// The panels on screen now and where each one goes.
    public let panels: [PanelID: Rect]
    /// The row of tabs, in tab mode.
    public let tabs: Rect?
    /// The what-if panel docked under the panels, when open.
    public let dock: Rect?

    /// `dockRows` asks for a docked panel under the others (the what-if panel); it gets at most
    /// half of the room, and the panels above keep the rest.
    public init(width: Int, height: Int, focus: PanelID, isZoomed: Bool, dockRows: Int = 0) {
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            mode = .tooSmall
            header = Rect(x: 0, y: 0, width: 0, height: 0)
            footer = header
            panels = [:]
            tabs = nil
            dock = nil
            return
        }
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let headerRows = width >= 120 ? 2 : 1
        let (top, rest) = screen.splitTop(headerRows)
        let (main, bottom) = rest.splitBottom(1)
        let (body, docked) = main.splitBottom(min(dockRows, main.height / 2))
        dock = docked.isEmpty ? nil : docked
        header = top
        footer = bottom
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
