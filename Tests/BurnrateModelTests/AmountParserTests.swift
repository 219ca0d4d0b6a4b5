import Testing
@testable import BurnrateModel

@Suite struct AmountParserTests {
    @Test func readsMoneyInEveryForm() throws {
        #expect(try AmountParser.money("30B") == 30e9)
        #expect(try AmountParser.money("$1.4T") == 1.4e12)
        #expect(try AmountParser.money("750M") == 750e6)
        #expect(try AmountParser.money("12K") == 12_000)
        #expect(try AmountParser.money("30e9") == 30e9)
        #expect(try AmountParser.money("30000000000") == 30e9)
        // 17.5 × 10⁹ shifted in decimal before converting: the same double as the literal 17.5e9.
        #expect(try AmountParser.money("17.5B") == 17.5e9)
        // Short numbers are converted from their digits, long ones from the text: each gives
        // the same double as the literal.
        #expect(try AmountParser.money("0.1") == 0.1)
        #expect(try AmountParser.money("0.000123") == 0.000123)
        #expect(try AmountParser.money("123456789012345.6M") == 123456789012345.6e6)  // 16 digits
        #expect(try AmountParser.money("1.5e30") == 1.5e30)                          // 10³⁰ is not exact
        #expect(try AmountParser.money("0012.50K") == 12_500)
    }

    @Test func readsSignedMoneyAndRatios() throws {
        #expect(try AmountParser.signedMoney("-39B") == -39e9)
        #expect(try AmountParser.signedMoney("-$1.5T") == -1.5e12)
        #expect(try AmountParser.signedMoney("+12K") == 12_000)
        #expect(try AmountParser.ratio("-10%") == -0.1)
        #expect(try AmountParser.ratio("125 %") == 1.25)
        #expect(try AmountParser.ratio("1.25") == 1.25)
        #expect(throws: AmountParser.Problem.malformed) { try AmountParser.signedMoney("--5B") }
        #expect(throws: AmountParser.Problem.malformed) { try AmountParser.ratio("ten %") }
    }

    @Test func readsFractionsAndCapacity() throws {
        #expect(try AmountParser.fraction("27%") == 0.27)
        #expect(try AmountParser.fraction("27 %") == 0.27)
        #expect(try AmountParser.fraction("0.27") == 0.27)
        #expect(try AmountParser.fraction("100%") == 1)
        #expect(try AmountParser.gigawatts("4.5 GW") == 4.5)
        #expect(try AmountParser.gigawatts("800 MW") == 0.8)
        #expect(try AmountParser.gigawatts("1.5") == 1.5)
    }

    @Test func rejectsWhatIsNotAnAmount() {
        #expect(throws: AmountParser.Problem.malformed) { try AmountParser.money("thirty") }
        #expect(throws: AmountParser.Problem.negative) { try AmountParser.money("-5B") }
        #expect(throws: AmountParser.Problem.malformed) { try AmountParser.money("1.2.3B") }
        #expect(throws: AmountParser.Problem.malformed) { try AmountParser.money("5X") }
        #expect(throws: AmountParser.Problem.malformed) { try AmountParser.money("") }
        #expect(throws: AmountParser.Problem.notFinite) { try AmountParser.money(".nan") }
        #expect(throws: AmountParser.Problem.notFinite) { try AmountParser.money(".inf") }
        #expect(throws: AmountParser.Problem.notFinite) { try AmountParser.money("1e400") }
        #expect(throws: AmountParser.Problem.aboveOne) { try AmountParser.fraction("120%") }
        #expect(throws: AmountParser.Problem.aboveOne) { try AmountParser.fraction("27") }
        #expect(throws: AmountParser.Problem.negative) { try AmountParser.fraction("-1%") }
        #expect(throws: AmountParser.Problem.malformed) { try AmountParser.gigawatts("4.5 GWh") }
    }
}
