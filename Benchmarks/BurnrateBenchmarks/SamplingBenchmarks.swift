import Benchmark
import BurnrateModel

/// The simulation's inner loop, piece by piece: each case makes 1,000 draws (or correlates
/// 1,000 paths), so its median in ns divided by 1,000 is the cost of one. A sampler's draws are
/// stored, not summed: a running sum kept across the call would time its own spill and reload.
enum SamplingBenchmarks {
    static let batch = 1_000

    static let shapes: [Distribution] = [
        .fixed(1),
        .uniform(low: 0, high: 1),
        .triangular(low: 1, mode: 2, high: 10),
        .normal(mean: 3, sd: 2),
        .lognormal(median: 1.5, sigma: 0.5),
        .pert(low: 0, mode: 3, high: 24),
        .bernoulli(0.3),
        .empirical([3, 1, 2, 2, 5, 2, 8]),
    ]

    static func register() {
        let levels = (0..<batch).map { PathRandom(seed: 1, path: $0).uniform(0) }
        // lives as long as the process, as the benchmarks do
        let draws = UnsafeMutableBufferPointer<Double>.allocate(capacity: batch)

        // inlined, so its sum stays in a register
        benchmark("PathRandom.uniform × 1,000") {
            let random = PathRandom(seed: 1, path: 42)
            var sum = 0.0
            for draw in 0..<batch { sum += random.uniform(draw) }
            precondition(sum > 0)
        }

        for shape in shapes {
            let sampler = Sampler(shape)
            benchmark("Sampler \(shape.name) × 1,000") {
                for (index, level) in levels.enumerated() { draws[index] = sampler.value(at: level) }
                precondition(draws[batch - 1].isFinite)
            }
        }

        benchmark("Sampler(pert) built (its 4,097-point table)") {
            precondition(Sampler(.pert(low: 0, mode: 3, high: 24)).value(at: 0.5) > 0)
        }

        let inputs = 10
        var correlations = RankCorrelationMatrix(size: inputs)
        for row in 0..<inputs {
            for column in 0..<row { correlations[row, column] = row - column == 1 ? 0.5 : 0.1 }
        }
        let copula = correlations.copula()!
        let independent = (0..<batch * inputs).map { PathRandom(seed: 1, path: $0 / inputs).uniform($0 % inputs) }
        benchmark("GaussianCopula.correlate, 10 inputs × 1,000 paths") {
            var levels = [Double](repeating: 0, count: inputs), scratch = levels
            for path in 0..<batch {
                for input in 0..<inputs { levels[input] = independent[path * inputs + input] }
                levels.withUnsafeMutableBufferPointer { levels in
                    scratch.withUnsafeMutableBufferPointer { copula.correlate(levels, scratch: $0) }
                }
                draws[path] = levels[inputs - 1]
            }
            precondition(draws[batch - 1] > 0)
        }
    }
}
