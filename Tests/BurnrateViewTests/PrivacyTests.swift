import BurnrateModel
import Foundation
import BurnrateYAML
import Testing
@testable import BurnrateView

/// Private mode on a scenario with one confidential investor (Hushco, $12,345.67M): every
/// panel at three sizes, every explain view, compare, the what-if panel, the simulation view, the league table,
/// every kind of slide, the speaker notes and the handouts show none of its figures nor any
/// figure computed from it; with private mode off, the same renders show them.
@Suite struct PrivacyTests {
    /// Tests/Privacy/quiet.yaml, which the command-line and terminal tests run too.
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Privacy/quiet.yaml").path
    static let scenario = try! ScenarioLoader.load(contentsOf: path)

    /// Hushco's figures and those worked out from it: Tests/Privacy/secrets.txt.
    static let secrets = try! String(contentsOfFile: path.replacing("quiet.yaml", with: "secrets.txt"), encoding: .utf8)
        .split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    /// Spellings of the amount only exports use; the dashboard shows it as "$12.3B".
    static let spellings: Set = ["12,345", "12345", "12.35"]

    static func leaks(_ text: String) -> [String] {
        secrets.filter { text.contains($0) || text.contains(ASCIIText.fold($0)) }
    }

    static func state(private isPrivate: Bool, width: Int = 160, height: Int = 48,
                      _ change: (inout AppState) -> Void = { _ in }) -> AppState {
        var state = AppState(model: ModelState(base: scenario, isPrivate: isPrivate), width: width, height: height)
        change(&state)
        return state
    }

    /// Every frame of the dashboard the test looks at, by name.
    static func frames(private isPrivate: Bool) -> [(String, String)] {
        var frames: [(String, String)] = []
        func add(_ name: String, width: Int = 160, height: Int = 48, glyphs: Glyphs = .unicode,
                 _ change: (inout AppState) -> Void = { _ in }) {
            let state = Self.state(private: isPrivate, width: width, height: height) { $0.glyphs = glyphs; change(&$0) }
            frames.append((name, CanvasRenderer.text(DashboardView.render(state))))
        }
        for (width, height) in [(160, 48), (100, 30), (80, 24)] {
            add("dashboard \(width)x\(height)", width: width, height: height)
            add("ascii \(width)x\(height)", width: width, height: height, glyphs: .ascii)
            for panel in PanelID.allCases {
                add("\(panel.name) zoomed \(width)x\(height)", width: width, height: height) { $0.focus = panel; $0.isZoomed = true }
            }
        }
        let analysis = state(private: false).analysis
        var targets: [ExplainTarget] = analysis.indicators.map { .indicator($0.id) }
        targets += scenario.round.investors.flatMap { [.investor($0.id), .circularFlow($0.id), .capTableRow($0.name)] }
        targets += scenario.contracts.map { .provider($0.provider) }
        targets += PanelID.allCases.map { .columns($0) }
        for target in targets {
            add("explain \(target)", width: 160, height: 48) { $0.overlay = .explain(target) }
        }
        let halved = try! WhatIfSetting.apply("investors.acme.realisation=50%", to: WhatIf())
        add("what-if panel") { $0.model.adjust(halved); $0.whatIfPanel = WhatIfPanelState() }
        add("compare with base") { $0.model.adjust(halved); $0.compare = CompareState(open: OpenComparison(against: .base)) }
        let target = CompareTarget(analysis: Analysis(scenario: scenario), label: "quiet again", kind: .chosen)
        add("compare with a file") { $0.compare = CompareState(target: target, open: OpenComparison(against: .target)) }
        add("league table with the file") { state in
            state.league = LeagueState(includesOpenScenario: true)
            state = LeagueKeys.toggle(state)
        }
        add("simulation view") { state in
            state.simulationView = SimulationViewState()
            let result = Simulation.run(state.model.analysis.scenario, options: SimulationOptions(paths: 512, threads: 1, firstReport: 512))!
            state.simulation.receive(result, revision: state.model.revision, model: state.model)
        }
        return frames
    }

    static let deckText = """
        title: Quiet money
        scenario: quiet
        slides:
          - {view: dashboard, title: All, notes: "coverage {indicator:round.coverage}, HHI {indicator:investors.hhi}"}
          - {view: investors, title: Who}
          - {view: capacity, title: What}
          - {view: risk, title: Risk}
          - {view: timeline, title: When, year: 2027}
          - {view: compare, title: Again, compare: quiet}
          - {view: figure, title: Coverage, figure: {indicator: round.coverage}}
          - {view: text, title: Words, body: "- none"}
          - {view: simulation, title: Odds}
          - {view: league, title: Table, scenarios: [quiet, openai-2026-02]}

        """

    static func deck(private isPrivate: Bool) -> LoadedDeck {
        var loaded = try! DeckLoader.load(text: deckText, file: "quiet-deck.yaml") { _ throws(DiagnosticList) in scenario }
        loaded.deck.isPrivate = isPrivate
        return loaded
    }

