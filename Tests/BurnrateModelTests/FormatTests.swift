import Testing
@testable import BurnrateModel

@Suite struct FormatTests {
    @Test func money() {
        #expect(FigureFormat.money(30e9, currency: "USD") == "$30B")
        #expect(FigureFormat.money(1.4e12, currency: "USD") == "$1.4T")
        #expect(FigureFormat.money(750e6, currency: "USD") == "$750M")
        #expect(FigureFormat.money(13.1e9, currency: "USD") == "$13.1B")
        #expect(FigureFormat.money(13.07e9, currency: "USD") == "$13.1B")     // one decimal, rounded
        #expect(FigureFormat.money(411.6e9, currency: "USD") == "$411.6B")
        #expect(FigureFormat.money(-49.5e9, currency: "USD") == "-$49.5B")
        #expect(FigureFormat.money(999.96e9, currency: "USD") == "$1T")       // not "$1000B"
        #expect(FigureFormat.money(25_000, currency: "USD") == "$25K")
        #expect(FigureFormat.money(950, currency: "USD") == "$950")
        #expect(FigureFormat.money(0, currency: "USD") == "$0")
        #expect(FigureFormat.money(-0.01, currency: "USD") == "$0")            // no "-$0"
        #expect(FigureFormat.money(30e9, currency: "EUR") == "€30B")
        #expect(FigureFormat.money(30e9, currency: "CHF") == "CHF 30B")
        #expect(FigureFormat.money(30e9, currency: "usd") == "$30B")           // codes in any case
        #expect(FigureFormat.money(30e9, currency: "chf") == "chf 30B")        // written as given
        #expect(FigureFormat.money(.nan, currency: "USD") == "n/a")
        #expect(FigureFormat.money(.infinity, currency: "USD") == "n/a")
    }

    @Test func fractionsMultiplesAndIndices() {
        #expect(FigureFormat.fraction(0.25) == "25.0 %")
        #expect(FigureFormat.fraction(0.117647) == "11.8 %")
        #expect(FigureFormat.fraction(1) == "100.0 %")
        #expect(FigureFormat.fraction(-0.0001) == "0.0 %")
        #expect(FigureFormat.fraction(-0.0006) == "-0.1 %")                    // −0.06 % rounds away from zero
        #expect(FigureFormat.fraction(0.000_501) == "0.1 %")                   // 0.0501 % → one decimal, padded
        #expect(FigureFormat.multiple(44.885) == "44.9×")
        #expect(FigureFormat.multiple(1) == "1.00×")
        #expect(FigureFormat.multiple(0.456) == "0.46×")
        #expect(FigureFormat.index(3800) == "3,800")
        #expect(FigureFormat.index(4452.55) == "4,453")
        #expect(FigureFormat.index(10000) == "10,000")
        #expect(FigureFormat.index(950) == "950")
        #expect(FigureFormat.index(1_234_567) == "1,234,567")
        #expect(FigureFormat.index(-1_234_567) == "-1,234,567")
        #expect(FigureFormat.index(0) == "0")
        #expect(FigureFormat.score(79.25) == "79")
        #expect(FigureFormat.count(100_000) == "100,000")
        #expect(FigureFormat.count(256) == "256")
    }

    /// In percentage points, as the simulation's tables and `simulate --format markdown` give it:
    /// an error too small for one decimal is "<0.1", never "0.0", which only no error at all is
    /// (every path agreeing).
    @Test func standardErrors() {
        #expect(FigureFormat.standardError((0.01 * 0.99 / 100_000).squareRoot()) == "<0.1")   // 0.031 points
        #expect(FigureFormat.standardError((0.64 * 0.36 / 100_000).squareRoot()) == "0.2")    // 0.152 points
        #expect(FigureFormat.standardError(0) == "0.0")
        #expect(FigureFormat.standardError(0.5) == "50.0")
        #expect(FigureFormat.standardError(.nan) == "n/a")
    }

    @Test func capacityAndYears() {
        #expect(FigureFormat.gigawatts(4.5) == "4.5 GW")
        #expect(FigureFormat.gigawatts(0.75) == "0.75 GW")
        #expect(FigureFormat.gigawatts(10) == "10 GW")
        #expect(FigureFormat.years(2.277766) == "2.3 years")
        #expect(FigureFormat.years(1.04) == "1.0 year")
        #expect(FigureFormat.years(0) == "0.0 years")
    }

