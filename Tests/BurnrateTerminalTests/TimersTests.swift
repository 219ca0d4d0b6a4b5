import Testing
@testable import BurnrateTerminal

/// When the runner's timers fire, worked out from instants handed in: nothing here sleeps.
/// Playback declares a timer per year on screen ("playback 2027"), so these are its rules too.
@Suite("Timers")
struct TimersTests {
    private let start = ContinuousClock.now

    func time(_ milliseconds: Int) -> ContinuousClock.Instant {
        start + .milliseconds(milliseconds)
    }

    func declare(_ timers: inout Timers, _ declared: [(String, Int)], at milliseconds: Int) -> ContinuousClock.Instant? {
        timers.declare(declared.map { (id: $0.0, every: .milliseconds($0.1)) }, now: time(milliseconds))
        return timers.nextDeadline
    }

    @Test func noTimerSetsNoDeadline() {
        var timers = Timers()
        let deadline = declare(&timers, [], at: 0)
        #expect(deadline == nil)
        #expect(timers.fire(now: time(100_000)) == [])
    }

    @Test func eachIdHasItsPeriodFromWhenItFirstAppeared() {
        var timers = Timers()
        let first = declare(&timers, [("playback 2026", 1500)], at: 0)
        // Declared again after a key at 400 ms: the same id keeps its start.
        let afterAKey = declare(&timers, [("playback 2026", 1500)], at: 400)
        let early = timers.fire(now: time(1499))
        let due = timers.fire(now: time(1502))
        let next = declare(&timers, [("playback 2027", 1500)], at: 1502)
        #expect(first == time(1500))
        #expect(afterAKey == time(1500))
        #expect(early == [])
        #expect(due == ["playback 2026"])
        #expect(next == time(3002))  // 2027 came on at 1502 ms: 1502 + 1500 = 3002 ms
    }

    @Test func aTimerFiresOncePerPeriodAndStartsTheNextWhenItFires() {
        var timers = Timers()
        _ = declare(&timers, [("t", 1500)], at: 0)
        let first = timers.fire(now: time(2000))
        let again = timers.fire(now: time(2000))
        #expect(first == ["t"])
        #expect(again == [])
        #expect(timers.nextDeadline == time(3500))  // 2000 + 1500 ms
    }

    @Test func aNewIdStartsItsTimeAgain() {
        var timers = Timers()
        _ = declare(&timers, [("playback 2026", 1500)], at: 0)
        let deadline = declare(&timers, [("playback 2027", 1500)], at: 1000)  // ] during playback
        #expect(deadline == time(2500))  // 1000 + 1500 ms
    }

    @Test func aNewPeriodAppliesToThePeriodRunning() {
        var timers = Timers()
        _ = declare(&timers, [("playback 2026", 1500)], at: 0)
        let deadline = declare(&timers, [("playback 2026", 1000)], at: 200)  // > : 1.5 s → 1 s
        #expect(deadline == time(1000))
    }

    @Test func anIdThatGoesAndComesBackStartsAfresh() {
        var timers = Timers()
        _ = declare(&timers, [("playback 2027", 1500)], at: 0)
        let paused = declare(&timers, [], at: 1000)
        let resumed = declare(&timers, [("playback 2027", 1500)], at: 5000)
        #expect(paused == nil)
        #expect(resumed == time(6500))  // 5000 + 1500 ms
    }

    @Test func theEarliestOfSeveralIsTheDeadline() {
        var timers = Timers()
        let deadline = declare(&timers, [("slow", 3000), ("fast", 500)], at: 0)
        #expect(deadline == time(500))
        #expect(timers.fire(now: time(3000)) == ["fast", "slow"])
    }
}
