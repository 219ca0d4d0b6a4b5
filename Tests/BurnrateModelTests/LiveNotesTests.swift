import Testing
@testable import BurnrateModel

/// `{indicator:ID}` in speaker notes: found, filled in, and checked when the deck loads.
@Suite struct LiveNotesTests {
    @Test func referencesAreFoundInOrder() {
        let notes = "Gap {indicator:funding.gap}, runway { indicator:x}{indicator: funding.runway }.\nLeft {indicator:risk"
        #expect(LiveNotes.references(in: notes) == [
            .init(id: "funding.gap", isClosed: true),
            .init(id: "funding.runway", isClosed: true),
            .init(id: "risk", isClosed: false),
        ])
    }

    @Test func closedReferencesAreFilledAndTheRestKeptAsWritten() {
        let filled = LiveNotes.filled("a {indicator:x} b {indicator:y} c {indicator:z\nd {indicator:") { reference in
            reference.id == "x" ? "$1B" : nil
        }
        #expect(filled == "a $1B b {indicator:y} c {indicator:z\nd {indicator:")
        #expect(LiveNotes.filled("no figures here", figure: { _ in "?" }) == "no figures here")
    }

    static func notesDiagnostics(_ notes: String) -> [String] {
        DeckLoaderTests.diagnostics([6: ["    title: Overview", "    notes: \"\(notes)\""]])
    }

    @Test func anUnknownIndicatorIsADeckDiagnostic() {
        #expect(Self.notesDiagnostics("The gap is {indicator:funding.gapp}.") == [
            #"deck.yaml:7:12: slides[0].notes: expected an indicator id in {indicator:ID}, such as funding.gap or ownership.<investor id>, found "{indicator:funding.gapp}" (did you mean "funding.gap"?)"#,
        ])
        #expect(Self.notesDiagnostics("Amazon owns {indicator:ownership.amazon}, {indicator:ownership.amazn}") == [
            #"deck.yaml:7:12: slides[0].notes: expected an indicator id in {indicator:ID}, such as funding.gap or ownership.<investor id>, found "{indicator:ownership.amazn}" (did you mean "ownership.amazon"?)"#,
        ])
    }

    @Test func anUnclosedReferenceIsADeckDiagnostic() {
        #expect(Self.notesDiagnostics("The gap is {indicator:funding.gap.") == [
            #"deck.yaml:7:12: slides[0].notes: expected {indicator:ID} closed by } on the same line, found "{indicator:funding.gap.""#,
        ])
    }

    @Test func knownIndicatorsLoad() throws {
        let loaded = try DeckLoaderTests.load(DeckLoaderTests.changed([6: ["    title: Overview", "    notes: \"{indicator:funding.gap} and {indicator:ownership.nvidia}\""]]))
        #expect(loaded.deck.slides[0].notes == "{indicator:funding.gap} and {indicator:ownership.nvidia}")
    }

    /// The built-in deck quotes the model live where its notes give a model figure.
    @Test func theBuiltInDeckQuotesTheModel() throws {
        let loaded = try DeckCatalog.load(BuiltInDecks.defaultName)
        let ids = loaded.deck.slides.flatMap { LiveNotes.references(in: $0.notes ?? "").map(\.id) }
        #expect(ids == ["round.realisation", "circular.share", "suppliers.largest_share", "commitments.revenue_multiple",
                        "funding.gap", "funding.runway", "infrastructure.readiness", "round.coverage", "funding.gap", "funding.gap"])
    }
}
