public enum Level: String, Sendable, Hashable, CaseIterable, Comparable {
    case ok
    case watch
    case alert

    private var rank: Int {
        switch self {
        case .ok: 0
        case .watch: 1
        case .alert: 2
        }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
}

/// One figure that went into an indicator, with where it comes from.
public struct IndicatorInput: Sendable, Hashable {
    public var label: String
    /// Nil when the figure is undisclosed; the input is still listed so that a reader sees it
    /// was left out rather than counted as zero.
    public var value: Double?
    public var unit: IndicatorUnit
    public var source: String?
    public var basis: Basis
    /// The figure's own date (cash on hand at 2025-06-30); nil when it is as of its source's date.
    public var date: Day?
    /// What the source states when it is a bound ("up to $50B"): `value` is then its headline.
    public var bounds: Bounded?

    public init(label: String, value: Double?, unit: IndicatorUnit, source: String?, basis: Basis, date: Day? = nil,
                bounds: Bounded? = nil) {
        self.label = label
        self.value = value
        self.unit = unit
        self.source = source
        self.basis = basis
        self.date = date
        self.bounds = bounds.flatMap { $0.isExact ? nil : $0 }
    }
}

/// A computed indicator: its value, how it is judged, and how it was worked out.
public struct Indicator: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// Nil when the inputs do not allow a value (no revenue, no contracts), or when the
    /// indicator does not apply (`notApplicable`).
    public var value: Double?
    public var unit: IndicatorUnit
    /// Nil for a figure without a threshold (implied ownership, spending that flows back):
    /// information to read, neither ok nor at risk, and left out of the composite score.
    public var level: Level?
    public var threshold: Threshold?
    /// One line, e.g. "committed ÷ target = 100B ÷ 100B".
    public var formula: String
    public var inputs: [IndicatorInput]
    /// Where the figure lies when it was worked out from a bound ("up to", "at least", a range,
    /// money the base case leaves out); nil when it is exact. `value` is the figure judged.
    public var bounds: Bounded?
    /// Why the scenario cannot compute it at all (no debt, no customers): nil when it applies.
    /// Such an indicator has no value and no level, is "n/a" rather than 0, and stays out of
    /// the composite score and the risk panel's rows.
    public var notApplicable: String?

    public init(id: String, name: String, value: Double?, unit: IndicatorUnit, level: Level?,
                threshold: Threshold?, formula: String, inputs: [IndicatorInput], bounds: Bounded? = nil,
                notApplicable: String? = nil) {
        self.id = id
        self.name = name
        self.value = value
        self.unit = unit
        self.level = level
        self.threshold = threshold
        self.formula = formula
        self.inputs = inputs
        self.bounds = bounds.flatMap { $0.isExact ? nil : $0 }
        self.notApplicable = notApplicable
    }

    public var isApplicable: Bool { notApplicable == nil }
}
