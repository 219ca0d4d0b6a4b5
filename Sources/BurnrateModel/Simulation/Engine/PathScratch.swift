/// The memory one thread runs paths in, allocated once and reused path after path: the
/// inputs' levels and values, the copula's working space, the year-end cash, the delays' moves
/// and where each delay's row starts.
struct PathScratch {
    let levels: UnsafeMutablePointer<Double>
    let correlating: UnsafeMutablePointer<Double>
    let values: UnsafeMutablePointer<Double>
    let cash: UnsafeMutablePointer<Double>
    let moved: UnsafeMutablePointer<Double>
    let rowStarts: UnsafeMutablePointer<Int>
    private let inputs: Int

    init(model: PathModel) {
        inputs = max(1, model.inputs.count)
        let years = max(1, model.horizonYears.count)
        levels = .allocate(capacity: inputs)
        correlating = .allocate(capacity: 2 * inputs)
        values = .allocate(capacity: inputs)
        cash = .allocate(capacity: years)
        moved = .allocate(capacity: 2 * years)
        rowStarts = .allocate(capacity: max(1, model.delays.count))
    }

    func deallocate() {
        for pointer in [levels, correlating, values, cash, moved] { pointer.deallocate() }
        rowStarts.deallocate()
    }
}

extension PathModel {
    /// Runs paths `paths` of the run seeded `seed`, counting each into `tally`.
    func run(paths: Range<Int>, seed: UInt64, into tally: inout PathTally, scratch: PathScratch) {
        for path in paths {
            draw(path: path, seed: seed, scratch: scratch)
            let opening = yearEndCash(scratch)
            tally.add(cash: scratch.cash, opening: opening, levels: scratch.levels, model: self)
        }
    }

    /// Path `path`'s inputs into `scratch`: input i's level is `PathRandom(seed:path:).uniform(i)`,
    /// correlated through the copula, and its value the input's quantile at that level.
    @inline(__always)
    func draw(path: Int, seed: UInt64, scratch: PathScratch) {
        let count = inputs.count
        let random = PathRandom(seed: seed, path: path)
        for input in 0..<count { scratch.levels[input] = random.uniform(input) }
        correlated?.correlate(scratch.levels, scratch: scratch.correlating)
        samplers.withUnsafeBufferPointer { samplers in
            for input in 0..<count { scratch.values[input] = samplers[input].value(at: scratch.levels[input]) }
        }
    }

    /// The levels and values path `path` draws, in `inputs` order: for tests and explain.
    func draws(path: Int, seed: UInt64) -> (levels: [Double], values: [Double]) {
        let scratch = PathScratch(model: self)
        defer { scratch.deallocate() }
        draw(path: path, seed: seed, scratch: scratch)
        let count = inputs.count
        return (Array(UnsafeBufferPointer(start: scratch.levels, count: count)),
                Array(UnsafeBufferPointer(start: scratch.values, count: count)))
    }
}
