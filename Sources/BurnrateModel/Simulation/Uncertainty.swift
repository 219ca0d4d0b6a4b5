/// What a scenario does not know for sure, as distributions the simulation draws from: whether
/// and how much of each commitment arrives, how late contracts and sites come, how revenue and
/// burn turn out, and how these move together. Empty (`.none`) for a scenario without an
/// `uncertainty` section: the simulation then has nothing to draw and every path is the
/// projection's.
///
/// Each path of the simulation is the scenario under one draw of every input:
/// - a commitment (an investor, or one of its tranches) is realised with its `probability`; when
///   it is, a `realised` fraction of its amount arrives (its high end: "up to 50B" at 60 % brings
///   30B; "at least" its low end), in the year the projection has it arrive; when not, nothing.
///   Commitments the section does not name count as the base case counts them.
/// - `revenueGrowthGap`: each year after the revenue base year (that of the `revenue.growth`
///   what-if) earns (1 + gap) times what it would have: −10 % puts the first such year at 90 % of
///   its forecast, the next at 81 %. Revenue not earned is burnt: spending stays as planned.
/// - `burnScale`: every year's burn times this factor, as the `burn.scale` what-if does (a year
///   that generates cash generates `2 − scale` times as much).
/// - a delay moves a contract's start (with its sites) or a site's online date by whole months
///   (a draw rounded; below 0 counts as 0), costing what the `delay.KEY` what-if costs (`DelayCost`).
public struct Uncertainty: Sendable, Equatable {
    public var commitments: [CommitmentUncertainty]
    public var revenueGrowthGap: Sourced<Distribution>?
    public var burnScale: Sourced<Distribution>?
    public var delays: [DelayUncertainty]
    /// Rank (Spearman) correlations between pairs of inputs; every pair not named is independent.
    public var correlations: [InputCorrelation]
    /// The rank correlation between the delays of any two contracts or sites with the same
    /// provider (a site's provider is its contract's), unless `correlations` names the pair.
    public var delaysWithinProvider: Sourced<Double>?

    public init(commitments: [CommitmentUncertainty] = [], revenueGrowthGap: Sourced<Distribution>? = nil,
                burnScale: Sourced<Distribution>? = nil, delays: [DelayUncertainty] = [],
                correlations: [InputCorrelation] = [], delaysWithinProvider: Sourced<Double>? = nil) {
        self.commitments = commitments
        self.revenueGrowthGap = revenueGrowthGap
        self.burnScale = burnScale
        self.delays = delays
        self.correlations = correlations
        self.delaysWithinProvider = delaysWithinProvider
    }

    public static let none = Uncertainty()

    public var isEmpty: Bool { self == .none }
}

/// Whether, and how much of, one investor's commitment (or one tranche of it) arrives.
public struct CommitmentUncertainty: Sendable, Equatable {
    public var investor: String
    /// 1 for the first tranche; nil for the whole commitment, all its tranches together.
    public var tranche: Int?
    /// The chance that it is realised at all, 0…1.
    public var probability: Sourced<Double>
    /// The fraction of its amount that arrives when it is realised; `.fixed(1)` for all of it.
    public var realised: Sourced<Distribution>

    public init(investor: String, tranche: Int? = nil, probability: Sourced<Double>, realised: Sourced<Distribution>) {
        self.investor = investor
        self.tranche = tranche
        self.probability = probability
        self.realised = realised
    }

    /// The input its probability is: `commitment.amazon`, `commitment.amazon.2`.
    public var probabilityInput: UncertainInput { UncertainInput("commitment." + key) }
    /// The input its realised fraction is: `realisation.amazon`, `realisation.amazon.2`.
    public var realisedInput: UncertainInput { UncertainInput("realisation." + key) }

    private var key: String { tranche.map { "\(investor).\($0)" } ?? investor }
}

/// How late a contract (and the sites serving it) or one site comes, in months.
public struct DelayUncertainty: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case contract(String)
        case site(String)

        public var id: String {
            switch self {
            case .contract(let id), .site(let id): id
            }
        }
    }

    public var target: Target
    public var months: Sourced<Distribution>

    public init(target: Target, months: Sourced<Distribution>) {
        self.target = target
        self.months = months
    }

    /// `delay.oracle`, `delay.saline`: the key of the `delay.KEY` what-if that costs the same.
    public var input: UncertainInput { UncertainInput("delay." + target.id) }
}

/// One uncertain input by the name the scenario file, the drivers and `--format json` give it:
/// `revenue_growth_gap`, `burn_scale`, `commitment.amazon`, `realisation.amazon.2`, `delay.oracle`.
public struct UncertainInput: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    public static let revenueGrowthGap = UncertainInput("revenue_growth_gap")
    public static let burnScale = UncertainInput("burn_scale")

    public var description: String { name }

    public static func < (lhs: UncertainInput, rhs: UncertainInput) -> Bool { lhs.name < rhs.name }
}

/// A rank correlation between two inputs, −1…1.
public struct InputCorrelation: Sendable, Equatable {
    public var first: UncertainInput
    public var second: UncertainInput
    public var rank: Sourced<Double>

    public init(_ first: UncertainInput, _ second: UncertainInput, rank: Sourced<Double>) {
        self.first = first
        self.second = second
        self.rank = rank
    }
}
