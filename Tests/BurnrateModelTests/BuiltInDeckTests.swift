import Foundation
import Testing
@testable import BurnrateModel
import BurnrateYAML

@Suite struct BuiltInDeckTests {
    @Test func theArticlesDeckTellsItsStoryInEightToTwelveSlides() throws {
        let loaded = try DeckCatalog.load(BuiltInDecks.defaultName)
        let slides = loaded.deck.slides
        #expect((8...13).contains(slides.count))
        #expect(loaded.scenario.id == BuiltInScenarios.defaultName)
        #expect(slides.allSatisfy { !($0.notes ?? "").isEmpty })
        // Who pays, for what capacity, at what risk.
        #expect(slides.contains { $0.kind == .investors })
        #expect(slides.contains { $0.kind == .capacity })
        #expect(slides.contains { $0.figure == .indicator(IndicatorCatalogue.commitmentsToRevenue.id) })
        #expect(slides.contains { $0.figure == .indicator(IndicatorCatalogue.fundingGap.id) })
        #expect(slides.contains { $0.whatIf?.preset == StressPreset.softbankHalf })
        #expect(slides.contains { $0.kind == .timeline && $0.year == 2028 })
        #expect(loaded.comparisons["openai-2026-03-close"] != nil)
    }

    @Test func anUnknownDeckNameListsTheBuiltInOnes() {
        #expect(throws: DiagnosticList([Diagnostic(
            file: "nope", line: 0, column: 0, path: "",
            message: "no deck file at this path and no built-in deck of this name (built in: openai-2026-02)")])) {
            try DeckCatalog.load("nope", fileExists: { _ in false })
        }
    }

    /// A deck file names its scenario relative to its own folder, not to the working directory.
    @Test func aDeckFilesScenarioPathCountsFromTheDecksFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("deck-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("decks"), withIntermediateDirectories: true)
        try BuiltInScenarios.text(named: "openai-2026-03-close")!.write(to: root.appendingPathComponent("closed.yaml"),
                                                                         atomically: true, encoding: .utf8)
        let deckPath = root.appendingPathComponent("decks/mine.yaml").path
        try "title: Mine\nscenario: ../closed.yaml\nslides:\n  - {view: investors, title: Who pays}\n"
            .write(toFile: deckPath, atomically: true, encoding: .utf8)
        let loaded = try DeckCatalog.load(deckPath)
        #expect(loaded.scenario.id == "openai-2026-03-close")
        #expect(loaded.deck.scenario == "../closed.yaml")
    }
}
