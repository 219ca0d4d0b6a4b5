import BurnrateModel

/// A scenario the executable hands in for `c` to compare with.
public struct CompareTarget: Sendable {
    public enum Kind: Hashable, Sendable {
        /// Named with `--compare A B`: always what A is compared with.
        case chosen
        /// The next built-in scenario: used when no what-if is active (with one, B is the base).
        case fallback
    }

    public var label: String
    public var kind: Kind
    private let source: LazyAnalysis

    /// B's analysis; one given by `analyse` is worked out when first read.
    public var analysis: Analysis { source.value }

    public init(analysis: Analysis, label: String, kind: Kind) {
        source = LazyAnalysis(analysis)
        self.label = label
        self.kind = kind
    }

    public init(label: String, kind: Kind, analyse: @escaping @Sendable () -> Analysis) {
        source = LazyAnalysis(analyse)
        self.label = label
        self.kind = kind
    }
}

/// What the compare view shows as B, and how far it is scrolled.
public struct OpenComparison: Hashable, Sendable {
    public enum Against: Hashable, Sendable {
        /// The scenario as loaded, without the what-if: follows a reload.
        case base
        /// The executable's `CompareTarget`.
        case target
    }

    public var against: Against
    /// Rows of the comparison scrolled off the top.
    public var scroll = 0

    public init(against: Against, scroll: Int = 0) {
        self.against = against
        self.scroll = scroll
    }
}

/// The compare view's part of the app state: what it can compare with, and whether it is open.
public struct CompareState: Sendable {
    public var target: CompareTarget?
    public var open: OpenComparison?

    public init(target: CompareTarget? = nil, open: OpenComparison? = nil) {
        self.target = target
        self.open = open
    }
}

extension AppState {
    /// What `c` compares the scenario on screen with: the scenario chosen with `--compare`,
    /// else the base when a what-if is active, else the executable's fallback.
    var comparisonChoice: OpenComparison.Against? {
        if compare.target?.kind == .chosen { return .target }
        if model.isAdjusted { return .base }
        return compare.target == nil ? nil : .target
    }

    /// A and B of the open compare view, and B's label.
    public var comparison: (comparison: ScenarioComparison, labelB: String)? {
        guard let open = compare.open else { return nil }
        switch open.against {
        case .base:
            return (ScenarioComparison(analysis, model.baseAnalysis), "\(model.base.id) as loaded")
        case .target:
            guard let target = compare.target else { return nil }
            return (ScenarioComparison(analysis, model.shown(target.analysis)), target.label)
        }
    }

    /// A's label: the scenario's id, and the what-if on it.
    var comparisonLabelA: String {
        model.isAdjusted ? "\(model.base.id) with what-if \(model.summary.joined(separator: ", "))" : model.base.id
    }
}

extension CompareTarget {
    /// The built-in scenario `c` compares with when none was chosen: after a built-in, the next
    /// one (the last wraps round to the first); for a scenario derived from one (its id starts
    /// with the built-in's name, as a saved what-if's does), that built-in. Nil for others.
    public static func fallbackName(for id: String, among names: [String] = BuiltInScenarios.names) -> String? {
        if let index = names.firstIndex(of: id) {
            return names.count > 1 ? names[(index + 1) % names.count] : nil
        }
        return names.filter { id.hasPrefix($0 + "-") }.max { $0.count < $1.count }
    }
}

extension OpenComparison: ScrollsByRows {}
