import Testing
import BurnrateTerminal
import BurnrateView

/// When playback steps, worked out from instants handed in: nothing here sleeps.
@Suite("Playback pacer")
struct PlaybackPacerTests {
    private let start = ContinuousClock.now
    private let years = 2026...2030

    func playing(from year: Int) -> Timeline {
        var timeline = Timeline(year: year)
        timeline.togglePlay(through: years)
        return timeline
    }

    func time(_ milliseconds: Int) -> ContinuousClock.Instant {
        start + .milliseconds(milliseconds)
    }

    /// The deadline the pacer sets `milliseconds` after the start.
    func schedule(_ pacer: inout PlaybackPacer, _ timeline: Timeline, at milliseconds: Int) -> ContinuousClock.Instant? {
        pacer.schedule(timeline, now: time(milliseconds))
    }

    func step(_ pacer: inout PlaybackPacer, at milliseconds: Int) -> Bool {
        pacer.takeDueStep(now: time(milliseconds))
    }

    @Test func pausedPlaybackSetsNoDeadline() {
        var pacer = PlaybackPacer()
        let deadline = schedule(&pacer, Timeline(year: 2027), at: 0)
        let stepped = step(&pacer, at: 100_000)
        #expect(deadline == nil)
        #expect(!stepped)
    }

    @Test func eachYearGetsItsSecondsFromWhenItCameOnScreen() {
        var pacer = PlaybackPacer()
        var timeline = playing(from: 2026)
        let first = schedule(&pacer, timeline, at: 0)
        // Woken early (the clock's second): the same year keeps its deadline.
        let afterTheClock = schedule(&pacer, timeline, at: 400)
        let early = step(&pacer, at: 1499)
        let due = step(&pacer, at: 1502)
        timeline.advance(through: years)
        let next = schedule(&pacer, timeline, at: 1502)
        #expect(first == time(1500))
        #expect(afterTheClock == time(1500))
        #expect(!early)
        #expect(due)
        #expect(timeline.year == 2027)
        #expect(next == time(3002))  // 2027 came on at 1502 ms: 1502 + 1500 = 3002 ms
    }

    @Test func aStepIsTakenOnce() {
        var pacer = PlaybackPacer()
        _ = schedule(&pacer, playing(from: 2026), at: 0)
        let first = step(&pacer, at: 2000)
        let again = step(&pacer, at: 2000)
        #expect(first)
        #expect(!again)
    }

    @Test func aYearChangedByHandStartsItsTimeAgain() {
        var pacer = PlaybackPacer()
        var timeline = playing(from: 2026)
        _ = schedule(&pacer, timeline, at: 0)
        timeline.step(by: 1, through: years)  // ] during playback, at 1000 ms
        let deadline = schedule(&pacer, timeline, at: 1000)
        #expect(deadline == time(2500))  // 1000 + 1500 ms
    }

    @Test func aNewPaceAppliesToTheYearOnScreen() {
        var pacer = PlaybackPacer()
        var timeline = playing(from: 2026)
        _ = schedule(&pacer, timeline, at: 0)
        timeline.changePace(faster: true)  // 1.5 s → 1 s
        let deadline = schedule(&pacer, timeline, at: 200)
        #expect(deadline == time(1000))
    }

    @Test func pausingAndPlayingAgainStartsTheYearsTimeAfresh() {
        var pacer = PlaybackPacer()
        var timeline = playing(from: 2027)
        _ = schedule(&pacer, timeline, at: 0)
        timeline.togglePlay(through: years)
        let paused = schedule(&pacer, timeline, at: 1000)
        timeline.togglePlay(through: years)
        let resumed = schedule(&pacer, timeline, at: 5000)
        #expect(paused == nil)
        #expect(timeline.year == 2027)
        #expect(resumed == time(6500))  // 5000 + 1500 ms
    }
}
