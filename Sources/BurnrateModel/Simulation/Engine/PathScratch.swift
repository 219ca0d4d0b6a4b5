/// The memory one thread runs paths in, allocated once and reused path after path: the
/// inputs' levels and values, the copula's normals, the year-end cash and the delays' moves.
struct PathScratch {
    let levels: UnsafeMutablePointer<Double>
    let normals: UnsafeMutablePointer<Double>
    let values: UnsafeMutablePointer<Double>
    let cash: UnsafeMutablePointer<Double>
    let moved: UnsafeMutablePointer<Double>
    private let inputs: Int

    init(model: PathModel) {
        inputs = max(1, model.inputs.count)
        let years = max(1, model.horizonYears.count)
        levels = .allocate(capacity: inputs)
        normals = .allocate(capacity: inputs)
        values = .allocate(capacity: inputs)
        cash = .allocate(capacity: years)
        moved = .allocate(capacity: 2 * years)
    }

    func deallocate() {
        for pointer in [levels, normals, values, cash, moved] { pointer.deallocate() }
    }
}

extension PathModel {
    /// Runs paths `paths` of the run seeded `seed`, counting each into `tally`. Path p draws
    /// input i at `PathRandom(seed:path: p).uniform(i)`, correlated through the copula.
    func run(paths: Range<Int>, seed: UInt64, into tally: inout PathTally, scratch: PathScratch) {
        let count = inputs.count
        let levels = UnsafeMutableBufferPointer(start: scratch.levels, count: count)
        let normals = UnsafeMutableBufferPointer(start: scratch.normals, count: count)
        samplers.withUnsafeBufferPointer { samplers in
            for path in paths {
                let random = PathRandom(seed: seed, path: path)
                for input in 0..<count { levels[input] = random.uniform(input) }
                copula?.correlate(levels, scratch: normals)
                for input in 0..<count { scratch.values[input] = samplers[input].value(at: levels[input]) }
                let opening = yearEndCash(scratch.values, cash: scratch.cash, moved: scratch.moved)
                tally.add(cash: scratch.cash, opening: opening, levels: scratch.levels, model: self)
            }
        }
    }
}
