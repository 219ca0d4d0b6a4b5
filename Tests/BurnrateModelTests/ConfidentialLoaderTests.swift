import Testing
@testable import BurnrateModel

/// `confidential:` on objects and figures: inherited like `source:` and `basis:`, diagnosed in
/// the house style, written back so that a save keeps it; `Scenario.masked` hides exactly those.
@Suite struct ConfidentialLoaderTests {
    typealias Mini = LoaderDiagnosticTests

    /// Acme confidential, with one tranche of its own and another that lifts it.
    static let text = Mini.changed([19: ["      status: reported",
                                         "      confidential: true",
                                         "      tranches:",
                                         "        - {amount: 3B, instrument: cash, status: reported}",
                                         "        - {amount: {value: 2B, confidential: false}, instrument: cash, status: reported}"]])

    @Test func anInvestorsAmountAndTranchesInheritIt() throws {
        let scenario = try ScenarioLoader.load(text: Self.text, file: "t.yaml")
        let acme = try #require(scenario.investor(id: "acme"))
        #expect(acme.amount == Sourced(.exact(5e9), source: "article", confidential: true))
        #expect(acme.tranches.map(\.amount.confidential) == [true, false])
        #expect(!scenario.round.target.confidential)
        #expect(!scenario.contracts[0].value.confidential)
        #expect(!scenario.financials.cashOnHand.confidential)
    }

    @Test func aSaveKeepsIt() throws {
        let scenario = try ScenarioLoader.load(text: Self.text, file: "t.yaml")
        let written = ScenarioWriter.yaml(scenario)
        #expect(written.contains("      confidential: true\n"))
        #expect(written.contains("        - amount: 2B\n          instrument: cash\n          status: reported\n          confidential: false\n"))
        RoundTrip.check(scenario, origin: "confidential investor")
        let figure = try ScenarioLoader.load(text: Mini.changed([24: ["  cash_on_hand: {value: 17.5B, confidential: true}"]]),
                                             file: "t.yaml")
        #expect(figure.financials.cashOnHand.confidential)
        RoundTrip.check(figure, origin: "confidential figure")
    }

    @Test func aWrongValueIsReportedWhereItIs() {
        #expect(Mini.diagnostics(Mini.changed([19: ["      status: reported", "      confidential: yes"]])) == [
            #"t.yaml:20:21: round.investors[0].confidential: expected true or false, found "yes""#,
        ])
        #expect(Mini.diagnostics(Mini.changed([24: ["  cash_on_hand: {value: 17.5B, confidential: [true]}"]])) == [
            #"t.yaml:24:46: financials.cash_on_hand.confidential: expected true or false, found a list"#,
        ])
        #expect(Mini.diagnostics(Mini.changed([23: ["  source: article", "  confidental: true"]])) == [
            #"t.yaml:24:3: financials.confidental: unknown key "confidental" (did you mean "confidential"?)"#,
        ])
    }

    @Test func maskingHidesOnlyTheConfidentialFigures() throws {
        let masked = try ScenarioLoader.load(text: Self.text, file: "t.yaml").masked
        let acme = try #require(masked.investor(id: "acme"))
        #expect(Masked.isMasked(acme.amount.value.headline))
        #expect(Masked.isMasked(acme.tranches[0].amount.value.headline))
        #expect(acme.tranches[1].amount.value == .exact(2e9))
        #expect(masked.round.target.value == .exact(10e9))
        #expect(FigureFormat.money(acme.amount.value.headline!, currency: "USD") == "•••")
        // arithmetic carries the mark: 5B + hidden is hidden, and reads so
        #expect(FigureFormat.fraction(Masked.value / 3 + 1) == "•••")
        #expect(FigureFormat.fraction(.nan) == "n/a")
    }
}
