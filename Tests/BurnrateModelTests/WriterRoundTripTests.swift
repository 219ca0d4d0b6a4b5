import Testing
@testable import BurnrateModel
import BurnrateYAML

@Suite struct WriterRoundTripTests {
    static func roundTrip(_ scenario: Scenario) throws -> Scenario {
        try ScenarioLoader.load(text: ScenarioWriter.yaml(scenario), file: "written.yaml")
    }

    @Test func theFixtureSurvivesWritingAndLoading() throws {
        let scenario = try LoaderFixtureTests.loadFixture()
        #expect(try Self.roundTrip(scenario) == scenario)
    }

    @Test func aNegativeBurnIsWrittenWithItsSign() throws {
        var scenario = try LoaderFixtureTests.loadFixture()
        scenario.financials.years[0].burn.value = -39e9
        let yaml = ScenarioWriter.yaml(scenario)
        #expect(yaml.contains("burn: -39B"))
        #expect(try Self.roundTrip(scenario) == scenario)
    }

    /// A scenario no file produced: doubles with long expansions, strings YAML would misread.
    static let awkward: Scenario = {
        let awkwardStrings = ["key: value", "a # not a comment", "  leading spaces", "trailing ", "Zürich — 東京 ✓",
                              "yes", "null", "1.0", "", "~", "- dash", "quote \" and \\ backslash", "line\nbreak",
                              "tab\there", "\u{7}bell", "@at", "[brackets]", "{braces}", "*star", "&amp", "!bang",
                              "%percent", "'single'", "off", "30B", "\u{2028}separator", "\u{FEFF}bom"]
        let odd = 0.1 + 0.2
        let sources = awkwardStrings.enumerated().map { index, text in
            Source(id: "s\(index)", publisher: text, title: text, date: Day(year: 2026, month: 2, day: 28),
                   url: text, confidence: .low)
        }
        return Scenario(
            id: "odd_1", title: "title: with colon", company: "Ünïcode & Co", asOf: Day(year: 2024, month: 2, day: 29),
            currency: "EUR", horizon: Horizon(start: 2026, end: 2026), sources: sources,
            round: FundingRound(
                name: "# hash", status: .projected, target: Sourced(.exact(odd), source: "s1", basis: .derived),
                preMoney: Sourced(.upTo(1e-300), source: "s2"), postMoney: Sourced(.range(low: 123456789.123, high: 1.4e12), source: "s1"),
                investors: [
                    Investor(id: "i1", name: "yes", amount: Sourced(.atLeast(Double.leastNonzeroMagnitude), source: "s3", basis: .assumption),
                             instrument: .computeCredit, status: .projected,
                             tranches: [Tranche(amount: Sourced(.undisclosed, source: "s4"), date: Day(year: 2030, month: 12, day: 31),
                                                condition: "null", instrument: .prepayment, status: .funded)],
                             supplier: SupplierLink(supplies: "1.0", contracts: ["c1"], spendShare: Sourced(odd, source: "s1")),
                             note: "  leading"),
                ],
                capTable: [CapTableEntry(holder: "a: b", share: Sourced(1.0 / 3.0, source: "s5", basis: .derived))]),
            contracts: [
                CapacityContract(id: "c1", provider: "~", kind: .dataCentre, value: Sourced(.exact(Double.greatestFiniteMagnitude), source: "s6"),
                                 termYears: Sourced(2.5, source: "s6"), start: Sourced(Day(year: 2026), source: "s7"),
                                 capacityGW: Sourced(odd, source: "s6"),
                                 payment: [PaymentShare(form: .cash, share: Sourced(0.123456789, source: "s6")),
                                           PaymentShare(form: .shareSwap, share: Sourced(0.005, source: "s8", basis: .assumption))],
                                 status: .announced, note: "yes"),
            ],
            sites: [Site(id: "site-1", name: "Null", contract: "c1", capacityGW: Sourced(1e-7, source: "s9"),
                         power: Sourced(0, source: "s9"), cooling: Sourced(1, source: "s9"), network: Sourced(odd, source: "s10"),
                         online: Sourced(Day(year: 2027, month: 1, day: 1), source: "s9", basis: .derived))],
            financials: Financials(cashOnHand: Sourced(0, source: "s11"),
                                   years: [FinancialYear(year: 2026, revenue: Sourced(odd * 1e9, source: "s11"),
                                                         burn: Sourced(123456789.123, source: "s12", basis: .assumption))]),
            risk: RiskPolicy(thresholds: ["round.coverage": Threshold(watch: odd, alert: -1e-300),
                                          "ownership.i1": Threshold(watch: 0.1, alert: 0.2)],
                             weights: ["funding.gap": 1e-300, "circular.share": odd]))
    }()

