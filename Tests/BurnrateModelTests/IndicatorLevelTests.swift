import Testing
@testable import BurnrateModel

@Suite struct IndicatorLevelTests {
    let higherIsWorse = Threshold(watch: 2500, alert: 4000)
    let lowerIsWorse = Threshold(watch: 3, alert: 1.5)

    @Test func higherIsWorseLevels() {
        #expect(higherIsWorse.level(of: 2500) == .ok)       // at watch, not beyond
        #expect(higherIsWorse.level(of: 2501) == .watch)
        #expect(higherIsWorse.level(of: 4000) == .watch)
        #expect(higherIsWorse.level(of: 4001) == .alert)
        #expect(higherIsWorse.level(of: nil) == .ok)
    }

    @Test func lowerIsWorseLevels() {
        #expect(lowerIsWorse.level(of: 3) == .ok)
        #expect(lowerIsWorse.level(of: 2.9) == .watch)
        #expect(lowerIsWorse.level(of: 1.5) == .watch)
        #expect(lowerIsWorse.level(of: 1.4) == .alert)
    }

    @Test func severityRunsFromWatchToAlert() {
        #expect(higherIsWorse.severity(of: 2000) == 0)
        #expect(higherIsWorse.severity(of: 3250) == 0.5)    // (3250 − 2500) / 1500
        #expect(higherIsWorse.severity(of: 9000) == 1)
        #expect(lowerIsWorse.severity(of: 2.25) == 0.5)     // (2.25 − 3) / (1.5 − 3)
        #expect(lowerIsWorse.severity(of: 0) == 1)
        // watch = alert: all or nothing
        let edge = Threshold(watch: 0, alert: 0)
        #expect(edge.severity(of: 0) == 0)
        #expect(edge.severity(of: 1) == 1)
    }
}
