import BurnrateModel

/// A figure of the simulation view that explain can speak of: a year's row (its shortfall
/// probability and the fan's quantiles of its cash) or a driver of the tornado.
public enum SimulatedFigure: Hashable, Sendable {
    case year(Int)
    case driver(UncertainInput)

    /// The figures of `result` in the order ↑↓ move through them: the years, then the drivers
    /// the view lists.
    static func all(in result: SimulationResult?) -> [SimulatedFigure] {
        guard let result else { return [] }
        return result.years.map { .year($0.year) } + result.drivers.prefix(SimulationLayout.maximumDrivers).map { .driver($0.input) }
    }
}

/// The simulation view's own state: which figure is selected (none at first).
public struct SimulationViewState: Hashable, Sendable {
    public var selection: SimulatedFigure?

    public init(selection: SimulatedFigure? = nil) {
        self.selection = selection
    }
}
