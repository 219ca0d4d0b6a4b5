/// What a set of paths came to, as integer counts and sketch buckets only: adding two tallies
/// gives the same tally whichever order the paths ran in, so a run's result depends on its seed
/// and inputs alone, never on its threads or chunks. Its size does not grow with the paths.
struct PathTally: Sendable {
    private(set) var paths = 0
    /// By horizon year: paths whose cash was below zero at that year's end or an earlier one.
    private(set) var shortfalls: [Int]
    private(set) var cash: [ClampedSketch]
    private(set) var runway: ClampedSketch
    private(set) var fundingGap: ClampedSketch
    /// By input, tenth of its levels (0: the lowest, 1: the eight between, 2: the highest) and
    /// the horizon year cash first fell below zero in (the last slot: never), the paths that drew
    /// it there: `shortfalls(ofInput:high:byYear:)` adds them up to "short by that year". The
    /// middle tenths are counted too, so that a path adds one to each input without a branch.
    private var tenths: [Int]
    private let years: Int

    /// The resolution of money sketches: 1 in the scenario's currency, or coarser for figures
    /// so large that 2^48 of it would not hold them.
    let moneyResolution: Double
    static let yearsResolution = 0x1p-20

    /// The most a tally of `years` horizon years can hold: its sketches' buckets, were every
    /// exponent reached.
    static func bytes(years: Int) -> Int {
        (years + 2) * 2 * QuantileSketch.bucketsPerSign * MemoryLayout<UInt32>.size
    }

    init(years: Int, inputs: Int, moneyResolution: Double) {
        self.moneyResolution = moneyResolution
        shortfalls = Array(repeating: 0, count: years)
        let money = ClampedSketch(zeroWidth: moneyResolution)
        cash = Array(repeating: money, count: years)
        runway = ClampedSketch(zeroWidth: Self.yearsResolution)
        fundingGap = money
        self.years = years
        tenths = Array(repeating: 0, count: inputs * 3 * (years + 1))
    }

    /// Paths that drew `input` in its lowest tenth of levels (or highest, `high`).
    func paths(ofInput input: Int, high: Bool) -> Int {
        shortfalls(ofInput: input, high: high, byYear: years)
    }

    /// Among the paths that drew `input` in its lowest tenth (or highest, `high`), how many were
    /// short of cash by the end of the horizon year at `year` (all of them at `years`).
    func shortfalls(ofInput input: Int, high: Bool, byYear year: Int) -> Int {
        let first = (input * 3 + (high ? 2 : 0)) * (years + 1)
        return tenths[first...(first + year)].reduce(0, +)
    }

    /// Counts one path: its year-end cash, the cash the horizon starts from, the levels its
    /// inputs were drawn at, and the runway's cap (years from the as-of date to the horizon's end).
    @inline(__always)
    mutating func add(cash yearEnd: UnsafeMutablePointer<Double>, opening: Double, levels: UnsafeMutablePointer<Double>,
                      model: PathModel) {
        paths += 1
        var lowest = Double.infinity
        // The year cash first falls below zero in (`years`: never), found without a branch a
        // year: which year it is differs path by path.
        var firstShort = years
        for index in 0..<years {
            let cashAtEnd = yearEnd[index]
            lowest = min(lowest, cashAtEnd)
            firstShort = min(firstShort, cashAtEnd < 0 ? index : years)
        }
        shortfalls.withUnsafeMutableBufferPointer { shortfalls in
            cash.withUnsafeMutableBufferPointer { cash in
                for index in 0..<years {
                    cash[index].add(yearEnd[index])
                    shortfalls[index] += index >= firstShort ? 1 : 0
                }
            }
        }
        let lastYear = model.horizonYears[years - 1]
        let runsOut = firstShort == years ? nil
            : Self.runsOut(in: model.horizonYears[firstShort], from: firstShort == 0 ? opening : yearEnd[firstShort - 1],
                           to: yearEnd[firstShort], asOf: model.asOf)
        fundingGap.add(max(0, -lowest))
        let cap = Double(lastYear + 1) - model.asOf
        // As the runway indicator: a path that runs out after the horizon's last year lasts to its end.
        runway.add(runsOut.map { $0 < Double(lastYear + 1) ? max(0, $0 - model.asOf) : cap } ?? cap)
        let stride = years + 1
        let inputs = model.inputs.count
        tenths.withUnsafeMutableBufferPointer { tenths in
            for input in 0..<inputs {
                let level = levels[input]
                let tenth = (level >= 0.1 ? 1 : 0) + (level >= 0.9 ? 1 : 0)
                tenths[(input * 3 + tenth) * stride + firstShort] += 1
            }
        }
    }

    /// `Projection.runsOut`'s moment within the year cash falls below zero: interpolated from the
    /// year's start (the as-of date in the as-of year) to its end.
    @inline(__always)
    static func runsOut(in year: Int, from cashAtStart: Double, to cashAtEnd: Double, asOf: Double) -> Double {
        let start = max(Double(year), min(asOf, Double(year + 1)))
        let partOfYear = cashAtStart <= 0 ? 0 : cashAtStart / (cashAtStart - cashAtEnd)
        return start + partOfYear * (Double(year + 1) - start)
    }

    mutating func merge(_ other: PathTally) {
        paths += other.paths
        for index in shortfalls.indices {
            shortfalls[index] += other.shortfalls[index]
            cash[index].merge(other.cash[index])
        }
        runway.merge(other.runway)
        fundingGap.merge(other.fundingGap)
        for index in tenths.indices { tenths[index] += other.tenths[index] }
    }
}
