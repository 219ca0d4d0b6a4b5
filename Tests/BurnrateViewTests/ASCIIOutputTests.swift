import BurnrateText
import BurnrateModel
import Testing
@testable import BurnrateView

/// `--ascii` output is ASCII to the byte: every view the dashboard, the slides and the notes
/// terminal draw, at every size checked, as text and as ANSI, and every handout.
@Suite struct ASCIIOutputTests {
    static let sizes = [(160, 48), (120, 40), (100, 30), (80, 24), (60, 20), (30, 8)]

    /// Each view of the dashboard: the panels, each zoomed, explain on each kind of row, help,
    /// the what-if panel under a preset, the timeline on a year, the palette, the comparison.
    static let dashboardViews: [(name: String, change: @Sendable (inout AppState) -> Void)] = [
        ("panels", { _ in }),
        ("investors zoomed", { $0.focus = .investors; $0.isZoomed = true }),
        ("capacity zoomed", { $0.focus = .capacity; $0.isZoomed = true }),
        ("risk zoomed", { $0.focus = .risk; $0.isZoomed = true }),
        ("explain indicator", { $0.overlay = .explain(.indicator(IndicatorCatalogue.investorConcentration.id)) }),
        ("explain composite", { $0.overlay = .explain(.indicator(IndicatorCatalogue.composite.id)) }),
        ("explain investor", { $0.overlay = .explain(.investor("amazon")) }),
        ("explain provider", { $0.overlay = .explain(.provider("Oracle (Stargate)")) }),
        ("help", { $0.overlay = .help }),
        ("what-if", { state in
            var model = state.model
            model.adjust(StressPreset.named("power-late")!.whatIf(for: model.base), presetID: "power-late")
            state.model = model
            state.whatIfPanel = WhatIfPanelState()
        }),
        ("timeline", { $0.timeline.step(by: 2, through: 2026...2030) }),
        ("palette", { $0.palette = CommandPalette(query: "sb") }),
    ]

    static func nonASCII(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.isASCII }.map(Character.init))
    }

    @Test(arguments: sizes)
    func everyDashboardView(width: Int, height: Int) {
        for (name, change) in Self.dashboardViews {
            var state = DashboardSnapshotTests.state(width, height, change)
            state.glyphs = .ascii
            let canvas = DashboardView.render(state)
            #expect(Self.nonASCII(CanvasRenderer.text(canvas)) == "", "\(name) at \(width)x\(height)")
            let ansi = CanvasRenderer.ansi(canvas, palette: Palette(theme: state.theme, depth: .trueColor))
            #expect(ansi.utf8.allSatisfy { $0 < 0x80 }, "\(name) at \(width)x\(height) in ANSI")
        }
    }

    @Test(arguments: sizes)
    func theComparison(width: Int, height: Int) {
        var state = CompareSnapshotTests.state(width, height, whatIf: false)
        state.glyphs = .ascii
        #expect(Self.nonASCII(CanvasRenderer.text(DashboardView.render(state))) == "")
    }

    /// The cache the dashboard program draws with gives the same ASCII frame.
    @Test func theCachedFrameIsASCIIToo() {
        var cache = PanelCache()
        var state = DashboardSnapshotTests.state(120, 40)
        state.glyphs = .ascii
        _ = DashboardView.render(state, cache: &cache)
        state.selection[.risk] = 2
        #expect(Self.nonASCII(CanvasRenderer.text(DashboardView.render(state, cache: &cache))) == "")
    }

    @Test(arguments: sizes)
    func everySlide(width: Int, height: Int) {
        let loaded = HandoutTests.loaded
        var state = DeckState(loaded: loaded, width: width, height: height, theme: HandoutTests.theme, glyphs: .ascii,
                              clock: ClockTime(hour: 9, minute: 5, second: 7))
        for index in loaded.deck.slides.indices {
            state.show(index)
            #expect(Self.nonASCII(CanvasRenderer.text(SlideView.render(state))) == "", "slide \(index + 1) at \(width)x\(height)")
            state.whatIfPanel = WhatIfPanelState()
            #expect(Self.nonASCII(CanvasRenderer.text(SlideView.render(state))) == "", "slide \(index + 1) with the what-if panel")
            state.whatIfPanel = nil
        }
    }

    @Test func theNotesTerminal() {
        let message = NotesMessage(HandoutTests.deckState(showing: 6))
        for events in [[], [NotesEvent.received(message)], [.received(message), .tick(90), .disconnected]] {
            let start = NotesState(deckName: "openai-2026-02", width: 80, height: 20, theme: HandoutTests.theme, glyphs: .ascii)
            let state = events.reduce(start) { NotesUpdate.update($0, $1).0 }
            #expect(Self.nonASCII(CanvasRenderer.text(NotesView.render(state))) == "")
        }
    }

    @Test(arguments: Handout.Format.allCases)
    func everyHandout(format: Handout.Format) {
        let handout = Handout.render(HandoutTests.loaded, format: format, theme: HandoutTests.theme, glyphs: .ascii)
        #expect(handout.utf8.allSatisfy { $0 < 0x80 }, "\(Self.nonASCII(handout))")
    }

    @Test func textIsSpeltTheWayAPersonWouldTypeIt() {
        #expect(ASCIIText.fold("Σ (100 × amount ÷ committed)² = 3,800") == "sum (100 x amount / committed)^2 = 3,800")
        #expect(ASCIIText.fold("2026–2030 · −$49.5B — Doña Ana → ▲ 7.63× …") == "2026-2030 - -$49.5B - Dona Ana -> ^ 7.63x ...")
        #expect(ASCIIText.fold("€30B ≤ £1T") == "EUR 30B <= GBP 1T")
        // Nothing to spell it with: one "?" a column, so columns stay where they were.
        #expect(ASCIIText.fold("東京 ok") == "???? ok")
        // What `TerminalSafe` escapes is shown as its escape, which is ASCII.
        #expect(ASCIIText.fold("a\u{202E}b") == "a\\u{202E}b")
    }

    /// Text is spelt before it is wrapped: "Σ" as "sum" takes three columns and pushes "b" to
    /// the next line rather than off the edge.
    @Test func paragraphsWrapTheSpeltText() {
        var canvas = Canvas(width: 5, height: 2)
        canvas.isASCIIOnly = true
        canvas.render(Paragraph("a Σ b"), in: canvas.bounds)
        #expect(canvas.lines == ["a sum", "b    "])
    }

    @Test func anASCIICanvasSpellsWhatIsPutOnIt() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.isASCIIOnly = true
        #expect(canvas.put("44.9× ÷ Σ", x: 0, y: 0) == 11)
        canvas.fill(Rect(x: 0, y: 1, width: 3, height: 1), with: "─")
        #expect(canvas.lines == ["44.9x / sum ", "---         "])
    }
}
