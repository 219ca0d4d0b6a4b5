import BurnrateModel

/// The drivers of the shortfall at the horizon as a tornado: for each input its 10th and 90th
/// percentiles, the shortfall probability among paths that drew it low and high, and a bar
/// from the probability over all paths (the centre line) to each of those: the part for the low
/// draw in a medium shade, for the high draw solid, so they read apart without colour; red
/// where the shortfall is likelier than over all paths, green where less likely.
struct Tornado: Widget {
    let drivers: [Driver]
    /// Labels by input, as the result names them.
    let labels: [UncertainInput: String]
    /// The shortfall probability at the horizon over all paths.
    let overall: Double
    var selected: UncertainInput?
    let glyphs: Glyphs

    static let minimumBar = 9
    static let minimumLabel = 12
    /// The swing from the overall chance a full half-bar stands for at least.
    static let smallestFullSwing = 0.02
    /// Room for a label, the inputs' spans, the probabilities and a bar that reads.
    static let preferredWidth = 66

    func label(_ driver: Driver) -> String { labels[driver.input] ?? driver.input.name }
    func span(_ driver: Driver) -> String { shown(InputScale(driver.input).span(driver.low, driver.high)) }
    func chances(_ driver: Driver) -> String {
        shown(SimulationText.wholePercent(driver.shortfallAtLow) + " → " + SimulationText.wholePercent(driver.shortfallAtHigh))
    }

    /// Text as the canvas will write it, so that it is measured at its width there ("→" is "->" in ASCII).
    private func shown(_ text: String) -> String { glyphs == .ascii ? ASCIIText.fold(text) : text }

    /// The legend under the bars.
    var legend: Legend {
        Legend(items: [
            StyledText("\(glyphs.mediumShade) input at its P10", style: Style(.text)),
            StyledText("\(glyphs.fullBlock) at its P90", style: Style(.text)),
            StyledText("\(glyphs.border.vertical) all paths \(SimulationText.wholePercent(overall))", style: Style(.muted)),
        ])
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard area.height >= 2, !drivers.isEmpty else { return }
        let spanTitle = shown("P10 → P90")
        let spanWidth = max(TextWidth.of(spanTitle), drivers.map { TextWidth.of(span($0)) }.max() ?? 0)
        let chanceWidth = max(TextWidth.of("P(<0)"), drivers.map { TextWidth.of(chances($0)) }.max() ?? 0)
        // The bar and the label come first; the probabilities, then the inputs' spans, give way.
        let showsChances = area.width >= Self.minimumLabel + Self.minimumBar + chanceWidth + 2
        let showsSpan = showsChances && area.width >= Self.minimumLabel + 8 + Self.minimumBar + chanceWidth + spanWidth + 3
        let bar = max(Self.minimumBar, (area.width - (showsChances ? chanceWidth + 1 : 0) - (showsSpan ? spanWidth + 1 : 0)) * 2 / 5)
        let labelWidth = max(0, area.width - bar - 1 - (showsChances ? chanceWidth + 1 : 0) - (showsSpan ? spanWidth + 1 : 0))
        let spanX = area.x + labelWidth + 1
        let chanceX = spanX + (showsSpan ? spanWidth + 1 : 0)
        let barX = chanceX + (showsChances ? chanceWidth + 1 : 0)
        let header = Style(.title, [.bold])
        canvas.put("Input", x: area.x, y: area.y, style: header, clip: area)
        if showsSpan { canvas.put(spanTitle, x: spanX + spanWidth - TextWidth.of(spanTitle), y: area.y, style: header, clip: area) }
        if showsChances { canvas.put("P(<0)", x: chanceX + chanceWidth - TextWidth.of("P(<0)"), y: area.y, style: header, clip: area) }
        let centre = bar / 2
        let overallText = SimulationText.wholePercent(overall)
        canvas.put(overallText, x: min(barX + centre, area.maxX - TextWidth.of(overallText)), y: area.y, style: header, clip: area)
        // A bar reaches its end at the largest swing, but never for less than 2 points.
        let deviation = max(Self.smallestFullSwing, drivers.flatMap { [abs($0.shortfallAtLow - overall), abs($0.shortfallAtHigh - overall)] }.max() ?? 0)
        let reach = max(1, min(centre, bar - 1 - centre))
        // Scrolled just enough to keep the selected driver in view.
        let first = Table.scrollOffset(selected: drivers.firstIndex { $0.input == selected }, offset: 0, visibleRows: area.height - 1,
                                       rowCount: drivers.count)
        for (line, driver) in drivers.dropFirst(first).prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + line
            canvas.put(Truncation.fit(label(driver), in: labelWidth, ellipsis: glyphs.ellipsis), x: area.x, y: y, style: Style(.text),
                       clip: area)
            if showsSpan {
                let text = span(driver)
                canvas.put(text, x: spanX + spanWidth - TextWidth.of(text), y: y, style: Style(.muted), clip: area)
            }
            if showsChances {
                let text = chances(driver)
                canvas.put(text, x: chanceX + chanceWidth - TextWidth.of(text), y: y, style: Style(.text), clip: area)
            }
            // A hidden chance (private mode) draws no bar: its length would tell it.
            let cells = { (chance: Double) in
                let cells = ((chance - overall) / deviation * Double(reach)).rounded()
                return cells.isFinite ? Int(cells) : 0
            }
            let parts = [(cells(driver.shortfallAtLow), glyphs.mediumShade), (cells(driver.shortfallAtHigh), glyphs.fullBlock)]
            // The longer part first, so that the shorter one stays visible over it.
            for (length, glyph) in parts.sorted(by: { abs($0.0) > abs($1.0) }) where length != 0 {
                let from = length > 0 ? centre + 1 : centre + length
                let text = String(repeating: glyph, count: abs(length))
                canvas.put(text, x: barX + from, y: y, style: Style(length > 0 ? .alert : .ok), clip: area)
            }
            canvas.put(String(glyphs.border.vertical), x: barX + centre, y: y, style: Style(.text, [.bold]), clip: area)
            if driver.input == selected {
                canvas.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.on(.selection) }
            }
        }
    }
}
