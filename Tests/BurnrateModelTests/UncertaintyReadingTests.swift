import Testing
@testable import BurnrateModel

/// The `uncertainty` section read into `Uncertainty`: every shape, the defaults each entry
/// inherits, and a file without the section.
@Suite struct UncertaintyReadingTests {
    static func guess<Value>(_ value: Value) -> Sourced<Value> { Sourced(value, source: "guess", basis: .assumption) }

    @Test func readsTheDocumentedExample() throws {
        let scenario = try UncertaintyFixture.load(UncertaintyFixture.example)
        #expect(scenario.uncertainty == Uncertainty(
            commitments: [
                CommitmentUncertainty(investor: "amazon", tranche: 1, probability: Self.guess(0.6),
                                      realised: Self.guess(.uniform(low: 0.4, high: 1))),
                // Realised defaults to all of it, with the entry's own provenance.
                CommitmentUncertainty(investor: "acme", probability: Sourced(0.5, source: "guess", basis: .reported),
                                      realised: Sourced(.fixed(1), source: "guess", basis: .reported)),
            ],
            revenueGrowthGap: Self.guess(.normal(mean: -0.05, sd: 0.1)),
            burnScale: Self.guess(.triangular(low: 0.9, mode: 1, high: 1.3)),
            delays: [
                DelayUncertainty(target: .contract("oracle"), months: Self.guess(.pert(low: 0, mode: 3, high: 18))),
                DelayUncertainty(target: .site("saline"),
                                 months: Sourced(.pert(low: 0, mode: 6, high: 24), source: "article", basis: .assumption)),
                DelayUncertainty(target: .contract("aws"), months: Self.guess(.fixed(2))),
            ],
            correlations: [InputCorrelation(.revenueGrowthGap, .burnScale, rank: Self.guess(0.3))],
            delaysWithinProvider: Self.guess(0.5)))
    }

    /// Each shape as written, and the distribution it reads as.
    static let shapes: [(written: String, read: Distribution)] = [
        ("7", .fixed(7)),
        ("{fixed: 7}", .fixed(7)),
        ("{uniform: [-3, 12]}", .uniform(low: -3, high: 12)),
        ("{triangular: [0, 2, 9]}", .triangular(low: 0, mode: 2, high: 9)),
        ("{normal: {mean: 4, sd: 2.5}}", .normal(mean: 4, sd: 2.5)),
        ("{lognormal: {median: 3, sigma: 0.8}}", .lognormal(median: 3, sigma: 0.8)),
        ("{pert: [0, 6, 24]}", .pert(low: 0, mode: 6, high: 24)),
        ("{bernoulli: 25%}", .bernoulli(0.25)),
        ("{empirical: [6, 0, 3, 3]}", .empirical([0, 3, 3, 6])),
        // A mode at either end, and a range of one point, are still distributions.
        ("{triangular: [0, 0, 9]}", .triangular(low: 0, mode: 0, high: 9)),
        ("{pert: [5, 5, 5]}", .pert(low: 5, mode: 5, high: 5)),
    ]

    @Test(arguments: shapes.indices) func readsEveryShapeOfDelay(index: Int) throws {
        let (written, read) = Self.shapes[index]
        let scenario = try UncertaintyFixture.load(["  delays:", "    - {contract: aws, months: \(written)}"])
        #expect(scenario.uncertainty.delays == [DelayUncertainty(target: .contract("aws"), months: Self.guess(read))])
    }

    @Test func readsFractionsGapsAndScalesInTheirOwnUnits() throws {
        let scenario = try UncertaintyFixture.load([
            "  commitments:",
            "    - {investor: acme, probability: 0.9, realised: {empirical: [100%, 0.5, 80%]}}",
            "    - {investor: amazon, tranche: 1, probability: {value: 70%, source: article}, realised: {bernoulli: 0.5}}",
            "  revenue_growth_gap: {lognormal: {median: 5%, sigma: 0.2}}",
            "  burn_scale: 110%",
        ])
        #expect(scenario.uncertainty.commitments.map(\.realised.value) == [.empirical([0.5, 0.8, 1]), .bernoulli(0.5)])
        #expect(scenario.uncertainty.commitments.map(\.probability) == [Self.guess(0.9), Sourced(0.7, source: "article", basis: .assumption)])
        #expect(scenario.uncertainty.revenueGrowthGap == Self.guess(.lognormal(median: 0.05, sigma: 0.2)))
        #expect(scenario.uncertainty.burnScale == Self.guess(.fixed(1.1)))
    }

    @Test func entriesInheritTheSectionsProvenanceAndOverrideIt() throws {
        let scenario = try UncertaintyFixture.load([
            "  delays:",
            "    - {site: saline, months: 3}",
            "    - {contract: oracle, months: {uniform: [0, 6]}, source: article, basis: derived}",
            "    - {contract: aws, months: {uniform: [0, 6], basis: reported}, source: article}",
            "  correlations:",
            "    - {between: [delay.saline, delay.oracle], rank: -0.2, basis: derived}",
        ])
        #expect(scenario.uncertainty.delays.map(\.months) == [
            Self.guess(.fixed(3)),
            Sourced(.uniform(low: 0, high: 6), source: "article", basis: .derived),
            Sourced(.uniform(low: 0, high: 6), source: "article", basis: .reported),
        ])
        #expect(scenario.uncertainty.correlations == [
            InputCorrelation(UncertainInput("delay.saline"), UncertainInput("delay.oracle"),
                             rank: Sourced(-0.2, source: "guess", basis: .derived)),
        ])
    }

    @Test func aScenarioWithoutTheSectionIsCertain() throws {
        let scenario = try ScenarioLoader.load(text: LoaderDiagnosticTests.changed([:]), file: "t.yaml")
        #expect(scenario.uncertainty == .none)
        #expect(try UncertaintyFixture.load([]).uncertainty == .none)
    }
}