    @Test func awkwardDoublesAndStringsSurviveExactly() throws {
        let loaded = try Self.roundTrip(Self.awkward)
        #expect(loaded == Self.awkward)
        // Equality of doubles is not enough for "bit for bit": compare the bits of a few.
        guard case .exact(let target) = loaded.round.target.value else { Issue.record("target changed form"); return }
        #expect(target.bitPattern == (0.1 + 0.2).bitPattern)
        #expect(loaded.financials.years[0].burn.value.bitPattern == (123456789.123).bitPattern)
    }

    @Test func writesTheDocumentedForms() {
        let yaml = ScenarioWriter.yaml(Self.awkward)
        // 1.4e12 reads best as 1.4T; 123456789.123 would need 1.23456789123e2M, so it stays plain.
        #expect(yaml.contains("post_money: {low: 123456789.123, high: 1.4T}"))
        // 1/3 has no exact percentage, so it stays a plain number.
        #expect(yaml.contains("share: 0.3333333333333333\n      source: s5\n      basis: derived"))
        // 0.005 = 0.5 %, a figure with its own source and basis.
        #expect(yaml.contains("- {form: share_swap, share: {value: 0.5%, source: s8, basis: assumption}}"))
        // The largest double has no short suffix form.
        #expect(yaml.contains("value: 1.7976931348623157e+308\n"))
        #expect(yaml.contains(#"name: "yes""#))
        #expect(yaml.contains(#"condition: "null""#))
        #expect(yaml.contains(#"supplies: "1.0""#))
    }

    /// Found by the what-if property: burn.scale=2 makes a burn of -39B into -0, which was
    /// written `-0` and read back as 0, so the file written again differed.
    @Test func aNegativeZeroBurnIsWrittenAsZero() throws {
        var scenario = try LoaderFixtureTests.loadFixture()
        scenario.financials.years[0].burn.value = -39e9 * (2 - 2.0)
        #expect(scenario.financials.years[0].burn.value.sign == .minus)
        #expect(ScenarioWriter.yaml(scenario).contains("burn: 0"))
        RoundTrip.check(scenario, origin: "a burn of -0")
    }

    /// Zero of either sign in every written form; -0 as a fraction was written `-000%`.
    @Test func zeroOfEitherSignIsWrittenPlainly() {
        #expect([0.0, -0.0].map(YAMLText.money) == ["0", "0"])
        #expect([0.0, -0.0].map(YAMLText.fraction) == ["0%", "0%"])
        #expect([0.0, -0.0].map(YAMLText.number) == ["0", "-0"])
    }

    /// The regression tests below start from text, as a user's file does: it loads, and what it
    /// saves must load back equal.
    static func loadWriteAndLoad(_ text: String) throws -> (loaded: Scenario, written: String) {
        let loaded = try ScenarioLoader.load(text: text, file: "t.yaml")
        RoundTrip.check(loaded, origin: "the file")
        return (loaded, ScenarioWriter.yaml(loaded))
    }

