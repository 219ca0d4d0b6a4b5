/// A calendar date without time or zone, as precise as a source gave it: `2026`, `2026-02` or
/// `2026-02-20`. It is shown and written back as given; for arithmetic and order, a month or
/// day left out is the first.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The parts a date was given with.
    public enum Precision: Int, Sendable, Hashable, Comparable, CaseIterable {
        case year
        case month
        case day

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let year: Int
    /// 1 when the date names only a year.
    public let month: Int
    /// 1 when the date names only a year or a month.
    public let day: Int
    public let precision: Precision

    /// The precision is that of the parts given: `Day(year: 2026, month: 2)` is `2026-02`.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.init(year: year, month: month ?? 1, day: day ?? 1,
                  precision: day != nil ? .day : month != nil ? .month : .year)
    }

    private init(year: Int, month: Int, day: Int, precision: Precision) {
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when the text is not such a date or names a
    /// month or day that does not exist.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard [4, 7, 10].contains(bytes.count) else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let dash = UInt8(ascii: "-")
        guard let year = number(0..<4),
              let month = bytes.count >= 7 ? (bytes[4] == dash ? number(5..<7) : nil) : 1,
              let day = bytes.count == 10 ? (bytes[7] == dash ? number(8..<10) : nil) : 1,
              (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(year: year, month: month, day: day,
                  precision: bytes.count == 10 ? .day : bytes.count == 7 ? .month : .year)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// This date moved by whole months, keeping the day where the month allows it. A year moved
    /// by a part of a year names its month: `2027` plus 6 months is `2027-07`.
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear)),
                   precision: months % 12 == 0 ? precision : max(precision, .month))
    }

    /// The year as a decimal, e.g. 2026-07-01 ≈ 2026.5, for spreading payments and capacity.
    public var fractionalYear: Double {
        monthsAtStart / 12
    }

    /// Months since the start of year 0 at the start of this date: 2026-02-20 is
    /// 2026 × 12 + 1 + 19/28.
    var monthsAtStart: Double {
        Double(year * 12 + month - 1) + Double(day - 1) / Double(Day.daysIn(month: month, year: year))
    }

    /// Months since the start of year 0 at the end of the period this date names: the end of the
    /// day, of the month (`2025-06`) or of the year (`2025`).
    var monthsAtEnd: Double {
        switch precision {
        case .year: Double(year * 12 + 12)
        case .month: Double(year * 12 + month)
        case .day: Double(year * 12 + month - 1) + Double(day) / Double(Day.daysIn(month: month, year: year))
        }
    }

    /// As given: `2026`, `2026-02` or `2026-02-20`, the year in four digits.
    public var description: String {
        switch precision {
        case .year: Self.padded(year, to: 4)
        case .month: "\(Self.padded(year, to: 4))-\(Self.padded(month, to: 2))"
        case .day: fullDate
        }
    }

    /// Always `YYYY-MM-DD`, a month or day left out being the first: for layouts that promise it.
    public var fullDate: String {
        "\(Self.padded(year, to: 4))-\(Self.padded(month, to: 2))-\(Self.padded(day, to: 2))"
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// By date; among dates that fall on the same day, the less precise first (2026 < 2026-01 <
    /// 2026-01-01), so that the order agrees with equality.
    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.precision.rawValue) < (rhs.year, rhs.month, rhs.day, rhs.precision.rawValue)
    }
}
