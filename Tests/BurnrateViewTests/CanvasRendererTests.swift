import Testing
@testable import BurnrateView

@Suite struct CanvasRendererTests {
    /// Green ok, red alert, white text, on the terminal's own background.
    let theme = Theme(name: "test", background: .terminalDefault, text: .rgb(255, 255, 255), muted: .rgb(128, 128, 128),
                      border: .rgb(128, 128, 128), title: .rgb(255, 255, 255), accent: .rgb(0, 0, 255),
                      selection: .rgb(0, 0, 128), ok: .rgb(0, 255, 0), watch: .rgb(255, 255, 0),
                      alert: .rgb(255, 0, 0), series: [.rgb(0, 0, 255)])

    /// "ok!" with "ok" in the ok role and "!" in bold alert.
    var badge: Canvas {
        var canvas = Canvas(width: 3, height: 1)
        canvas.put("ok", x: 0, y: 0, style: Style(.ok))
        canvas.put("!", x: 2, y: 0, style: Style(.alert, [.bold]))
        return canvas
    }

    @Test func textTrimsTrailingSpaces() {
        #expect(CanvasRenderer.text(Canvas(lines: ["ab  ", "    ", " c  "])) == "ab\n\n c")
        #expect(CanvasRenderer.text(Canvas(lines: ["日本 x "])) == "日本 x")
    }

    @Test func ansiWritesOnlyChangesAndResetsAtTheEnd() {
        // The second "k" has the same look as "o": no sequence between them.
        #expect(CanvasRenderer.ansi(badge, palette: Palette(theme: theme, depth: .trueColor))
            == "\u{1B}[38;2;0;255;0mok\u{1B}[1;38;2;255;0;0m!\u{1B}[0m")
    }

    @Test func ansiAtEachDepth() {
        // 256: #00ff00 is cube (0,5,0) = 16 + 6 × 5 = 46, #ff0000 is 196.
        #expect(CanvasRenderer.ansi(badge, palette: Palette(theme: theme, depth: .indexed256))
            == "\u{1B}[38;5;46mok\u{1B}[1;38;5;196m!\u{1B}[0m")
        // 16: bright green 10 → 92, bright red 9 → 91.
        #expect(CanvasRenderer.ansi(badge, palette: Palette(theme: theme, depth: .sixteen))
            == "\u{1B}[92mok\u{1B}[1;91m!\u{1B}[0m")
        // 8: green 2 → 32, red 1 → 31.
        #expect(CanvasRenderer.ansi(badge, palette: Palette(theme: theme, depth: .eight))
            == "\u{1B}[32mok\u{1B}[1;31m!\u{1B}[0m")
        // Monochrome: ok is plain, alert bold and underlined.
        #expect(CanvasRenderer.ansi(badge, palette: Palette(theme: theme, depth: .monochrome))
            == "ok\u{1B}[1;4m!\u{1B}[0m")
    }

    @Test func droppingAnAttributeStartsFromAReset() {
        var canvas = Canvas(width: 2, height: 1)
        canvas.put("x", x: 0, y: 0, style: Style(.text, [.bold]))
        canvas.put("y", x: 1, y: 0, style: Style(.text))
        #expect(CanvasRenderer.ansi(canvas, palette: Palette(theme: theme, depth: .trueColor))
            == "\u{1B}[1;38;2;255;255;255mx\u{1B}[0;38;2;255;255;255my\u{1B}[0m")
    }

    @Test func backgroundsAndBackToTheDefault() {
        // Selection #000080 at 256 colours: 128 is nearer cube level 135 than 95, so cube
        // (0,0,2) = 16 + 2 = 18; white text is cube (5,5,5) = 231.
        var canvas = Canvas(width: 2, height: 1)
        canvas.put("a", x: 0, y: 0, style: Style(.text, on: .selection))
        canvas.put("b", x: 1, y: 0, style: Style(.text))
        #expect(CanvasRenderer.ansi(canvas, palette: Palette(theme: theme, depth: .indexed256))
            == "\u{1B}[38;5;231;48;5;18ma\u{1B}[49mb\u{1B}[0m")
    }

    @Test func resetsEveryLineAndWritesWideCharactersOnce() {
        var canvas = Canvas(lines: ["日x", "ab "])
        canvas.put("a", x: 0, y: 1, style: Style(.ok))
        // White text is cube (5,5,5) = 231, green ok cube (0,5,0) = 16 + 30 = 46.
        #expect(CanvasRenderer.ansi(canvas, palette: Palette(theme: theme, depth: .indexed256))
            == "\u{1B}[38;5;231m日x\u{1B}[0m\n\u{1B}[38;5;46ma\u{1B}[38;5;231mb \u{1B}[0m")
    }
}
