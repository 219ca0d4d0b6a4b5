import Testing
@testable import BurnrateModel

@Suite struct DayTests {
    @Test func parsesFullAndPartialDates() {
        #expect(Day(parsing: "2026-02-27") == Day(year: 2026, month: 2, day: 27))
        #expect(Day(parsing: "2026-03") == Day(year: 2026, month: 3, day: 1))
        #expect(Day(parsing: "2027") == Day(year: 2027))
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(Day(parsing: "2026-02-29") == nil)
        #expect(Day(parsing: "2024-02-29") == Day(year: 2024, month: 2, day: 29))
        #expect(Day(parsing: "2026-13-01") == nil)
        #expect(Day(parsing: "26-01-01") == nil)
        #expect(Day(parsing: "2026/01/01") == nil)
        #expect(Day(parsing: "") == nil)
    }

    @Test func addsMonthsAcrossYearEnds() {
        #expect(Day(year: 2026, month: 11, day: 30).adding(months: 3) == Day(year: 2027, month: 2, day: 28))
        #expect(Day(year: 2026, month: 1, day: 15).adding(months: -1) == Day(year: 2025, month: 12, day: 15))
        #expect(Day(year: 2026, month: 6).adding(months: 12) == Day(year: 2027, month: 6))
    }
}
