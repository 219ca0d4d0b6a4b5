import Testing
@testable import BurnrateModel

@Suite struct DayTests {
    @Test func parsesFullAndPartialDates() {
        #expect(Day(parsing: "2026-02-27") == Day(year: 2026, month: 2, day: 27))
        #expect(Day(parsing: "2026-03") == Day(year: 2026, month: 3))
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

    /// Issue 9: `2026-02` was shown and saved as `2026-02-01`.
    @Test(arguments: ["2026", "2026-02", "2026-02-01", "2024-02-29", "1900-12", "2200"])
    func isShownAsWritten(text: String) throws {
        let day = try #require(Day(parsing: text))
        #expect(day.description == text)
    }

    @Test func aPartialDateIsTheFirstOfItsMonthOrYearForArithmeticAndJSON() throws {
        let month = try #require(Day(parsing: "2026-07"))
        let year = try #require(Day(parsing: "2026"))
        #expect((month.year, month.month, month.day, month.precision) == (2026, 7, 1, .month))
        #expect(month.fractionalYear == Day(year: 2026, month: 7, day: 1).fractionalYear)
        #expect(month.fractionalYear == 2026.5)
        #expect(year.fractionalYear == 2026)
        #expect(month.fullDate == "2026-07-01")
        #expect(year.fullDate == "2026-01-01")
    }

    @Test func movingByMonthsKeepsThePrecisionAYearOfMonthsAllows() {
        #expect(Day(year: 2027).adding(months: 6).description == "2027-07")
        #expect(Day(year: 2027).adding(months: 24).description == "2029")
        #expect(Day(year: 2027, month: 3).adding(months: 10).description == "2028-01")
        #expect(Day(year: 2027, month: 3, day: 31).adding(months: 1).description == "2027-04-30")
    }

    /// Ordered by date; on the same day the less precise first, so that `<` agrees with `==`.
    @Test func ordersByDateThenPrecision() {
        let days = [Day(year: 2026, month: 1, day: 1), Day(year: 2025, month: 12, day: 31), Day(year: 2026, month: 1),
                    Day(year: 2026), Day(year: 2026, month: 2)]
        #expect(days.sorted().map(\.description) == ["2025-12-31", "2026", "2026-01", "2026-01-01", "2026-02"])
        #expect(!(Day(year: 2026) < Day(year: 2026)))
    }

    /// Issue 9: a year before 1000 was written `999-01-01`, which does not parse.
    @Test func aYearBefore1000IsWrittenInFourDigits() throws {
        let day = try #require(Day(parsing: "0999-01-01"))
        #expect(day.year == 999)
        #expect(day.description == "0999-01-01")
        #expect(Day(year: 7).description == "0007")
        #expect(Day(year: 7, month: 3).fullDate == "0007-03-01")
        #expect(Day(parsing: day.description) == day)
    }
}
