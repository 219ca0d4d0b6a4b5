import Testing
@testable import BurnrateView

/// Every widget, drawn into empty, one-cell, negative and off-canvas areas, neither crashes
/// nor writes outside its area.
@Suite struct TinyAreaTests {
    static let widgets: [(name: String, widget: any Widget)] = [
        ("Block", Block(title: "Investors", rightTitle: "$bn", isFocused: true)),
        ("HorizontalBar", HorizontalBar(value: 0.55, showsTrack: true)),
        ("StackedBar", StackedBar(segments: [.init(value: 1, style: .plain), .init(value: 2, style: .plain, fill: .light)])),
        ("Sparkline", Sparkline(values: [1, nil, 3])),
        ("LineChart", LineChart(series: [.init(values: [1, 5, 2], style: .plain)])),
        ("Gauge", Gauge(ratio: 0.4, label: "Power")),
        ("Table", Table(columns: [Table.Column("Name", isFlexible: true), Table.Column("n", alignment: .decimal)],
                        rows: [["日本", "1.5"], ["b", "20"]], selected: 1)),
        ("Tabs", Tabs(titles: ["日本", "Risk"], selected: 1)),
        ("BigText", BigText("$850B")),
        ("Paragraph", Paragraph("日本 word wrapping text")),
        ("LevelBadge", LevelBadge(level: .alert)),
    ]

    static let areas = [
        Rect(x: 1, y: 1, width: 0, height: 0),
        Rect(x: 1, y: 1, width: 1, height: 1),
        Rect(x: 1, y: 1, width: -3, height: 2),
        Rect(x: 2, y: 2, width: 5, height: 5),
        Rect(x: -4, y: -4, width: 5, height: 5),
    ]

    @Test(arguments: widgets.indices)
    func drawsOnlyInsideItsArea(index: Int) {
        let widget = Self.widgets[index].widget
        for area in Self.areas {
            var canvas = Canvas(lines: [".....", ".....", "....."])
            widget.render(in: area, on: &canvas)
            for y in 0..<canvas.height {
                for x in 0..<canvas.width where !area.contains(x: x, y: y) {
                    #expect(canvas[x, y].character == ".", "\(Self.widgets[index].name) wrote at \(x),\(y) outside \(area)")
                }
            }
        }
        var empty = Canvas(width: 0, height: 0)
        widget.render(in: Rect(x: 0, y: 0, width: 0, height: 0), on: &empty)
        widget.render(in: Rect(x: 0, y: 0, width: 3, height: 3), on: &empty)
        #expect(empty == Canvas(width: 0, height: 0))
    }

    @Test func aOneCellBarShowsItsEighths() {
        // 0.5 of 1 column = 4 eighths.
        #expect(draw(HorizontalBar(value: 0.5), width: 1).lines == ["▌"])
    }
}
