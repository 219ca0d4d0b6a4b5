/// What a simulation found over the paths it has run so far.
///
/// Probabilities are counts over paths; quantiles come from fixed-resolution sketches whose
/// error `quantileRelativeError` states. Money is in the scenario's currency.
public struct SimulationResult: Sendable, Equatable {
    public var scenarioID: String
    /// Paths run so far; `requestedPaths` when the run is complete.
    public var paths: Int
    public var requestedPaths: Int
    public var seed: UInt64
    /// The horizon's years in order.
    public var years: [SimulatedYear]
    /// Years from the as-of date until cash runs out; a path whose cash lasts the horizon counts
    /// the years to the horizon's end (`runwayCap`), as the runway indicator does.
    public var runwayYears: Quantiles
    public var runwayCap: Double
    /// The funding gap, as the indicator defines it: how far the lowest year-end cash falls below zero.
    public var fundingGap: Quantiles
    /// Ranked by how far they move the shortfall probability by the end of `driversYear`, the
    /// largest first.
    public var drivers: [Driver]
    /// The year the drivers speak of: the horizon's last, unless nearly every path (or nearly
    /// none) is short of cash by then, when no input can move the probability and the tornado
    /// would be flat; then the year whose probability is nearest even (`driversYear(of:)`).
    public var driversYear: Int?
    /// Every input drawn, in the order the scenario gives them.
    public var inputs: [SimulatedInput]
    /// A quantile read from a sketch is within this fraction of the true quantile of the paths
    /// (plus the sketch's zero bucket, `quantileAbsoluteError`).
    public var quantileRelativeError: Double
    public var quantileAbsoluteError: Double

    public init(scenarioID: String, paths: Int, requestedPaths: Int, seed: UInt64, years: [SimulatedYear],
                runwayYears: Quantiles, runwayCap: Double, fundingGap: Quantiles, drivers: [Driver], driversYear: Int?,
                inputs: [SimulatedInput], quantileRelativeError: Double, quantileAbsoluteError: Double) {
        self.scenarioID = scenarioID
        self.paths = paths
        self.requestedPaths = requestedPaths
        self.seed = seed
        self.years = years
        self.runwayYears = runwayYears
        self.runwayCap = runwayCap
        self.fundingGap = fundingGap
        self.drivers = drivers
        self.driversYear = driversYear
        self.inputs = inputs
        self.quantileRelativeError = quantileRelativeError
        self.quantileAbsoluteError = quantileAbsoluteError
    }

    public var isComplete: Bool { paths >= requestedPaths }

    /// Shortfall probabilities outside this range leave the drivers nothing to move at the horizon.
    public static let decisiveRange = 0.05...0.95

    /// The horizon's last year when its shortfall probability is in `decisiveRange`; otherwise
    /// the year whose probability is nearest 50 % (the later of two as near); nil without years.
    public static func driversYear(of years: [SimulatedYear]) -> Int? {
        guard let last = years.last else { return nil }
        if decisiveRange.contains(last.shortfallProbability) { return last.year }
        return years.reversed().min { abs($0.shortfallProbability - 0.5) < abs($1.shortfallProbability - 0.5) }?.year
    }
    /// The last year: the one the headline probability speaks of.
    public var horizon: SimulatedYear? { years.last }
    /// The year the drivers speak of (`driversYear`).
    public var driversAt: SimulatedYear? { years.first { $0.year == driversYear } }
}

public struct SimulatedYear: Sendable, Equatable {
    public var year: Int
    /// The share of paths whose cash fell below zero at the end of this year or an earlier one.
    public var shortfallProbability: Double
    /// √(p (1 − p) / paths).
    public var standardError: Double
    /// Cash at the end of the year across paths.
    public var cash: Quantiles
    /// The projection's year-end cash (no draw), for reference; nil without burn figures.
    public var deterministicCash: Double?

    public init(year: Int, shortfallProbability: Double, standardError: Double, cash: Quantiles, deterministicCash: Double?) {
        self.year = year
        self.shortfallProbability = shortfallProbability
        self.standardError = standardError
        self.cash = cash
        self.deterministicCash = deterministicCash
    }
}

public struct Quantiles: Sendable, Equatable {
    public var p5: Double
    public var p25: Double
    public var p50: Double
    public var p75: Double
    public var p95: Double

    public init(p5: Double, p25: Double, p50: Double, p75: Double, p95: Double) {
        self.p5 = p5
        self.p25 = p25
        self.p50 = p50
        self.p75 = p75
        self.p95 = p95
    }
}

/// One input's bar of the tornado: the shortfall probability at the horizon among the paths
/// that drew it in its lowest tenth and among those that drew it in its highest tenth.
public struct Driver: Sendable, Equatable {
    public var input: UncertainInput
    /// The input's 10th and 90th percentiles.
    public var low: Double
    public var high: Double
    public var shortfallAtLow: Double
    public var shortfallAtHigh: Double

    public init(input: UncertainInput, low: Double, high: Double, shortfallAtLow: Double, shortfallAtHigh: Double) {
        self.input = input
        self.low = low
        self.high = high
        self.shortfallAtLow = shortfallAtLow
        self.shortfallAtHigh = shortfallAtHigh
    }

    /// How far the probability moves from the low tenth to the high one (negative: it falls).
    public var swing: Double { shortfallAtHigh - shortfallAtLow }
}

/// An input as the run drew it, for explain: its name, what it is, its distribution and source.
public struct SimulatedInput: Sendable, Equatable {
    public var input: UncertainInput
    /// "Amazon's commitment realised", "Oracle (Stargate) contract delay (months)".
    public var label: String
    public var distribution: Sourced<Distribution>

    public init(input: UncertainInput, label: String, distribution: Sourced<Distribution>) {
        self.input = input
        self.label = label
        self.distribution = distribution
    }
}
