/// A scenario worked out once for the simulation, so that a path (one draw of every uncertain
/// input) costs a few hundred nanoseconds: year-end cash as `Projection` computes it, from cash
/// on hand at its date through the partial as-of year (`Projection.burn(_:in:after:asOf:financials:)`)
/// to the horizon's end, under the rules of `Uncertainty`. Debt and leases move every path's
/// cash alike (`DebtService`): worked out once, into `otherInflows` and `runningStart`, they
/// cost a path nothing.
struct PathModel: Sendable {
    /// One calendar year whose burn moves the cash: from cash on hand's year to the horizon's end.
    struct BurningYear: Sendable {
        let year: Int
        /// The year's burn as planned: its figure less what a what-if's delays added to it.
        let plannedBurn: Double
        /// What a what-if's delays added (`Financials.delayBurn(in:)`).
        let delayBurn: Double
        /// Months of the year after cash on hand's date.
        let months: Double
        /// Whether the year ends after the as-of date: its delay costs then count whole.
        let endsAfterAsOf: Bool
        /// The year's revenue, which a revenue growth gap shrinks and a delay's lost revenue is capped at.
        let revenue: Double
        /// Years after the revenue base year (0 for it and the years before).
        let growthYears: Int
        /// Its place among the horizon's years; nil for a year before the horizon.
        let horizonIndex: Int?
    }

    let inputs: [SimulatedInput]
    let samplers: [Sampler]
    /// Nil when no two inputs are correlated.
    let correlated: CorrelatedInputs?
    let horizonYears: [Int]
    let burning: [BurningYear]
    /// The part of the burn between cash on hand's date and the as-of date (`CashRollForward`),
    /// for the cash the runway starts from when the as-of year is in the horizon.
    let rollForward: [(burning: BurningYear, months: Double)]
    let rollsForwardIntoHorizon: Bool
    let cashOnHand: Double
    /// Where a path's cash starts from: cash on hand, plus what debt and leases move in the years
    /// between cash on hand's date and a horizon that starts after the as-of year.
    let runningStart: Double
    /// What the cash at the as-of date holds besides cash on hand less its roll-forward's burn:
    /// round money dated by then and debt and leases' flows since cash on hand's date
    /// (`Projection.startingCash`). The same on every path: money already received is not drawn.
    let asOfAdditions: Double
    let asOf: Double
    let revenuePerGW: Double
    /// Round money of every payment no commitment input names, and what debt and leases move
    /// (debt drawn less interest, principal and lease payments), by horizon year.
    let otherInflows: [Double]
    let commitments: [CommitmentArrivals]
    /// The commitments' arrivals, end to end (`CommitmentArrivals.arrivals`).
    let arrivals: [CommitmentArrivals.Arrival]
    let delays: [DelayTable]
    /// The delays' tables, end to end (`DelayTable.firstRow`).
    let delayRows: [Double]
    /// Whether every delay's table fitted the budget (as they do but for enormous files).
    let everyDelayTabulated: Bool
    let revenueGrowthGap: Int?
    let burnScale: Int?
    /// The projection's year-end cash with no draw; nil without burn figures.
    let deterministicCash: [Double?]

