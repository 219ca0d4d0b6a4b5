import BurnrateYAML

/// Where the figures that consistency warnings concern stand in their file, noted while reading
/// (one position a contract, site or source; none per investor), so that a warning points at
/// the figure to look at. Lists follow the scenario's lists, one entry each.
public struct FigurePositions: Sendable, Equatable {
    public struct Position: Sendable, Equatable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// Each contract's `capacity_gw` figure, or the contract itself when it gives none.
    public var contracts: [Position] = []
    /// Each site's `online` figure.
    public var siteOnlines: [Position] = []
    /// Each source's `id`.
    public var sources: [Position] = []
    public var capTable: Position?
    /// The round's `post_money` figure.
    public var postMoney: Position?
    /// The amount of each investor that has tranches, by its place among the investors.
    public var trancheAmounts: [Int: Position] = [:]
    public var cashOnHand: Position?
    /// `financials.years`.
    public var financialYears: Position?
    /// Each `party:` and `parties:` entry, by its path (`leases[0].parties[1]`).
    public var parties: [String: Position] = [:]
    /// Each customer's `revenue_share` figure, or the customer itself when it gives none.
    public var customers: [Position] = []
    /// Ids that some `source:` in the file names; nil when not known (a scenario not read from
    /// a file), and then no source is called unused.
    public var citedSources: Set<String>?

    public init() {}
}

extension NodeReader {
    /// A figure's value: `4.5 GW` in `{value: 4.5 GW, source: …}`, else the figure itself.
    var figureValue: NodeReader {
        value(ofKey: "value") ?? self
    }

    /// Where a figure's value stands.
    var figurePosition: FigurePositions.Position {
        let (line, column) = figureValue.position
        return FigurePositions.Position(line: line, column: column)
    }
}
