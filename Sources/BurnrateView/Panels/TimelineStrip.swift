/// Where the timeline cursor is: "2026 2027 [2028] 2029 2030 ▶", the cursor year bracketed and
/// bold on the selection colour, a play symbol while it moves by itself.
struct TimelineStrip: Widget {
    let timeline: Timeline
    let years: ClosedRange<Int>
    let glyphs: Glyphs

    var text: String {
        years.map(label).joined(separator: " ") + " " + status
    }

    private var status: String {
        if timeline.isPlaying { return "▶ \(FigureSeconds.text(timeline.secondsPerYear))/yr" }
        return timeline.year == nil ? "[ ] space" : "⏸"
    }

    private func label(_ year: Int) -> String {
        year == timeline.year ? "[\(year)]" : String(year)
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        var x = area.x
        for year in years {
            let isCursor = year == timeline.year
            x = canvas.put(label(year), x: x, y: area.y,
                           style: isCursor ? Style(.title, on: .selection, [.bold, .underline]) : Style(.muted), clip: area)
            x = canvas.put(" ", x: x, y: area.y, clip: area)
        }
        canvas.put(status, x: x, y: area.y, style: timeline.isPlaying ? Style(.accent, [.bold]) : Style(.muted), clip: area)
    }
}

/// Seconds for the playback pace: "1.5 s", "2 s".
enum FigureSeconds {
    static func text(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
