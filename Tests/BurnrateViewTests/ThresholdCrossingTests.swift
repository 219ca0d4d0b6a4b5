import BurnrateModel
import Testing
@testable import BurnrateView

/// Crossings worked out by hand from two sets of indicators, and the time stamp of an alert.
@Suite struct ThresholdCrossingTests {
    /// Round coverage: watch below 1.0×, alert below 0.8× (lower is worse).
    static let coverage = Threshold(watch: 1.0, alert: 0.8)
    /// Funding gap: watch above $0, alert above $50B (higher is worse).
    static let gap = Threshold(watch: 0, alert: 50e9)

    static func indicator(_ id: String, _ value: Double?, _ threshold: Threshold?, unit: IndicatorUnit = .multiple) -> Indicator {
        Indicator(id: id, name: "Name of \(id)", value: value, unit: unit, level: threshold.map { $0.level(of: value) },
                  threshold: threshold, formula: "", inputs: [])
    }

    @Test func eachChangeOfLevelEitherWayIsACrossing() {
        let before = [Self.indicator("round.coverage", 1.2, Self.coverage), Self.indicator("funding.gap", 60e9, Self.gap, unit: .money)]
        let after = [Self.indicator("round.coverage", 0.9, Self.coverage), Self.indicator("funding.gap", -1e9, Self.gap, unit: .money)]
        #expect(ThresholdCrossing.between(before, after) == [
            ThresholdCrossing(indicatorID: "round.coverage", name: "Name of round.coverage", from: .ok, to: .watch,
                              valueBefore: 1.2, value: 0.9, unit: .multiple),
            ThresholdCrossing(indicatorID: "funding.gap", name: "Name of funding.gap", from: .alert, to: .ok,
                              valueBefore: 60e9, value: -1e9, unit: .money),
        ])
    }

    @Test(arguments: [
        // from watch (0.9×) to alert (0.79×), and back to watch at exactly 0.8×: alert is below 0.8×
        (0.9, 0.79, Level.watch, Level.alert),
        (0.79, 0.8, .alert, .watch),
        (1.0, 0.99, .ok, .watch),
        (0.5, 1.5, .alert, .ok),
    ])
    func theLevelsOfACrossing(before: Double, after: Double, from: Level, to: Level) throws {
        let crossings = ThresholdCrossing.between([Self.indicator("round.coverage", before, Self.coverage)],
                                                  [Self.indicator("round.coverage", after, Self.coverage)])
        let crossing = try #require(crossings.first)
        #expect(crossings.count == 1)
        #expect((crossing.from, crossing.to) == (from, to))
        #expect((crossing.valueBefore, crossing.value) == (before, after))
    }

    /// The hysteresis the issue asks for: moving within a level, however far, raises nothing.
    @Test(arguments: [(0.9, 0.81), (0.7, 0.1), (1.0, 3.0), (0.85, 0.85)])
    func aValueStayingOnTheSameSideCrossesNothing(before: Double, after: Double) {
        #expect(ThresholdCrossing.between([Self.indicator("round.coverage", before, Self.coverage)],
                                          [Self.indicator("round.coverage", after, Self.coverage)]).isEmpty)
    }

    @Test func figuresWithoutAThresholdAndIndicatorsOnOneSideOnlyCrossNothing() {
        let before = [Self.indicator("circular.flow_back", 1e9, nil), Self.indicator("gone", 0.5, Self.coverage)]
        let after = [Self.indicator("circular.flow_back", 90e9, nil), Self.indicator("new", 0.5, Self.coverage)]
        #expect(ThresholdCrossing.between(before, after).isEmpty)
    }

    @Test(arguments: [
        (0, "1970-01-01T00:00:00Z"),
        (1_796_452_867, "2026-12-05T06:41:07Z"),
        (951_782_400, "2000-02-29T00:00:00Z"),
        (951_868_799, "2000-02-29T23:59:59Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (4_102_444_800, "2100-01-01T00:00:00Z"),
    ])
    func utcTime(epochSeconds: Int, text: String) {
        #expect(UTCTime.text(epochSeconds: epochSeconds) == text)
    }
}
