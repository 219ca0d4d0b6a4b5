import Testing
@testable import BurnrateModel

/// The counter-based uniform draws: uniform, independent between neighbouring paths and draws,
/// strictly inside (0, 1), and a function of (seed, path, draw) alone.
@Suite struct PathRandomTests {
    let n = Statistics.drawCount
    let seed = Statistics.seed

    @Test func drawsAreUniform() {
        let draws = (0..<n).map { PathRandom(seed: seed, path: 7).uniform($0) }
        let statistic = Statistics.ksStatistic(draws) { $0 }
        #expect(statistic < Statistics.ksCritical(n), "D = \(statistic)")
    }

    @Test func neighbouringPathsAreUncorrelated() {
        let paths = (0...n).map { PathRandom(seed: seed, path: $0).uniform(0) }
        let r = Statistics.pearson(Array(paths.dropLast()), Array(paths.dropFirst()))
        #expect(abs(r) < 0.01, "r = \(r)")
    }

    @Test func neighbouringDrawsAreUncorrelated() {
        // along one path, and across paths at the same two draw numbers
        let draws = (0...n).map { PathRandom(seed: seed, path: 3).uniform($0) }
        let alongAPath = Statistics.pearson(Array(draws.dropLast()), Array(draws.dropFirst()))
        #expect(abs(alongAPath) < 0.01, "r = \(alongAPath)")
        let first = (0..<n).map { PathRandom(seed: seed, path: $0).uniform(4) }
        let second = (0..<n).map { PathRandom(seed: seed, path: $0).uniform(5) }
        let acrossPaths = Statistics.pearson(first, second)
        #expect(abs(acrossPaths) < 0.01, "r = \(acrossPaths)")
    }

    @Test func drawsAreStrictlyInsideTheUnitInterval() {
        let draws = (0..<n).map { PathRandom(seed: seed, path: $0).uniform($0 % 17) }
        #expect(draws.allSatisfy { $0 > 0 && $0 < 1 })
        // the extreme hashes land on the centres of the end cells, exactly
        #expect(PathRandom.unitInterval(0) == 0x1p-53)
        #expect(PathRandom.unitInterval(.max) == 1 - 0x1p-53)
        #expect(PathRandom.unitInterval(.max) < 1)
    }

    @Test func aDrawDependsOnlyOnSeedPathAndDrawNumber() {
        let once = (0..<1000).map { PathRandom(seed: seed, path: $0 * 31).uniform($0 % 5) }
        let again = (0..<1000).reversed().map { PathRandom(seed: seed, path: $0 * 31).uniform($0 % 5) }.reversed()
        #expect(once == Array(again))
        let otherSeed = (0..<1000).map { PathRandom(seed: seed + 1, path: $0 * 31).uniform($0 % 5) }
        #expect(zip(once, otherSeed).allSatisfy { $0 != $1 })
    }
}
