import Testing
@testable import BurnrateModel

/// Every exported figure names its sources and basis: an indicator the weakest basis of its
/// inputs (reported, then derived, then assumption), a projected figure that of the scenario
/// figures it is worked out from. Rows checked by hand against the built-in scenario's file.
@Suite struct ExportProvenanceTests {
    static let report = ExportReport(analysis: Analysis(scenario: try! ScenarioCatalog.load("openai-2026-02")))

    static func csvRow(_ prefix: String) -> String? {
        report.csv().split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init)
    }

    @Test func anIndicatorOnReportedFiguresOnlyIsReported() {
        // Target (at least $100B) and the investors' amounts: all the article's.
        #expect(Self.csvRow("indicator,round.coverage,") == "indicator,round.coverage,Round coverage,,1,multiple,ok,article,reported,0,1,at_most")
    }

    @Test func oneAssumedInputMakesTheIndicatorAnAssumption() {
        // AWS and Azure are the article's; Oracle's $300B is the WSJ's figure, marked assumption;
        // Abilene's arrangement is listed with its source, its value undisclosed.
        #expect(Self.csvRow("indicator,suppliers.hhi,")?.hasSuffix(",article oracle-4-5gw wsj-oracle,assumption,,,") == true)
        // Contract value over 2025 revenue (CNBC, marked assumption).
        #expect(Self.csvRow("indicator,commitments.revenue_multiple,")?
            .hasSuffix(",article cnbc-revenue oracle-4-5gw wsj-oracle,assumption,,,") == true)
        // The flow back leans on Huang's cost per GW and on worked-out sums.
        #expect(Self.csvRow("indicator,circular.flow_back,")?.hasSuffix(",article huang-cost-per-gw,assumption,,,") == true)
    }

    @Test func theCompositeIsAsFirmAsTheIndicatorsItWeighs() throws {
        let composite = try #require(Self.report.analysis.indicator("risk.composite"))
        // Its inputs cite no source of their own, but the funding gap it weighs rests on forecasts.
        #expect(composite.provenance == FigureProvenance(sources: [], basis: .assumption))
        #expect(Self.csvRow("indicator,risk.composite,")?.hasSuffix(",score,alert,,assumption,,,") == true)
    }

    @Test func projectedRowsCiteTheScenarioFiguresTheyComeFrom() {
        #expect(Self.csvRow("projection,revenue,Revenue,2026,") == "projection,revenue,Revenue,2026,30000000000,money,,cnbc-outlook,assumption,,,")
        // 2027 is interpolated between the 2026 and 2030 targets and marked derived.
        #expect(Self.csvRow("projection,revenue,Revenue,2027,") == "projection,revenue,Revenue,2027,52000000000,money,,cnbc-outlook,derived,,,")
        // the base case's 30 + 20, and 50 to 100 with Amazon's "up to 50B"
        #expect(Self.csvRow("projection,inflows,Round money arriving,2026,")
                == "projection,inflows,Round money arriving,2026,50000000000,money,,article,reported,50000000000,100000000000,range")
        // Cash on hand (The Information, H1 2025), the round, and each year's burn forecast:
        // 17.5 + 50 − 25 − 57 − 85 = −99.5, or −49.5 with Amazon's 50
        #expect(Self.csvRow("projection,cash,Cash at year end,2028,")
                == "projection,cash,Cash at year end,2028,-103500000000,money,,article info-forecast info-h1-2025,assumption,-103500000000,-53500000000,range")
    }

    @Test func everyRowHasABasis() {
        let rows = Self.report.csv().split(separator: "\n").dropFirst()
        // 23 indicators (debt's three and customers' n/a: the scenario states neither) + 6 figures × 5 years
        #expect(rows.count == 53)
        #expect(rows.allSatisfy { ["reported", "derived", "assumption"].contains($0.split(separator: ",", omittingEmptySubsequences: false).dropLast(3).last!) })
    }

    @Test func theMarkdownTablesGiveBasisAndSources() {
        let markdown = Self.report.markdown()
        #expect(markdown.contains("| Indicator | Value | Level | Formula | Basis | Sources |\n|---|---:|---|---|---|---|\n"))
        #expect(markdown.contains("| Round coverage | ≤ 1.00× | ok | committed ÷ target = $50B–$100B ÷ at least $100B = ≤ 1.00× | reported | `article` |\n"))
        #expect(markdown.contains("""
            | Figure | Basis | Sources |
            |---|---|---|
            | Revenue | assumption | `cnbc-outlook` |
            | Burn | assumption | `info-forecast` |
            | Round money arriving | reported | `article` |
            | Cash at year end | assumption | `article` `info-forecast` `info-h1-2025` |

            """))
    }

    @Test func theJSONIndicatorsCarryBasisAndSources() throws {
        guard case .object(let members) = Self.report.json(), case .array(let indicators)? = members.first(where: { $0.0 == "indicators" })?.1,
              case .object(let hhi) = indicators[4] else {
            Issue.record("no indicators array")
            return
        }
        #expect(hhi.first { $0.0 == "id" }?.1 == .string("suppliers.hhi"))
        #expect(hhi.first { $0.0 == "sources" }?.1 == .array([.string("article"), .string("oracle-4-5gw"), .string("wsj-oracle")]))
        #expect(hhi.first { $0.0 == "basis" }?.1 == .string("assumption"))
    }

    @Test func theJSONProjectionYearsCarryTheProvenanceOfEachFigure() {
        let year2027 = ExportReport(analysis: Self.report.analysis, year: 2027).json()
        guard case .object(let members) = year2027, case .array(let years)? = members.first(where: { $0.0 == "projection" })?.1,
              case .object(let year) = years.first, case .object(let provenance)? = year.first(where: { $0.0 == "provenance" })?.1 else {
            Issue.record("no projection provenance")
            return
        }
        #expect(provenance.map(\.0) == ["revenue", "burn", "inflows", "cash", "obligations_due", "capacity_online_gw",
                                        "debt_drawn", "interest", "principal", "lease_payments"])
        #expect(provenance[0].1 == .object([("sources", .array([.string("cnbc-outlook")])), ("basis", .string("derived"))]))
        #expect(provenance[2].1 == .object([("sources", .array([.string("article")])), ("basis", .string("reported"))]))
    }

    @Test func sourcesWithAWebAddressAreLinked() {
        var scenario = Self.report.analysis.scenario
        scenario.sources[0].url = "https://example.com/openai-round"
        scenario.sources[1].url = "https://example.com/a b"
        let markdown = ExportReport(analysis: Analysis(scenario: scenario)).markdown()
        #expect(markdown.contains("- `article`: Bloomberg (via the article), OpenAI verbrennt weiterhin Geld – Vision oder Risiko?, 2026-02, <https://example.com/openai-round> (confidence medium)\n"))
        // A space would end the link early: shown as text instead.
        #expect(markdown.contains(", https://example.com/a b (confidence low)\n"))
    }

    @Test func theWeakestBasisWins() {
        #expect(FigureProvenance(citing: [(source: "a", basis: .reported), (source: nil, basis: .derived)])
                == FigureProvenance(sources: ["a"], basis: .derived))
        #expect(FigureProvenance(citing: [(source: "b", basis: .assumption), (source: "a", basis: .derived), (source: "b", basis: .reported)])
                == FigureProvenance(sources: ["a", "b"], basis: .assumption))
        #expect(FigureProvenance(citing: [(source: String?, basis: Basis)]()) == FigureProvenance(sources: [], basis: .derived))
    }
}
