import Testing
@testable import BurnrateModel
import BurnrateYAML

/// `view: league` in a deck: every built-in scenario by default, or those `scenarios:` names,
/// each loaded once; the key refused elsewhere, a name twice, an empty list, one that does not load.
@Suite struct LeagueDeckTests {
    typealias Deck = DeckLoaderTests

    static func withSlide(_ lines: [String]) -> String {
        Deck.changed([17: ["    body: Thanks"] + lines])
    }

    @Test func withoutScenariosEveryBuiltInOne() throws {
        let loaded = try Deck.load(Self.withSlide(["  - view: league", "    title: Everyone"]))
        let slide = loaded.deck.slides[4]
        #expect(slide.kind == .league && slide.scenarios == nil)
        #expect(loaded.deck.references(of: slide) == BuiltInScenarios.names)
        // The deck's own is the model's, following its file: not loaded a second time.
        #expect(Set(loaded.comparisons.keys) == Set(BuiltInScenarios.names).subtracting(["openai-2026-02"]))
        #expect(Set(loaded.comparedAnalyses.keys) == Set(loaded.comparisons.keys))
    }

    /// A deck on a file puts the file after the built-in scenarios.
    @Test func aDeckOnAFileAddsItLast() {
        let deck = BurnrateModel.Deck(title: "T", scenario: "mine.yaml", slides: [Slide(kind: .league, title: "All")])
        #expect(deck.references(of: deck.slides[0]) == BuiltInScenarios.names + ["mine.yaml"])
        #expect(deck.references(of: Slide(kind: .risk, title: "R")) == [])
    }

    @Test func scenariosNamesThemInOrder() throws {
        let loaded = try Deck.load(Self.withSlide(["  - view: league", "    title: Two",
                                                   "    scenarios: [openai-2026-03-close, openai-2026-02]"]))
        let slide = loaded.deck.slides[4]
        #expect(slide.scenarios == ["openai-2026-03-close", "openai-2026-02"])
        #expect(loaded.deck.references(of: slide) == ["openai-2026-03-close", "openai-2026-02"])
        #expect(loaded.comparisons["openai-2026-03-close"]?.id == "openai-2026-03-close")
    }

    @Test func everyProblemWithScenariosAtOnce() {
        let text = Self.withSlide([
            "  - view: league", "    title: Bad", "    scenarios: [openai-2026-02, openai-2026-02, nope, [x]]",
            "  - view: league", "    title: Empty", "    scenarios: []",
            "  - view: risk", "    title: Not a league", "    scenarios: [openai-2026-02]",
        ])
        do {
            _ = try Deck.load(text)
            Issue.record("the deck loaded")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                #"deck.yaml:20:33: slides[4].scenarios[1]: expected each scenario once, found "openai-2026-02" again"#,
                #"deck.yaml:20:49: slides[4].scenarios[2]: expected a built-in scenario name or a scenario file that loads, found "nope""#,
                "deck.yaml:20:55: slides[4].scenarios[3]: expected text, found a list",
                "deck.yaml:23:16: slides[5].scenarios: expected a list of at least one built-in scenario name or scenario file, found an empty list",
                "deck.yaml:26:16: slides[6].scenarios: expected a league slide (view: league) for this key, found a risk slide",
                "nope: no scenario file at this path and no built-in scenario of this name (built in: \(BuiltInScenarios.names.joined(separator: ", ")))",
            ])
        }
    }
}