    @Test func amounts() {
        #expect(FigureFormat.amount(.exact(30e9), currency: "USD") == "$30B")
        #expect(FigureFormat.amount(.upTo(50e9), currency: "USD") == "up to $50B")
        #expect(FigureFormat.amount(.atLeast(100e9), currency: "USD") == "at least $100B")
        #expect(FigureFormat.amount(.range(low: 10e9, high: 20e9), currency: "USD") == "$10B–$20B")
        #expect(FigureFormat.amount(.undisclosed, currency: "USD") == "undisclosed")
    }

    @Test func anyUnitAndMissingFigures() {
        #expect(FigureFormat.format(0.7, unit: .fraction, currency: "USD") == "70.0 %")
        #expect(FigureFormat.format(151.5e9, unit: .money, currency: "USD") == "$151.5B")
        #expect(FigureFormat.format(79.3, unit: .score, currency: "USD") == "79")
        #expect(FigureFormat.format(3.5, unit: .gigawatts, currency: "USD") == "3.5 GW")
        #expect(FigureFormat.format(nil, unit: .money, currency: "USD") == "undisclosed")
        #expect(FigureFormat.format(nil, unit: .fraction, currency: "USD") == "n/a")
        #expect(FigureFormat.format(nil, unit: .years, currency: "USD") == "n/a")
    }

    @Test func roundingAtTheEdges() {
        // 999,949,999,999 ÷ 1e9 = 999.949…, ×10 = 9,999.49… → 9,999 tenths
        #expect(FigureFormat.money(999_949_999_999, currency: "USD") == "$999.9B")
        // 999.95B: ×10 = 9,999.5 → 10,000 tenths, 1000B, so trillions: 0.99995T → 10 tenths → "1"
        #expect(FigureFormat.money(999_950_000_000, currency: "USD") == "$1T")
        #expect(FigureFormat.money(-1_250, currency: "EUR") == "-€1.3K")            // 1.25 is exact: half away from zero
        #expect(FigureFormat.money(.leastNonzeroMagnitude, currency: "USD") == "$0")
        #expect(FigureFormat.money(-.leastNonzeroMagnitude, currency: "CHF") == "CHF 0")
        #expect(FigureFormat.decimal(0.25, places: 1) == "0.3")                    // 2.5 → 3
        #expect(FigureFormat.decimal(-0.25, places: 1) == "-0.3")
        #expect(FigureFormat.decimal(0.125, places: 2) == "0.13")                  // 12.5 → 13
        #expect(FigureFormat.decimal(-0.04, places: 1) == "0.0")                   // rounds to zero: no sign
        #expect(FigureFormat.index(999_999.5) == "1,000,000")                      // rounding adds a digit and a group
        #expect(FigureFormat.gigawatts(2.999) == "3 GW")                            // 299.9 → 300 hundredths, zeros trimmed
        #expect(FigureFormat.index(1e19) == "n/a")                                 // beyond 64-bit digits
    }

    @Test func textBuffer() {
        #expect(TextBuffer.concatenated("Investor 7", " ÷ post-money = ", "$1.2B") == "Investor 7 ÷ post-money = $1.2B")
        #expect(TextBuffer.concatenated("", "") == "")
        let digits = TextBuffer.make(capacity: 40) { text in
            text.append(UInt8(ascii: "["))
            // 1234567 hundredths = 12,345.67
            text.appendDigits(1_234_567, places: 2, trimmingZeros: false, grouping: true)
            text.append("]")
        }
        #expect(digits == "[12,345.67]")
    }

    /// A change both sides of which round to one text gets a decimal more each: the built-in
    /// scenario's runway, 1.5356 years, falls to 1.4829 when SoftBank delivers 90 % (the alert
    /// banner read "1.5 years → 1.5 years"); texts that differ already stay as they are.
    @Test func aChangeNeverReadsAsNone() {
        #expect(FigureFormat.change(from: 1.5356, to: 1.4829, unit: .years, currency: "USD") == ("1.54 years", "1.48 years"))
        #expect(FigureFormat.change(from: 0.9712, to: 0.9708, unit: .fraction, currency: "USD") == ("97.12 %", "97.08 %"))
        #expect(FigureFormat.change(from: 2.041, to: 2.038, unit: .multiple, currency: "USD") == ("2.041×", "2.038×"))
        #expect(FigureFormat.change(from: 44.885, to: 19.6, unit: .multiple, currency: "USD") == ("44.9×", "19.6×"))
        #expect(FigureFormat.change(from: 1.5, to: 1.5, unit: .years, currency: "USD") == ("1.5 years", "1.5 years"))
        #expect(FigureFormat.change(from: 10e9, to: 10.01e9, unit: .money, currency: "USD") == ("$10B", "$10B"))
        #expect(FigureFormat.change(from: nil, to: 1.5, unit: .years, currency: "USD") == ("n/a", "1.5 years"))
    }
}
