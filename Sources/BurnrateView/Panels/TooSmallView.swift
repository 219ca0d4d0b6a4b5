/// What a terminal below the minimum size shows instead of squeezed panels.
struct TooSmallView: Widget {
    func render(in area: Rect, on canvas: inout Canvas) {
        let lines = [
            "Terminal too small: \(area.width)×\(area.height)",
            "need at least \(DashboardLayout.minimumWidth)×\(DashboardLayout.minimumHeight)",
            "q quits",
        ]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = area.x + max(0, (area.width - TextWidth.of(line)) / 2)
            canvas.put(line, x: x, y: top + index, style: index == 0 ? Style(.alert, [.bold]) : Style(.muted), clip: area)
        }
    }
}
