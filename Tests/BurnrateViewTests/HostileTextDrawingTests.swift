import BurnrateText
import BurnrateModel
import Testing
@testable import BurnrateView
import BurnrateYAML

/// Text from files on every canvas: drawn and measured as its `TerminalSafe` escapes, so that
/// no cell holds a control, bidirectional or invisible character and layouts stay aligned.
@Suite struct HostileTextDrawingTests {
    @Test func aControlSequenceIsDrawnAsItsEscape() {
        var canvas = Canvas(width: 12, height: 1)
        let end = canvas.put("a\u{1B}[2Jb\r", x: 0, y: 0)
        #expect(canvas.lines == [#"a\e[2Jb\r   "#])
        #expect(end == 9)
        #expect(TextWidth.of("a\u{1B}[2Jb\r") == 9)
    }

    @Test func bidiAndInvisibleCharactersAreDrawnAsTheirEscapes() {
        var canvas = Canvas(width: 24, height: 2)
        canvas.put("x\u{202E}yz", x: 0, y: 0)
        canvas.put("pay\u{200B}pal\u{AD}", x: 0, y: 1)
        #expect(canvas.lines == [#"x\u{202E}yz             "#, #"pay\u{200B}pal\u{AD}    "#])
        #expect(TextWidth.of("x\u{202E}yz") == 11)
    }

    @Test func anEscapeIsClippedLikeAnyText() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("日\u{9B}x", x: 0, y: 0)
        #expect(canvas.lines == [#"日\u{9"#])
        #expect(TextWidth.prefix("ab\u{1B}c", fitting: 3) == "ab")
        #expect(Truncation.fit("name\u{1B}[31m", in: 8, ellipsis: "…") == "name\u{1B}[…")
    }

    @Test func emojiSequencesStayOnePicture() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("👩‍💻ok", x: 0, y: 0)
        #expect(canvas.lines == ["👩‍💻ok  "])
        #expect(canvas[0, 0].width == 2)
    }

    /// Hostile text after wide and combining characters takes the grapheme path too.
    @Test func hostileTextAfterWideCharactersLeavesNoRawCell() {
        var canvas = Canvas(width: 600, height: 1)
        canvas.put("日本é\u{301}" + HostileText.text("x"), x: 0, y: 0)
        #expect(HostileText.raw(in: CanvasRenderer.text(canvas)) == [])
        #expect(CanvasRenderer.text(canvas).hasPrefix(#"日本é́x\0\u{01}"#))
    }

    static let hostileModel: ModelState = {
        var scenario = try! ScenarioCatalog.load(BuiltInScenarios.defaultName)
        scenario.title = HostileText.text("title")
        scenario.company = HostileText.text("company")
        for index in scenario.round.investors.indices {
            scenario.round.investors[index].name = HostileText.text("investor")
            scenario.round.investors[index].note = HostileText.text("note")
        }
        for index in scenario.contracts.indices {
            scenario.contracts[index].provider = HostileText.text("provider\(index)")
        }
        for index in scenario.sources.indices {
            scenario.sources[index].title = HostileText.text("source")
            scenario.sources[index].publisher = HostileText.text("publisher")
        }
        return ModelState(base: scenario)
    }()

    static func dashboard(_ change: (inout AppState) -> Void) -> Canvas {
        var state = AppState(model: hostileModel, width: 160, height: 48)
        change(&state)
        return DashboardView.render(state)
    }

    static func assertSafe(_ canvas: Canvas, showing label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = CanvasRenderer.text(canvas)
        #expect(HostileText.raw(in: text, allowing: [0x0A]) == [], sourceLocation: sourceLocation)
        #expect(text.contains(label + #"\0\u{01}"#), "the escapes are shown, not dropped", sourceLocation: sourceLocation)
        let ansi = CanvasRenderer.ansi(canvas, palette: Palette(theme: BuiltInThemes.named("default"), depth: .trueColor))
        let withoutSGR = ansi.replacing(/\x1B\[[0-9;]*m/, with: "")
        #expect(HostileText.raw(in: withoutSGR, allowing: [0x0A]) == [], sourceLocation: sourceLocation)
    }

    @Test(arguments: PanelID.allCases)
    func panels(panel: PanelID) {
        Self.assertSafe(Self.dashboard { $0.focus = panel; $0.isZoomed = true },
                        showing: panel == .capacity ? "provider0" : panel == .risk ? "title" : "investor")
    }

    @Test func theHeaderTitle() {
        Self.assertSafe(Self.dashboard { _ in }, showing: "title")
    }

    @Test func explainViews() {
        let investor = Self.hostileModel.analysis.scenario.round.investors[0].id
        Self.assertSafe(Self.dashboard { $0.overlay = .explain(.investor(investor)) }, showing: "investor")
        let provider = Self.hostileModel.analysis.scenario.contracts[0].provider
        Self.assertSafe(Self.dashboard { $0.overlay = .explain(.provider(provider)) }, showing: "provider0")
    }

    @Test func theReloadBanner() {
        let diagnostics = DiagnosticList([
            Diagnostic(file: HostileText.text("file"), line: 3, column: 1, path: HostileText.text("key"),
                       message: "unknown key " + HostileText.text("found")),
        ])
        Self.assertSafe(Self.dashboard { $0.banner = .broken(diagnostics) }, showing: "file")
        Self.assertSafe(Self.dashboard { $0.banner = .deleted(HostileText.text("path")) }, showing: "path")
    }

    @Test func theNotesView() {
        let message = NotesMessage(index: 0, count: 2, title: HostileText.text("slide"),
                                   notes: HostileText.text("notes") + "\nsecond line " + HostileText.text("more"),
                                   nextTitle: HostileText.text("next"), budgetSeconds: 60, slideElapsed: 1, talkElapsed: 1)
        let state = NotesUpdate.update(NotesState(deckName: HostileText.text("deck"), width: 200, height: 30,
                                                  theme: BuiltInThemes.named("default")), .received(message)).0
        let canvas = NotesView.render(state)
        Self.assertSafe(canvas, showing: "notes")
        #expect(CanvasRenderer.text(canvas).contains(#"slide\0\u{01}"#))
        #expect(CanvasRenderer.text(canvas).contains(#"next: next\0\u{01}"#))
        let waiting = NotesView.render(NotesState(deckName: HostileText.text("deck"), width: 400, height: 10,
                                                  theme: BuiltInThemes.named("default")))
        Self.assertSafe(waiting, showing: "deck")
    }
}