    /// Issue 9: `2026-02` was saved as `2026-02-01`.
    @Test func partialDatesAreSavedAsWritten() throws {
        let text = LoaderDiagnosticTests.changed([
            4: ["as_of: 2026-02"],
            8: ["  - {id: article, publisher: Pub, title: T, date: 2025, confidence: high}"],
            11: ["  status: reported", "  date: 2026-03"],
            19: ["      status: reported", "      tranches:",
                 "        - {amount: 1B, date: 2026-03-31, instrument: cash, status: funded}",
                 "        - {amount: 1B, date: 2027, instrument: cash, status: projected}"],
            21: ["  - {id: aws, provider: AWS, kind: cloud, value: 38B, status: signed, source: article, start: 2027}"],
        ], appending: ["sites:",
                       "  - {id: s1, name: S, capacity_gw: 1, power: 1, cooling: 1, network: 1, online: 2028-06, source: article}"])
        let (loaded, written) = try Self.loadWriteAndLoad(text)
        #expect(loaded.asOf.description == "2026-02")
        for line in ["as_of: 2026-02\n", "date: 2025\n", "date: 2026-03\n", "date: 2026-03-31\n", "date: 2027\n",
                     "start: 2027\n", "online: 2028-06\n"] {
            #expect(written.contains(line), "\(line) not in\n\(written)")
        }
    }

    /// Issue 9: libyaml reads `key: value` only when the key is at most 1024 characters long, so
    /// a threshold for an investor whose id is longer, given as an explicit key (`? key`),
    /// was saved in a form that did not load.
    @Test func aRiskKeyOverAThousandBytesIsSavedAsAnExplicitKey() throws {
        let id = String(repeating: "a", count: 1100)
        let text = LoaderDiagnosticTests.changed([15: ["    - id: \(id)"]], appending: [
            "risk:",
            "  thresholds:",
            "    ? ownership.\(id)",
            "    : {watch: 0.1, alert: 0.2}",
            "    round.coverage: {watch: 1, alert: 0.5}",
            "  weights:",
            "    ? ownership.\(id)",
            "    : 3",
        ])
        let (loaded, written) = try Self.loadWriteAndLoad(text)
        #expect(loaded.risk.thresholds["ownership.\(id)"] == Threshold(watch: 0.1, alert: 0.2))
        #expect(written.contains("    ? ownership.\(id)\n    : {watch: 0.1, alert: 0.2}\n    round.coverage: {watch: 1, alert: 0.5}\n"))
        #expect(written.contains("    ? ownership.\(id)\n    : 3\n"))
    }

    @Test func anExplicitKeyIsWrittenOnlyWhenTheKeyIsLong() {
        let long = String(repeating: "k", count: YAMLBlock.longestImplicitKey + 1)
        let short = String(repeating: "k", count: YAMLBlock.longestImplicitKey)
        let block = YAMLBlock.map([(long, .inline("1")), (short, .inline("2")), (long, .list([])),
                                   (long, .map([("a", .inline("3"))]))])
        #expect(block.lines() == ["? \(long)", ": 1", "\(short): 2", "? \(long)", ": []", "? \(long)", ":", "  a: 3"])
    }

    /// A what-if can move a figure beyond what a file holds (a date 83,000 years on, revenue
    /// grown to infinity): the checked writer says what the loader would, and gives no text.
    @Test func aScenarioThatWouldNotLoadBackIsNotHandedOutForSaving() throws {
        let scenario = try LoaderFixtureTests.loadFixture()
        #expect(try ScenarioWriter.checkedYAML(scenario) == ScenarioWriter.yaml(scenario))
        var farOff = scenario
        farOff.contracts[0].start?.value = Day(year: 2026).adding(months: 1_000_000)
        #expect(throws: UnsavableScenario(description: #"it would not load back: contracts[0].start: expected a date like 2026-02-20, 2026-02 or 2026, found "85359-05""#)) {
            try ScenarioWriter.checkedYAML(farOff)
        }
        var infinite = scenario
        infinite.financials.years[0].revenue.value = .infinity
        #expect(throws: UnsavableScenario(description: #"it would not load back: financials.years[0].revenue: expected an amount like 30e9 or "30B", found "inf""#)) {
            try ScenarioWriter.checkedYAML(infinite)
        }
        var huge = scenario
        // Each bell is written as the four bytes `\x07`: a quarter of the scalars to write.
        huge.title = String(repeating: "\u{7}", count: TextFile.maximumBytes / 4 + 1)
        #expect(throws: UnsavableScenario(description: "the file would be larger than 8 MiB")) {
            try ScenarioWriter.checkedYAML(huge)
        }
        var notANumber = scenario
        notANumber.risk.weights["funding.gap"] = .nan
        #expect(throws: UnsavableScenario.self) { try ScenarioWriter.checkedYAML(notANumber) }
    }
}
