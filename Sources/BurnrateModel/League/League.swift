/// Scenarios side by side: one row per scenario-wide indicator of the catalogue, one column per
/// scenario, and in each row the scenarios that fare worst marked. Per-investor ownership is
/// no row: investors differ from one scenario to the next.
public struct League: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var id: String
        public var title: String
        public var company: String
        public var asOf: Day
        public var currency: String
    }

    /// Which way an indicator gets worse, by its default threshold; nil for a figure without
    /// one (spending that flows back), which no cell is worst at.
    public enum Worse: String, Sendable, Equatable {
        case higher
        case lower
    }

    public struct Cell: Sendable, Equatable {
        /// The scenario's id: the column's.
        public var scenario: String
        /// Nil when the scenario cannot compute the indicator; `Masked.value` when it is hidden.
        public var value: Double?
        /// Where the figure lies when it was worked out from a bound; nil when it is exact.
        public var bounds: Bounded?
        public var level: Level?
        public var isWorst: Bool
        /// Why there is no figure: what the scenario lacks for it, or that it is hidden.
        public var note: String?
        /// The figure as panels write it ("44.9×", "≤ 5.9 %"), "n/a" without one, "•••" hidden.
        public var text: String

        public var isHidden: Bool { Masked.isMasked(value) }

        /// A figure that takes part in finding the worst: there, and not hidden (marking a
        /// hidden figure worst, or the others beside it, would tell where it lies).
        var comparable: Double? {
            guard let value, value.isFinite else { return nil }
            return value
        }

        /// The figure's low and high ends: the figure itself when it is exact; nil without a
        /// figure, and a high end nil when nothing caps it.
        public var range: (low: Double?, high: Double?) {
            guard let figure = comparable else { return (nil, nil) }
            let bounds = bounds ?? Bounded(exactly: figure)
            return (bounds.low.isFinite ? bounds.low : nil, bounds.high.isFinite ? bounds.high : nil)
        }
    }

    public struct Row: Sendable, Equatable {
        public var id: String
        public var name: String
        public var unit: IndicatorUnit
        public var worse: Worse?
        /// One per column, in the columns' order.
        public var cells: [Cell]
    }

    /// The cells of one row without a figure for the same reason.
    public struct Note: Sendable, Equatable {
        public var indicator: String
        public var name: String
        public var reason: String
        public var scenarios: [String]
    }

    public let columns: [Column]
    public let rows: [Row]

    /// What a hidden cell says instead of a reason.
    public static let hiddenNote = "hidden: worked out from a confidential figure"

    /// A row for every scenario-wide indicator of the catalogue, in its order.
    public init(analyses: [Analysis]) {
        columns = analyses.map { analysis in
            let scenario = analysis.scenario
            return Column(id: scenario.id, title: scenario.title, company: scenario.company, asOf: scenario.asOf,
                          currency: scenario.currency)
        }
        rows = IndicatorCatalogue.all.map { definition in
            let cells = analyses.map { Self.cell(definition, in: $0) }
            let worse = definition.defaultThreshold.map { $0.higherIsWorse ? Worse.higher : .lower }
            return Row(id: definition.id, name: definition.name, unit: definition.unit, worse: worse,
                       cells: Self.markingWorst(cells, worse: worse))
        }
    }

    private static func cell(_ definition: IndicatorDefinition, in analysis: Analysis) -> Cell {
        let scenario = analysis.scenario
        guard let indicator = analysis.indicator(definition.id) else {
            return Cell(scenario: scenario.id, value: nil, level: nil, isWorst: false, note: "not worked out for this scenario",
                        text: FigureFormat.notAvailable)
        }
        let reason = unavailability(of: indicator)
        let text = reason == nil ? FigureFormat.format(indicator, currency: scenario.currency) : FigureFormat.notAvailable
        return Cell(scenario: scenario.id, value: indicator.value, bounds: indicator.bounds,
                    level: reason == nil ? indicator.level : nil, isWorst: false,
                    note: Masked.isMasked(indicator.value) ? hiddenNote : reason, text: text)
    }

    /// Why a scenario has no figure for an indicator, nil when it has one: the reason an
    /// indicator does not apply (no debt stated), else, for one without a value, its formula,
    /// which says which input is missing.
    static func unavailability(of indicator: Indicator) -> String? {
        indicator.notApplicable ?? (indicator.value == nil ? indicator.formula : nil)
    }

    /// The worst cells marked: all those at the worst figure, when at least two figures are
    /// there to compare and they are not all the same (then none stands out).
    private static func markingWorst(_ cells: [Cell], worse: Worse?) -> [Cell] {
        let figures = cells.compactMap(\.comparable)
        guard let worse, figures.count >= 2, let worst = worse == .higher ? figures.max() : figures.min(),
              figures.contains(where: { $0 != worst }) else { return cells }
        return cells.map { cell in
            var marked = cell
            marked.isWorst = cell.comparable == worst
            return marked
        }
    }

    /// Every cell without a figure, grouped by row and reason, in the table's order.
    public var notes: [Note] {
        rows.flatMap { row in
            var notes: [Note] = []
            for cell in row.cells where cell.value == nil {
                let reason = cell.note ?? FigureFormat.notAvailable
                if let index = notes.firstIndex(where: { $0.reason == reason }) {
                    notes[index].scenarios.append(cell.scenario)
                } else {
                    notes.append(Note(indicator: row.id, name: row.name, reason: reason, scenarios: [cell.scenario]))
                }
            }
            return notes
        }
    }
}
