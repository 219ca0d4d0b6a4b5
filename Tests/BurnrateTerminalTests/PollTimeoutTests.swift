import Testing
@testable import BurnrateTerminal

@Suite("Poll timeout")
struct PollTimeoutTests {
    private let now = ContinuousClock.now

    @Test func noDeadlineWaitsForEver() {
        #expect(ProgramRunner.timeout(until: nil, now: now) == -1)
    }

    @Test func aDeadlineInThePastOrNowDoesNotWait() {
        #expect(ProgramRunner.timeout(until: now - .seconds(2), now: now) == 0)
        #expect(ProgramRunner.timeout(until: now - .milliseconds(1), now: now) == 0)
        #expect(ProgramRunner.timeout(until: now, now: now) == 0)
    }

    @Test func partialMillisecondsRoundUpSoTheTimerNeverFiresEarly() {
        // 1.5 s = 1500 ms exactly; 10.2 ms rounds up to 11; 1 µs to 1.
        #expect(ProgramRunner.timeout(until: now + .milliseconds(1500), now: now) == 1500)
        #expect(ProgramRunner.timeout(until: now + .microseconds(10_200), now: now) == 11)
        #expect(ProgramRunner.timeout(until: now + .microseconds(1), now: now) == 1)
    }
}
