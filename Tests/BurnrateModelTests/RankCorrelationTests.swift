import Testing
import BurnrateModel

/// A requested rank correlation comes back from the Gaussian copula within ±0.01 at 100,000
/// paths, in the levels and in the draws of any sampler; impossible matrices are refused.
@Suite struct RankCorrelationTests {
    /// Draws 0..<size of each of `count` paths, correlated by `copula`: one array per input.
    static func correlatedLevels(_ copula: GaussianCopula, count: Int = Statistics.drawCount) -> [[Double]] {
        var columns = [[Double]](repeating: [], count: copula.size)
        var levels = [Double](repeating: 0, count: copula.size)
        var scratch = levels
        for path in 0..<count {
            let random = PathRandom(seed: Statistics.seed, path: path)
            for input in 0..<copula.size { levels[input] = random.uniform(input) }
            levels.withUnsafeMutableBufferPointer { levels in
                scratch.withUnsafeMutableBufferPointer { copula.correlate(levels, scratch: $0) }
            }
            for input in 0..<copula.size { columns[input].append(levels[input]) }
        }
        return columns
    }

    static func matrix(_ size: Int, _ pairs: [(Int, Int, Double)]) -> RankCorrelationMatrix {
        var matrix = RankCorrelationMatrix(size: size)
        for (row, column, rank) in pairs { matrix[row, column] = rank }
        return matrix
    }

    static let samplerPairs: [(Distribution, Distribution)] = [
        (.normal(mean: 3, sd: 2), .lognormal(median: 1.5, sigma: 0.5)),
        (.pert(low: 0, mode: 3, high: 24), .triangular(low: 1, mode: 2, high: 10)),
    ]

    @Test(arguments: [-0.7, 0.3, 0.9])
    func aPairGetsTheRankCorrelationAskedFor(_ rank: Double) throws {
        let copula = try #require(Self.matrix(2, [(0, 1, rank)]).copula())
        let levels = Self.correlatedLevels(copula)
        let inLevels = Statistics.spearman(levels[0], levels[1])
        #expect(abs(inLevels - rank) < 0.01, "levels: \(inLevels)")
        for (first, second) in Self.samplerPairs {
            let (a, b) = (Sampler(first), Sampler(second))
            let inDraws = Statistics.spearman(levels[0].map(a.value), levels[1].map(b.value))
            #expect(abs(inDraws - rank) < 0.01, "\(first.name)–\(second.name): \(inDraws)")
        }
    }

    @Test func threeInputsGetTheirThreeCorrelations() throws {
        let pairs = [(0, 1, 0.5), (0, 2, -0.3), (1, 2, 0.2)]
        let copula = try #require(Self.matrix(3, pairs).copula())
        let samplers = [Sampler(.normal(mean: 3, sd: 2)), Sampler(.pert(low: 0, mode: 3, high: 24)),
                        Sampler(.triangular(low: 1, mode: 2, high: 10))]
        let draws = Self.correlatedLevels(copula).enumerated().map { input, levels in levels.map(samplers[input].value) }
        for (row, column, rank) in pairs {
            let measured = Statistics.spearman(draws[row], draws[column])
            #expect(abs(measured - rank) < 0.01, "\(row)–\(column): \(measured)")
        }
    }

    @Test func aMatrixNoInputsCanHaveIsRefused() {
        // a and b move together, b and c too, yet a and c oppositely
        #expect(Self.matrix(3, [(0, 1, 0.9), (1, 2, 0.9), (0, 2, -0.9)]).copula() == nil)
    }

    @Test(arguments: [1.0, -1.0])
    func perfectCorrelationIsAccepted(_ rank: Double) throws {
        let copula = try #require(Self.matrix(2, [(0, 1, rank)]).copula())
        let levels = Self.correlatedLevels(copula, count: 10_000)
        #expect(abs(Statistics.spearman(levels[0], levels[1]) - rank) < 1e-6)
    }

    /// On the normal scale c = (a + b) / √2 with a and b independent: the matrix is singular
    /// (no room left for c's own noise) but possible.
    @Test func aSingularButPossibleMatrixIsAccepted() throws {
        let rank = asinRank(1 / 2.0.squareRoot())
        let pairs = [(0, 1, 0.0), (0, 2, rank), (1, 2, rank)]
        let copula = try #require(Self.matrix(3, pairs).copula())
        let levels = Self.correlatedLevels(copula)
        for (row, column, rank) in pairs {
            let measured = Statistics.spearman(levels[row], levels[column])
            #expect(abs(measured - rank) < 0.01, "\(row)–\(column): \(measured)")
        }
    }

    /// The rank correlation whose normal-scale correlation is `rho`, (6/π) asin(ρ/2), found by
    /// bisection on `normalScale` itself: the matrix is singular on the scale the copula factors.
    private func asinRank(_ rho: Double) -> Double {
        var (low, high) = (0.0, 1.0)
        for _ in 0..<100 {
            let middle = (low + high) / 2
            if RankCorrelationMatrix.normalScale(middle) < rho { low = middle } else { high = middle }
        }
        return low
    }
}