    static let engine = SimulationEngine { request, _, _ in
        Simulation.run(request.scenario, options: SimulationOptions(paths: 512, seed: request.seed, threads: 1, firstReport: 512))
    }

    /// Every slide, its notes and every handout.
    static func presented(private isPrivate: Bool) -> [(String, String)] {
        let loaded = deck(private: isPrivate)
        let theme = BuiltInThemes.named("default")
        var outputs: [(String, String)] = []
        for page in Handout.pages(loaded, theme: theme, glyphs: .unicode, engine: engine) {
            outputs.append(("slide \(page.slide.title)", CanvasRenderer.text(page.canvas)))
            outputs.append(("notes of \(page.slide.title)", page.notes ?? ""))
        }
        for format in Handout.Format.allCases {
            outputs.append(("handout \(format)", Handout.render(loaded, format: format, theme: theme, engine: engine)))
        }
        outputs.append(("ascii handout", Handout.render(loaded, format: .text, theme: theme, glyphs: .ascii, engine: engine)))
        return outputs
    }

    @Test func privateModeShowsNoConfidentialFigureNorOneComputedFromIt() {
        for (name, text) in Self.frames(private: true) + Self.presented(private: true) {
            #expect(Self.leaks(text) == [], "\(name) shows \(Self.leaks(text)):\n\(text)")
        }
    }

    @Test func withPrivateModeOffTheyAreAllThere() {
        let outputs = Self.frames(private: false) + Self.presented(private: false)
        #expect(Self.secrets.filter { secret in !Self.spellings.contains(secret) && !outputs.contains { Self.leaks($0.1).contains(secret) } } == [])
        let privateOutputs = Self.frames(private: true) + Self.presented(private: true)
        // Each render that shows a confidential figure hides it in private mode, and says so.
        for ((name, open), (_, hidden)) in zip(outputs, privateOutputs) where !Self.leaks(open).isEmpty && !name.hasPrefix("notes") {
            #expect(hidden.contains(Masked.text) || hidden.contains("***"), "\(name) in private mode hides nothing:\n\(hidden)")
        }
    }

    @Test func pWorksOverEveryViewOfTheDashboard() {
        let views: [(String, (inout AppState) -> Void)] = [
            ("compare", { $0.compare = CompareState(open: OpenComparison(against: .base)) }),
            ("simulation", { $0.simulationView = SimulationViewState() }),
            ("league", { $0 = LeagueKeys.toggle($0) }),
            ("explain", { $0.overlay = .explain(.investor("hushco")) }),
            ("zoomed", { $0.isZoomed = true }),
        ]
        for (name, open) in views {
            let state = DashboardUpdate.update(Self.state(private: false, open), .key(.character("p"))).0
            #expect(state.model.isPrivate, "p over \(name)")
        }
    }

    @Test func pHidesThemDuringAPresentationAndTheFooterSaysSo() {
        var deck = DeckState(loaded: Self.deck(private: false), width: 100, height: 30, theme: BuiltInThemes.named("default"))
        #expect(Self.leaks(CanvasRenderer.text(SlideView.render(deck))) != [])
        deck = DeckUpdate.update(deck, .key(.character("p"))).0
        deck = DeckUpdate.update(deck, .key(.right)).0
        deck = DeckUpdate.update(deck, .key(.left)).0
        let frame = CanvasRenderer.text(SlideView.render(deck))
        #expect(Self.leaks(frame) == [], "a new slide keeps private mode")
        #expect(frame.contains("private   1/10"))
        deck = DeckUpdate.update(deck, .key(.character("p"))).0
        #expect(Self.leaks(CanvasRenderer.text(SlideView.render(deck))) != [])
    }

    @Test func theHeaderSaysSo() {
        let frame = CanvasRenderer.text(DashboardView.render(Self.state(private: true)))
        #expect(frame.hasPrefix(" burnrate  PRIVATE  Quiet "))
        #expect(!CanvasRenderer.text(DashboardView.render(Self.state(private: false))).contains("PRIVATE"))
    }

    @Test func pTogglesPrivateModeAndKeepsTheWhatIf() {
        let halved = try! WhatIfSetting.apply("investors.acme.realisation=50%", to: WhatIf())
        var state = Self.state(private: false) { $0.model.adjust(halved) }
        state = DashboardUpdate.update(state, .key(.character("p"))).0
        #expect(state.model.isPrivate)
        #expect(state.model.whatIf == halved)
        #expect(Masked.isMasked(state.analysis.indicator("round.coverage")?.value))
        #expect(state.model.base == Self.scenario, "a save writes the figures as loaded")
        state = DashboardUpdate.update(state, .key(.character("p"))).0
        #expect(!state.model.isPrivate)
        #expect(state.analysis.indicators == Self.state(private: false) { $0.model.adjust(halved) }.analysis.indicators)
    }
}
