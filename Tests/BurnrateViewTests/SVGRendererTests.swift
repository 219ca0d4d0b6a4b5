import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// `SVGRenderer` read back as XML: the geometry of shapes against the cell grid (12 × 24 units
/// a cell by default, the grid inside a 24-unit margin), text runs, colours and escaping.
@Suite(.snapshots(record: .missing))
struct SVGRendererTests {
    static let palette = Palette(theme: BuiltInThemes.named("default"), depth: .trueColor)

    static func document(_ canvas: Canvas, palette: some StyleResolver = Self.palette) -> SVGDocument? {
        SVGDocument(SVGRenderer.svg(canvas, palette: palette))
    }

    static func canvas(_ lines: [String], style: Style = .plain) -> Canvas {
        var canvas = Canvas(lines: lines)
        canvas.restyle(canvas.bounds) { _ in style }
        return canvas
    }

    /// The page is the theme's background with the margin, the grid moved into it.
    @Test func thePageIsTheThemesBackgroundAroundTheGrid() throws {
        let svg = try #require(Self.document(Canvas(width: 10, height: 3)))
        #expect(svg.elements[0].attributes == ["xmlns": "http://www.w3.org/2000/svg", "width": "168", "height": "120",
                                               "viewBox": "0 0 168 120"])
        #expect(svg.elements[1] == .init(name: "rect", attributes: ["width": "168", "height": "120", "fill": "#11111b"]))
        #expect(svg.elements[2].attributes == ["transform": "translate(24 24)"])
        #expect(svg.named("rect").count == 1)
        #expect(svg.named("text").isEmpty)
    }

    /// █ at column 3, row 2 is the cell's box exactly: x 3 × 12, y 2 × 24, 12 × 24.
    @Test func aFullBlockIsItsCellsBox() throws {
        var canvas = Canvas(width: 6, height: 4)
        canvas.put("█", x: 3, y: 2, style: Style(.accent))
        let svg = try #require(Self.document(canvas))
        #expect(svg.named("rect").dropFirst().map(\.attributes) == [["x": "36", "y": "48", "width": "12", "height": "24", "fill": "#89b4fa"]])
        #expect(svg.named("text").isEmpty)
    }

    /// A bar of three full blocks and a half is one rectangle, 3.5 cells wide, with no seam to show.
    @Test func aBarIsOneRectangle() throws {
        let svg = try #require(Self.document(Self.canvas([" ███▌"], style: Style(.series(1)))))
        #expect(svg.named("rect").dropFirst().map(\.attributes) == [["x": "12", "y": "0", "width": "42", "height": "24", "fill": "#fab387"]])
    }

    /// ┌ at column 1, row 1 (centre 18, 36): a light line (2 units, a sixth of the width) from the
    /// centre to the right edge (24) and one from the centre to the bottom edge (48), each reaching
    /// back past the centre by half the other's width (1) so that the corner is square.
    @Test func aBoxCornerIsTwoLinesFromTheCentreToItsEdges() throws {
        let svg = try #require(Self.document(Self.canvas(["", " ┌"], style: Style(.border))))
        #expect(svg.named("path").map(\.attributes) == [["d": "M17 36H24M18 35V48", "fill": "none", "stroke": "#6c7086", "stroke-width": "2"]])
    }

    /// ┏ heavy: 4 units, reaching back 2. ╔ double: two light lines 2 units either side of the
    /// centre; the outer ones (y 34, x 16) meet at the outer corner (15, 33), the inner ones
    /// (y 38, x 20) at the inner corner (19, 37).
    @Test func heavyAndDoubleCorners() throws {
        let heavy = try #require(Self.document(Self.canvas(["", " ┏"])))
        #expect(heavy.named("path").map { $0.attributes["d"] } == ["M16 36H24M18 34V48"])
        #expect(heavy.named("path").map { $0.attributes["stroke-width"] } == ["4"])
        let double = try #require(Self.document(Self.canvas(["", " ╔"])))
        #expect(double.named("path").map { $0.attributes["d"] } == ["M15 34H24M19 38H24M16 33V48M20 37V48"])
    }

    /// A box's top edge is one line from the corner's centre to the other corner's, its sides
    /// one line each: nothing where two cells meet.
    @Test func bordersAreJoinedAcrossCells() throws {
        let svg = try #require(Self.document(Self.canvas(["┌──┐", "│  │", "└──┘"])))
        #expect(svg.named("path").map { $0.attributes["d"] } == ["M5 12H43M5 60H43M6 11V61M42 11V61"])
    }

    /// ╭ is a quarter circle of half the cell's width from the right edge down to the bottom.
    @Test func aRoundedCornerIsAnArc() throws {
        let svg = try #require(Self.document(Self.canvas(["╭"])))
        #expect(svg.named("path").map { $0.attributes["d"] } == ["M12 12A6 6 0 0 0 6 18V24"])
    }

    /// ⣇ is dots 1, 2, 3, 7 (the left column) and 8 (bottom right): centres at a quarter and
    /// three quarters of the width, an eighth, three, five and seven eighths of the height.
    @Test func brailleIsItsDots() throws {
        let svg = try #require(Self.document(Self.canvas(["⣇"])))
        let centres = svg.named("circle").map { [$0.attributes["cx"]!, $0.attributes["cy"]!] }
        #expect(centres == [["3", "3"], ["3", "9"], ["3", "15"], ["3", "21"], ["9", "21"]])
        #expect(svg.named("circle").allSatisfy { $0.attributes["r"] == "2.4" })
    }

    /// A shade is the foreground blended over the background: ▒ alert (#f38ba8) half over #11111b.
    @Test func aShadeIsABlendedRectangle() throws {
        let svg = try #require(Self.document(Self.canvas(["▒"], style: Style(.alert))))
        #expect(svg.named("rect").dropFirst().map { $0.attributes["fill"] } == ["#824e62"])
    }

    /// A run of one look is one `<text>` stretched over its cells; two blanks end a run, and blanks
    /// at its ends are left out; a wide character counts its two cells. The baseline is 18.9 units
    /// into the row: DejaVu Sans Mono's 1.17 em line box (20 units) centred in the 24.
    @Test func textIsRunsOnTheGrid() throws {
        var canvas = Canvas(width: 20, height: 2)
        canvas.put(" Cash burn  漢字 x", x: 0, y: 1)
        canvas.put("B", x: 18, y: 1, style: Style(.title))
        let svg = try #require(Self.document(canvas))
        let texts = svg.named("text")
        #expect(texts.map(\.text) == ["Cash burn", "漢字 x", "B"])
        #expect(texts.map { $0.attributes["x"] } == ["12", "144", "216"])
        #expect(texts.map { $0.attributes["y"] } == ["42.9", "42.9", "42.9"])
        #expect(texts.map { $0.attributes["textLength"] } == ["108", "72", "12"])
        #expect(texts[2].attributes["fill"] == "#b4befe")
        #expect(texts[2].attributes["font-weight"] == "bold")
        #expect(texts[0].attributes["fill"] == nil)
    }

    /// Markup characters are escaped; a control character that reaches a cell (which `put`
    /// never lets happen) is drawn as U+FFFD, as XML 1.0 forbids it.
    @Test func textIsEscaped() throws {
        var canvas = Canvas(width: 20, height: 1)
        canvas.put("<b> & \"c'", x: 0, y: 0)
        canvas[12, 0] = Cell("\u{1B}")
        let svg = SVGRenderer.svg(canvas, palette: Self.palette)
        #expect(svg.contains(">&lt;b&gt; &amp; &quot;c&apos;</text>"))
        let document = try #require(SVGDocument(svg))
        #expect(document.named("text").map(\.text) == ["<b> & \"c'", "\u{FFFD}"])
    }

    /// Monochrome: the terminal's own colours are black on white, the selection (reverse video)
    /// white on black, dim text black at 70 % over white.
    @Test func monochromeIsBlackOnWhiteWithReverseAndDim() throws {
        var canvas = Canvas(width: 12, height: 2)
        canvas.put("selected", x: 0, y: 0, style: Style(.text, on: .selection))
        canvas.put("muted", x: 0, y: 1, style: Style(.muted))
        let mono = Palette(theme: BuiltInThemes.named("monochrome"), depth: .monochrome)
        let svg = try #require(Self.document(canvas, palette: mono))
        #expect(svg.named("rect").map { $0.attributes["fill"] } == ["#ffffff", "#000000"])
        #expect(svg.named("rect")[1].attributes["width"] == "96")
        #expect(svg.named("text").map { $0.attributes["fill"] } == ["#ffffff", "#4d4d4d"])
        #expect(svg.elements.first { $0.name == "g" && $0.attributes["font-family"] != nil }?.attributes["fill"] == "#000000")
    }

    static let sizes = [(160, 48), (100, 30), (80, 24)]

    /// The dashboard and each panel zoomed, at the three sizes: well-formed, with the panel's
    /// title among the texts, and every shape and text inside the grid.
    @Test(arguments: [PanelID?.none] + PanelID.allCases.map(Optional.some), sizes)
    func everyPanelIsWellFormed(panel: PanelID?, size: (Int, Int)) throws {
        let state = DashboardSnapshotTests.state(size.0, size.1) {
            if let panel {
                $0.focus = panel
                $0.isZoomed = true
            }
        }
        let svg = try #require(Self.document(DashboardView.render(state)))
        let texts = svg.named("text").map(\.text).joined(separator: " ")
        for title in panel.map({ [$0.title] }) ?? PanelID.allCases.map(\.title) {
            #expect(texts.contains(title), "no \(title)")
        }
        let (width, height) = (Double(size.0 * 12), Double(size.1 * 24))
        for element in svg.elements.dropFirst(2) {
            let a = element.attributes
            for (key, limit) in [("x", width), ("cx", width), ("y", height), ("cy", height)] {
                if let value = a[key].flatMap(Double.init) { #expect(value >= 0 && value <= limit, "\(element)") }
            }
            if let x = a["x"].flatMap(Double.init), let length = a["width"].flatMap(Double.init) ?? a["textLength"].flatMap(Double.init) {
                #expect(x + length <= width, "\(element)")
            }
        }
    }

    /// Every built-in theme, with Unicode and with ASCII glyphs, at full colour and in monochrome.
    @Test(arguments: BuiltInThemes.all.map(\.name), [Glyphs.unicode, .ascii])
    func everyThemeIsWellFormed(theme: String, glyphs: Glyphs) throws {
        let state = AppState(model: DashboardSnapshotTests.model, width: 100, height: 30, themes: [BuiltInThemes.named(theme)],
                             themeIndex: 0, glyphs: glyphs)
        let canvas = DashboardView.render(state)
        for depth in [ColorDepth.trueColor, .monochrome] {
            let svg = SVGRenderer.svg(canvas, palette: Palette(theme: state.theme, depth: depth))
            #expect(SVGDocument(svg) != nil)
            if glyphs == .ascii { #expect(svg.unicodeScalars.allSatisfy { $0.isASCII }) }
        }
    }

    /// Every kind of shape in the default theme, looked at in Chromium at 100 % and 400 % when
    /// recorded: borders join, bars have no seams, text keeps to the grid.
    @Test func specimen() {
        var canvas = Canvas(lines: [
            "┌─┬─┐ ┏━┳━┓ ╔═╦═╗ ╭─╮ ┄┈╌ ╒╤╕",
            "│ │ │ ┃ ┃ ┃ ║ ║ ║ │ │ ┆┊╎ ╞╪╡",
            "├─┼─┤ ┣━╋━┫ ╠═╬═╣ ╰─╯ ╱╲╳ ╓╥╖",
            "└─┴─┘ ┗━┻━┛ ╚═╩═╝ ┍┑┕┙ ╴╶╵╷ ╙╨╜",
            "▁▂▃▄▅▆▇█ ▏▎▍▌▋▊▉█ ▀▐▔▕ ░▒▓",
            "▖▗▘▙▚▛▜▝▞▟ ⠁⠃⠇⡇⣇⣧⣷⣿ ⢸⡀⠉",
            "Text <&> \"'\" 漢字 bold alert",
        ])
        canvas.restyle(Rect(x: 6, y: 0, width: 5, height: 4)) { _ in Style(.accent) }
        canvas.restyle(Rect(x: 0, y: 4, width: 30, height: 2)) { _ in Style(.series(1)) }
        canvas.restyle(Rect(x: 18, y: 6, width: 4, height: 1)) { _ in Style(.text, .bold) }
        canvas.restyle(Rect(x: 23, y: 6, width: 5, height: 1)) { _ in Style(.alert, on: .selection) }
        assertSnapshot(of: SVGRenderer.svg(canvas, palette: Self.palette), as: .lines, named: "specimen")
    }
}
