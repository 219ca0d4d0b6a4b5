import BurnrateModel
@testable import BurnrateView

/// A simulation result made by hand for the built-in scenario (2026–2030): shortfall
/// probabilities rising to 89 %, a fan around the projection's own path, five drivers and the
/// inputs they are, with standard errors worked out as √(p (1 − p) / paths).
enum SimulationFixture {
    static let billion = 1e9

    static func year(_ year: Int, _ probability: Double, _ cash: [Double], projection: Double, paths: Int) -> SimulatedYear {
        SimulatedYear(year: year, shortfallProbability: probability,
                      standardError: (probability * (1 - probability) / Double(paths)).squareRoot(),
                      cash: Quantiles(p5: cash[0] * billion, p25: cash[1] * billion, p50: cash[2] * billion,
                                      p75: cash[3] * billion, p95: cash[4] * billion),
                      deterministicCash: projection * billion)
    }

    static let inputs: [SimulatedInput] = [
        SimulatedInput(input: .revenueGrowthGap, label: "Revenue growth gap",
                       distribution: Sourced(.normal(mean: -0.1, sd: 0.12), source: "cnbc-revenue", basis: .assumption)),
        SimulatedInput(input: UncertainInput("commitment.amazon"), label: "Amazon's commitment realised",
                       distribution: Sourced(.bernoulli(0.7), source: "article", basis: .assumption)),
        SimulatedInput(input: .burnScale, label: "Burn scale",
                       distribution: Sourced(.triangular(low: 0.9, mode: 1.05, high: 1.4), source: "info-forecast", basis: .assumption)),
        SimulatedInput(input: UncertainInput("delay.oracle"), label: "Oracle (Stargate) contract delay (months)",
                       distribution: Sourced(.pert(low: 0, mode: 3, high: 18), source: "stargate-sites", basis: .assumption)),
        SimulatedInput(input: UncertainInput("realisation.softbank"), label: "SoftBank's commitment, the part that arrives",
                       distribution: Sourced(.uniform(low: 0.5, high: 1), source: "article", basis: .assumption)),
    ]

    static let drivers: [Driver] = [
        Driver(input: .revenueGrowthGap, low: -0.25, high: 0.05, shortfallAtLow: 0.97, shortfallAtHigh: 0.74),
        Driver(input: UncertainInput("commitment.amazon"), low: 0, high: 1, shortfallAtLow: 0.95, shortfallAtHigh: 0.80),
        Driver(input: .burnScale, low: 0.93, high: 1.31, shortfallAtLow: 0.83, shortfallAtHigh: 0.94),
        Driver(input: UncertainInput("delay.oracle"), low: 1, high: 11, shortfallAtLow: 0.85, shortfallAtHigh: 0.93),
        Driver(input: UncertainInput("realisation.softbank"), low: 0.55, high: 0.95, shortfallAtLow: 0.91, shortfallAtHigh: 0.87),
    ]

    /// After `paths` of `requested` paths (all of them by default).
    static func result(paths: Int = 100_000, requested: Int = 100_000, seed: UInt64 = 2026) -> SimulationResult {
        SimulationResult(
            scenarioID: "openai-2026-02", paths: paths, requestedPaths: requested, seed: seed,
            years: [
                year(2026, 0.02, [5, 25, 38, 50, 70], projection: 38.5, paths: paths),
                year(2027, 0.58, [-60, -35, -12, 10, 40], projection: -18.5, paths: paths),
                year(2028, 0.81, [-170, -125, -95, -50, 5], projection: -103.5, paths: paths),
                year(2029, 0.88, [-240, -180, -140, -90, -20], projection: -154.5, paths: paths),
                year(2030, 0.89, [-230, -160, -110, -50, 30], projection: -115.5, paths: paths),
            ],
            runwayYears: Quantiles(p5: 0.8, p25: 1.1, p50: 1.4, p75: 2.0, p95: 5),
            runwayCap: 5,
            fundingGap: Quantiles(p5: 20 * billion, p25: 90 * billion, p50: 140 * billion, p75: 180 * billion, p95: 240 * billion),
            drivers: drivers, driversYear: 2030, inputs: inputs, quantileRelativeError: 0.01, quantileAbsoluteError: 1e6)
    }
}
