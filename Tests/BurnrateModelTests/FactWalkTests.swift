import Testing
@testable import BurnrateModel

/// The fact walk itself: a small scenario whose ledger agrees, and each way a ledger can fail to.
@Suite struct FactWalkTests {
    static let scenario = """
        id: walk
        title: Walk
        company: Anthropic
        as_of: 2026-05-28
        currency: USD
        horizon: {start: 2026, end: 2028}
        sources:
          - {id: a21-ft, publisher: FT, title: Series H, date: 2026-05-28, confidence: high}
          - {id: a13-wsj, publisher: WSJ, title: 2025, date: 2025-11, confidence: medium}
          - {id: burnrate-assumptions, publisher: burnrate, title: Assumed, date: 2026-05-28, confidence: low}
        round:
          name: Series H
          status: funded
          source: a21-ft
          target: 65B
          post_money: {value: 965B, basis: derived}
          investors:
            - {id: others, name: Others, amount: 65B, instrument: cash, status: funded}
        contracts: []
        financials:
          cash_on_hand: {value: 10B, source: burnrate-assumptions, basis: assumption}
          years:
            - {year: 2025, revenue: 4.2B, burn: 3B, source: a13-wsj, basis: assumption}

        """

    static let ledger: [LedgerEntry] = [
        LedgerEntry("round.target", .exact(65e9), "a21-ft", .reported,
                    row(.more, "| 13 | Series H |", quote: "$65B")),
        LedgerEntry("round.post_money", .exact(965e9), "a21-ft", .derived,
                    derived("900 pre + 65 new = 965", from: from(.more, "| 13 | Series H |", quote: "$900B pre-money"))),
        LedgerEntry("investors.others.amount", .exact(65e9), "a21-ft", .reported,
                    row(.more, "| 13 | Series H |", quote: "$65B")),
        LedgerEntry("financials.cash_on_hand", 10e9, "burnrate-assumptions", .assumption,
                    assumed("no source gives Anthropic's cash")),
        LedgerEntry("financials.2025.revenue", 4.2e9, "a13-wsj", .assumption,
                    row(.more, "| 2025 revenue (forecast) |", quote: "~$4.2B (WSJ)")),
        LedgerEntry("financials.2025.burn", 3e9, "a13-wsj", .assumption,
                    row(.more, "| 2025 cash burn (forecast) |", quote: "~$3B")),
    ]

    static let loaded = Result { try ScenarioLoader.load(text: scenario, file: "walk.yaml") }

    static func problems(_ change: (inout [LedgerEntry]) -> Void) -> [String] {
        var ledger = ledger
        change(&ledger)
        switch loaded {
        case .success(let scenario): return FactWalk.problems(in: scenario, ledger: ledger)
        case .failure(let error): return ["walk.yaml: \(error)"]
        }
    }

    @Test func aLedgerThatAgreesHasNoProblems() {
        #expect(Self.problems { _ in } == [])
    }

    @Test func everyFigureNeedsAnEntryAndEveryEntryAFigure() {
        #expect(Self.problems { $0.removeLast() } == ["financials.2025.burn: no ledger entry for 3B (a13-wsj, assumption)"])
        #expect(Self.problems {
            $0.append(LedgerEntry("round.pre_money", .exact(900e9), "a21-ft", .reported,
                                  row(.more, "| 13 | Series H |", quote: "$900B")))
        } == ["round.pre_money: in the ledger, not in the scenario"])
        #expect(Self.problems { $0.append($0[0]) } == ["round.target: two ledger entries"])
    }

    @Test func valueSourceAndBasisMustAgree() {
        #expect(Self.problems { $0[0].value = .upTo(65e9) }
            == ["round.target: the scenario says 65B, the ledger up to 65B"])
        #expect(Self.problems { $0[4].value = 4.7e9 }
            == ["financials.2025.revenue: the scenario says 4.2B, the ledger 4.7B"])
        #expect(Self.problems { $0[4].source = "a12-plan" }
            == ["financials.2025.revenue: source a13-wsj, the ledger a12-plan",
                "financials.2025.revenue: facts-more.md “| 2025 revenue (forecast) |” does not cite A12 (source a12-plan)"])
        #expect(Self.problems { $0[5].basis = .reported } == ["financials.2025.burn: basis assumption, the ledger reported"])
    }

    @Test func aRowMustBeOneLineThatSaysTheValueAndCitesTheSource() {
        #expect(Self.problems { $0[0].origin = row(.more, "Series H", quote: "$65B") }
            == ["round.target: facts-more.md “Series H” matches 4 lines of facts-more.md"])
        #expect(Self.problems { $0[0].origin = row(.more, "| 13 | Series J |", quote: "$65B") }
            == ["round.target: facts-more.md “| 13 | Series J |” matches 0 lines of facts-more.md"])
        #expect(Self.problems { $0[0].origin = row(.more, "| 13 | Series H |", quote: "$66B") }
            == ["round.target: facts-more.md “| 13 | Series H |” does not say “$66B”"])
        #expect(Self.problems { $0[5].origin = row(.more, "| 13 | Series H |", quote: "$65B") }
            == ["financials.2025.burn: facts-more.md “| 13 | Series H |” does not cite A13 (source a13-wsj)"])
    }

    @Test func derivedNeedsArithmeticAndAssumedNeedsTheAuthorAndAReason() {
        #expect(Self.problems { $0[1].origin = row(.more, "| 13 | Series H |", quote: "$965B") }
            == ["round.post_money: derived, but the ledger gives no arithmetic"])
        #expect(Self.problems { $0[0].origin = derived("65", from: from(.more, "| 13 | Series H |", quote: "$65B")) }
            == ["round.target: arithmetic given, but the basis is reported"])
        #expect(Self.problems { $0[4].origin = assumed("the WSJ's forecast") }
            == ["financials.2025.revenue: assumed, but its source is a13-wsj"])
        #expect(Self.problems { $0[3].origin = assumed("") }
            == ["financials.cash_on_hand: an assumption needs a one-line reason"])
        #expect(Self.problems { $0[3].origin = row(.more, "| Cash on hand | n/f |", quote: "n/f") }
            == ["financials.cash_on_hand: burnrate-assumptions cites no facts row"])
    }

    @Test(arguments: FactLedgers.byScenario.keys.sorted())
    func everyFigureOfABuiltInScenarioIsInItsLedger(name: String) throws {
        let problems = FactWalk.problems(in: try BuiltInScenarioTests.load(name), ledger: try #require(FactLedgers.byScenario[name]))
        #expect(problems == [], "\(problems.joined(separator: "\n"))")
    }

    @Test func everyScenarioAddedInIssue14HasALedger() {
        let added = BuiltInScenarios.names.filter { !["openai-2026-02", "openai-2026-03-close"].contains($0) }
        #expect(FactLedgers.byScenario.keys.sorted() == added.sorted())
    }

    @Test func factsIDsOfSources() {
        #expect(FactWalk.factsID(of: "a21-ft") == "A21")
        #expect(FactWalk.factsID(of: "s22-softbank") == "S22")
        #expect(FactWalk.factsID(of: "cnbc-revenue") == nil)
        #expect(FactWalk.factsID(of: "burnrate-assumptions") == nil)
    }
}
