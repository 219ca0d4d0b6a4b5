import BurnrateModel
import BurnrateView
import BurnrateYAML

/// Deck files, naming built-in scenarios only (a fuzzer must not open files): whatever loads
/// is shown slide by slide, at a roomy size and a cramped one.
enum DeckHarness {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        guard let text = utf8Text(bytes) else { return }
        let loaded: LoadedDeck
        do {
            loaded = try DeckLoader.load(text: text, file: "fuzz.yaml") { (reference) throws(DiagnosticList) in
                guard let scenario = Fixtures.builtInScenarios[reference] else {
                    throw DiagnosticList([Diagnostic(file: reference, line: 0, column: 0, path: "",
                                                     message: "the deck harness loads built-in scenarios only")])
                }
                return scenario
            }
        } catch {
            guard !error.diagnostics.isEmpty else { throw FuzzFailure("refused with no diagnostic") }
            _ = error.description
            return
        }
        guard !loaded.deck.slides.isEmpty else { throw FuzzFailure("a deck loaded with no slides") }
        for (width, height) in [(100, 30), (20, 6)] {
            var state = DeckState(loaded: loaded, width: width, height: height, theme: Fixtures.theme)
            for index in loaded.deck.slides.indices {
                state.show(index)
                try DeckKeysHarness.check(state)
            }
        }
    }
}
