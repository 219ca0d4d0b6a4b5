/// What one delay input does to each horizon year, worked out once for every whole number of
/// months it can be: the cash payments it moves into the year and the gigawatt-years of
/// capacity it moves into it (negative: out of it), against the scenario as planned. A path then
/// adds up rows instead of moving dates.
///
/// The rule is the `delay.KEY` what-if's (`DelayCost`): a contract's delay moves its start, and
/// with it its payments and its sites (or its own capacity when no site serves it); a site's
/// delay moves that site alone, and a site with a delay of its own is not moved by its
/// contract's (the most specific key wins). A site the company owns moves by its own delay; a
/// site that is neither owned nor serves a contract counts nowhere, and its delay moves nothing.
/// Rows stop at the delay that moves everything past the horizon: a longer one changes nothing more.
///
/// Tables share a budget of cells (`cellBudget`): a file with a thousand delays and a
/// century-long horizon would otherwise size gigabytes. A delay whose table does not fit works
/// out its moves path by path instead: slower, the same figures. The tables of a run lie end to
/// end in one array of rows (`rows` of `PathModel`), which a path reads without an array a delay.
struct DelayTable: Sendable {
    typealias Move = @Sendable (_ months: Int) -> (payments: [Double], gigawattYears: [Double])

    /// Cells (one a horizon year and whole month of delay) the tables of one run may hold together: 16 MB.
    static let cellBudget = 1 << 20

    /// The position of the delay among the simulation's inputs.
    let input: Int
    /// The last row: delays beyond it are read as it.
    let maxMonths: Int
    /// Where its row for 0 months starts in the run's rows; nil when not tabulated. Row m holds
    /// the payments moved into each horizon year, then the gigawatt-years moved into each.
    let firstRow: Int?
    private let years: Int
    /// What a delay of so many months moves, for a delay not tabulated; empty when tabulated.
    private let moves: [Move]

    /// Appends its table to `rows` when it fits `budget`.
    init(delay: DelayUncertainty, input: Int, scenario: Scenario, sites: [[Site]], sitesDelayedAlone: Set<String>,
         budget: inout Int, rows: inout [Double]) {
        self.input = input
        let horizonYears = scenario.horizonYears
        years = horizonYears.count
        var moves: [Move] = []
        var dates: [Day] = []
        switch delay.target {
        case .contract(let id):
            if let index = scenario.contracts.firstIndex(where: { WhatIf.sameName(id, $0.id) }) {
                let contract = scenario.contracts[index]
                let served = sites[index].filter { !sitesDelayedAlone.contains($0.id.lowercased()) }
                if let start = contract.start?.value {
                    dates.append(start)
                    moves.append { months in
                        var delayed = contract
                        delayed.start?.value = start.adding(months: months)
                        let moved = horizonYears.map { year in
                            DelayCost.cashDue(delayed, in: year, scenario: scenario) - DelayCost.cashDue(contract, in: year, scenario: scenario)
                        }
                        return (moved, Array(repeating: 0, count: horizonYears.count))
                    }
                    if sites[index].isEmpty, let capacity = contract.capacityGW?.value {
                        moves.append { months in Self.arrival(of: capacity, at: start, delayedBy: months, years: horizonYears) }
                    }
                }
                for site in served {
                    dates.append(site.online.value)
                    moves.append { months in Self.arrival(of: site.capacityGW.value, at: site.online.value, delayedBy: months, years: horizonYears) }
                }
            }
        case .site(let id):
            let contractIDs = Set(scenario.contracts.map(\.id))
            if let site = scenario.sites.first(where: { WhatIf.sameName(id, $0.id) }),
               site.isOwned || site.contract.map(contractIDs.contains) == true {
                dates.append(site.online.value)
                moves.append { months in Self.arrival(of: site.capacityGW.value, at: site.online.value, delayedBy: months, years: horizonYears) }
            }
        }
        // The delay that takes the earliest date past the horizon's last month.
        let pastHorizon = (scenario.horizon.end + 1) * 12
        maxMonths = dates.map { pastHorizon - ($0.year * 12 + $0.month - 1) }.max().map { min(ReadingLimits.delayMonths, max(0, $0)) } ?? 0
        let cells = (maxMonths + 1) * years
        guard cells <= budget else {
            (firstRow, self.moves) = (nil, moves)
            return
        }
        budget -= cells
        self.moves = []
        let first = rows.count
        firstRow = first
        let width = 2 * years
        rows.append(contentsOf: repeatElement(0, count: (maxMonths + 1) * width))
        for months in stride(from: 1, through: maxMonths, by: 1) {
            for move in moves {
                let moved = move(months)
                for year in 0..<years {
                    rows[first + months * width + year] += moved.payments[year]
                    rows[first + months * width + years + year] += moved.gigawattYears[year]
                }
            }
        }
    }

    /// The whole months a drawn delay stands for: rounded (half a month up), below 0 as 0,
    /// beyond the table as its last row. Selected and rounded without a branch: half the draws
    /// round up and half down, and a branch that guesses wrong so often cost more than a path's
    /// whole table read. `bounded − whole` is exact (Sterbenz), so this is `Int(drawn.rounded())`.
    @inline(__always)
    func months(_ drawn: Double) -> Int {
        let bounded = drawn >= 0.5 ? min(drawn, Double(maxMonths)) : 0
        let whole = Int(bounded)
        return whole + (bounded - Double(whole) >= 0.5 ? 1 : 0)
    }

    /// Where the row for `months` starts in the run's rows; for a tabulated delay only.
    @inline(__always)
    func rowStart(months: Int) -> Int {
        (firstRow ?? 0) &+ months &* (2 &* years)
    }

    /// Adds the row for `months` to each year's payments and gigawatt-years (`moved` holds the
    /// payments of each horizon year, then the gigawatt-years), read from the run's `rows` when
    /// tabulated. Row 0 is zeros, read rather than branched around: about one delay in four draws 0.
    @inline(__always)
    func add(months: Int, rows: UnsafeBufferPointer<Double>, into moved: UnsafeMutablePointer<Double>) {
        guard let firstRow else {
            guard months > 0 else { return }
            for move in moves {
                let (payments, gigawattYears) = move(months)
                for year in 0..<years {
                    moved[year] += payments[year]
                    moved[years + year] += gigawattYears[year]
                }
            }
            return
        }
        guard let rows = rows.baseAddress else { return }
        let width = 2 &* years
        let row = rows + (firstRow &+ months &* width)
        for index in 0..<width { moved[index] += row[index] }
    }

    /// Capacity that comes online at `date` moved by `months`: the gigawatt-years it moves into each year.
    private static func arrival(of gigawatts: Double, at date: Day, delayedBy months: Int, years: [Int])
        -> (payments: [Double], gigawattYears: [Double]) {
        let planned = date.fractionalYear, delayed = date.adding(months: months).fractionalYear
        return (Array(repeating: 0, count: years.count), years.map { year in
            gigawatts * CapacityTimeline.onlineShare(of: year, from: delayed) - gigawatts * CapacityTimeline.onlineShare(of: year, from: planned)
        })
    }
}