    /// `delayCells`: how many cells the delays' tables may hold together (`DelayTable.cellBudget`).
    init(scenario: Scenario, delayCells: Int = DelayTable.cellBudget) {
        let uncertainty = scenario.uncertainty
        let inputs = uncertainty.inputs
        self.inputs = Self.describe(inputs, in: scenario)
        samplers = SamplerCache.samplers(for: self.inputs.map(\.distribution.value))
        correlated = CorrelatedInputs(uncertainty.correlationMatrix(in: scenario))
        horizonYears = scenario.horizonYears
        let projection = Projection(scenario: scenario)
        deterministicCash = projection.years.map(\.cash)
        let roll = projection.cashRollForward
        cashOnHand = roll.figure.value
        asOf = scenario.asOf.fractionalYear
        revenuePerGW = scenario.financials.revenuePerGW?.value ?? 0
        rollsForwardIntoHorizon = scenario.asOf.year >= scenario.horizon.start

        let financials = scenario.financials
        let baseYear = WhatIf.revenueBaseIndex(in: scenario).map { financials.years[$0].year }
        let start = roll.startMonths
        let horizonStart = scenario.horizon.start
        func burningYear(_ year: Int) -> BurningYear? {
            guard let standing = scenario.financialYear(standingFor: year) else { return nil }
            let delayBurn = financials.delayBurn(in: year)
            return BurningYear(
                year: year, plannedBurn: standing.burn.value - delayBurn, delayBurn: delayBurn,
                months: min(12, max(0, Double(year * 12 + 12) - max(start, Double(year * 12)))),
                endsAfterAsOf: Double(year + 1) > scenario.asOf.fractionalYear, revenue: standing.revenue.value,
                growthYears: baseYear.map { max(0, year - $0) } ?? 0,
                horizonIndex: year >= horizonStart ? year - horizonStart : nil)
        }
        let firstYear = min(Int((start / 12).rounded(.down)), horizonStart)
        burning = (firstYear...max(firstYear, scenario.horizon.end)).compactMap(burningYear)
            .filter { $0.year <= scenario.horizon.end }
        rollForward = roll.steps.compactMap { step in burningYear(step.year).map { ($0, step.months) } }

        let arrivals = CommitmentArrivals.split(scenario, inputs: inputs)
        commitments = arrivals.commitments
        self.arrivals = arrivals.arrivals
        let service = DebtService(scenario: scenario, countingFrom: start)
        var others = arrivals.others
        var beforeHorizon = 0.0
        if !service.isEmpty {
            for index in others.indices { others[index] += service.flows(in: horizonYears[index]).net }
            for year in burning where year.horizonIndex == nil { beforeHorizon += service.flows(in: year.year).net }
        }
        otherInflows = others
        runningStart = cashOnHand + beforeHorizon
        asOfAdditions = projection.startingCash - roll.cash
        let position = Dictionary(inputs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        revenueGrowthGap = position[.revenueGrowthGap]
        burnScale = position[.burnScale]
        let sites = ContractReferences(scenario: scenario).sites
        let delayedAlone = Set(uncertainty.delays.compactMap { delay -> String? in
            if case .site(let id) = delay.target { return id.lowercased() }
            return nil
        })
        var budget = delayCells
        var rows: [Double] = []
        delays = uncertainty.delays.map { delay in
            DelayTable(delay: delay, input: position[delay.input] ?? 0, scenario: scenario, sites: sites,
                       sitesDelayedAlone: delayedAlone, budget: &budget, rows: &rows)
        }
        delayRows = rows
        everyDelayTabulated = delays.allSatisfy { $0.firstRow != nil }
    }

    /// The resolution of the money sketches: 1 in the scenario's currency, or the power of two
    /// that keeps 256 times the scenario's largest sums within a sketch's 2^48 steps.
    var moneyResolution: Double {
        let scale = abs(cashOnHand) + burning.reduce(0) { $0 + abs($1.plannedBurn) + abs($1.delayBurn) + abs($1.revenue) }
            + otherInflows.reduce(0) { $0 + abs($1) }
            + commitments.reduce(0) { $0 + arrivals[$1.arrivals].reduce(0) { $0 + abs($1.amount) } }
        guard scale.isFinite, scale > 0 else { return 1 }
        return max(1, Double(sign: .plus, exponent: scale.exponent + 8 - 48, significand: 1))
    }

    func emptyTally() -> PathTally {
        PathTally(years: horizonYears.count, inputs: inputs.count, moneyResolution: moneyResolution)
    }

    /// Whether the scenario has the burn figures a cash projection needs.
    var hasCash: Bool { !deterministicCash.isEmpty && deterministicCash.allSatisfy { $0 != nil } }

    /// Every input as the run draws it, labelled for people.
    private static func describe(_ inputs: [UncertainInput], in scenario: Scenario) -> [SimulatedInput] {
        let uncertainty = scenario.uncertainty
        var described: [SimulatedInput] = []
        for commitment in uncertainty.commitments {
            let whose = InputLabel.commitment(commitment, in: scenario)
            described.append(SimulatedInput(input: commitment.probabilityInput, label: "\(whose) realised",
                                            distribution: commitment.probability.map { .bernoulli($0) }))
            described.append(SimulatedInput(input: commitment.realisedInput, label: "Share of \(whose) realised",
                                            distribution: commitment.realised))
        }
        if let gap = uncertainty.revenueGrowthGap {
            described.append(SimulatedInput(input: .revenueGrowthGap, label: "Revenue growth gap", distribution: gap))
        }
        if let scale = uncertainty.burnScale {
            described.append(SimulatedInput(input: .burnScale, label: "Burn scale", distribution: scale))
        }
        for delay in uncertainty.delays {
            described.append(SimulatedInput(input: delay.input, label: InputLabel.delay(delay, in: scenario),
                                            distribution: delay.months))
        }
        assert(described.map(\.input) == inputs)
        return described
    }
}

extension PathModel {
    /// Year-end cash of the path whose inputs came out as `values` (in `inputs` order), one per
    /// horizon year into `cash`; returns the cash the first horizon year starts from (the
    /// projection's `openingCash`).
    @inline(__always)
    func yearEndCash(_ scratch: PathScratch) -> Double {
        let (values, cash, moved) = (scratch.values, scratch.cash, scratch.moved)
        let count = horizonYears.count
        let scale = burnScale.map { values[$0] } ?? 1
        let growth = revenueGrowthGap.map { 1 + values[$0] } ?? 1
        // Round money first, into `cash`, which each year then turns into its year-end cash.
        otherInflows.withUnsafeBufferPointer { others in
            for index in 0..<count { cash[index] = others[index] }
        }
        commitments.withUnsafeBufferPointer { commitments in
            arrivals.withUnsafeBufferPointer { arrivals in
                // Added or not without a branch: a commitment is realised at random.
                for commitment in commitments {
                    let realised = values[commitment.probabilityInput] >= 0.5
                    let fraction = min(1, max(0, values[commitment.realisedInput]))
                    for arrival in arrivals[commitment.arrivals] {
                        let year = cash[arrival.year]
                        cash[arrival.year] = realised ? year + fraction * arrival.amount : year
                    }
                }
            }
        }
        let payments = moved, gigawattYears = moved + count
        delays.withUnsafeBufferPointer { delays in
            delayRows.withUnsafeBufferPointer { rows in
                guard everyDelayTabulated, let rows = rows.baseAddress else {
                    moved.update(repeating: 0, count: 2 * count)
                    for delay in delays {
                        delay.add(months: delay.months(values[delay.input]), rows: rows, into: moved)
                    }
                    return
                }
                // Each pair of values summed in registers over the delays' rows, in the delays'
                // order as `DelayTable.add` would: added into memory a delay at a time, each sum
                // waited on the one before through a store and a load.
                let starts = scratch.rowStarts
                for index in delays.indices { starts[index] = delays[index].rowStart(months: delays[index].months(values[delays[index].input])) }
                let from = UnsafeRawPointer(rows), to = UnsafeMutableRawPointer(moved)
                for pair in 0..<count {
                    var sum = SIMD2<Double>(repeating: 0)
                    for index in delays.indices {
                        sum += from.loadUnaligned(fromByteOffset: (starts[index] &+ 2 &* pair) &* 8, as: SIMD2<Double>.self)
                    }
                    to.storeBytes(of: sum, toByteOffset: 16 &* pair, as: SIMD2<Double>.self)
                }
            }
        }

        var running = runningStart
        var opening = running
        var earning = 1.0, grown = 0
        for year in burning {
            // (1 + gap) to the power of the years after the base year, a product at a time
            while grown < year.growthYears {
                earning *= growth
                grown += 1
            }
            let burn = Self.burn(year, scale: scale, earning: earning)
            var delayBurn = year.delayBurn
            if let index = year.horizonIndex {
                // Worked out whether or not the delays moved anything into the year, then kept or
                // not: which years they move differs path by path, too often for a branch to guess
                // (nor does `||`, which branches).
                let moves = (payments[index] != 0 ? 1 : 0) | (gigawattYears[index] != 0 ? 1 : 0) != 0
                let moved = delayBurn + (payments[index] - max(-year.revenue * earning, gigawattYears[index] * revenuePerGW))
                delayBurn = moves ? moved : delayBurn
            }
            // As `Projection.burn`: delay costs count whole in a year that ends after the as-of date.
            let total = year.endsAfterAsOf ? burn * year.months / 12 + delayBurn : (burn + delayBurn) * year.months / 12
            guard let index = year.horizonIndex else {
                running -= total
                continue
            }
            if index == 0 { opening = running }
            running = running + cash[index] - total
            cash[index] = running
        }
        guard rollsForwardIntoHorizon else { return opening }
        var rolled = cashOnHand
        earning = 1
        grown = 0
        for (year, months) in rollForward {
            while grown < year.growthYears {
                earning *= growth
                grown += 1
            }
            rolled -= Self.burn(year, scale: scale, earning: earning) * months / 12
        }
        return rolled + asOfAdditions
    }

    /// A year's burn scaled (a year that generates cash generates `2 − scale` times as much, as
    /// the `burn.scale` what-if has it), plus the revenue a growth gap did not earn.
    @inline(__always)
    private static func burn(_ year: BurningYear, scale: Double, earning: Double) -> Double {
        let planned = year.plannedBurn
        let scaled = scale == 1 ? planned : planned * (planned < 0 ? 2 - scale : scale)
        return earning == 1 ? scaled : scaled + year.revenue * (1 - earning)
    }

    /// `yearEndCash` for values given as an array: one path, for tests and explain.
    func yearEndCash(values: [Double]) -> [Double] {
        let scratch = PathScratch(model: self)
        defer { scratch.deallocate() }
        scratch.values.update(repeating: 0, count: inputs.count)
        for (index, value) in values.prefix(inputs.count).enumerated() { scratch.values[index] = value }
        _ = yearEndCash(scratch)
        return Array(UnsafeBufferPointer(start: scratch.cash, count: horizonYears.count))
    }
}
