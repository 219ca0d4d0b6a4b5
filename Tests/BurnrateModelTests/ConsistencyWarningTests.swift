import Testing
@testable import BurnrateModel
import BurnrateYAML

/// `check`'s warnings, one rule at a time, on a scenario that gives none; texts and positions
/// worked out by hand from the lines below (1-based, columns too).
@Suite struct ConsistencyWarningTests {
    static let consistent = """
        id: w
        title: W
        company: W
        as_of: 2026-03-31
        currency: USD
        horizon: {start: 2026, end: 2030}
        sources:
          - {id: press, publisher: Pub, title: T, date: 2026-03, confidence: high}
          - {id: filing, publisher: Pub, title: F, date: 2025-12-31, confidence: high}
        round:
          name: Series A
          status: reported
          source: press
          target: 10B
          post_money: 50B
          cap_table:
            - {holder: Founders, share: 60%}
            - {holder: Seed, share: 40%}
          investors:
            - {id: acme, name: Acme, amount: 10B, instrument: cash, status: reported}
        contracts:
          - id: dc
            provider: Builder
            kind: data_centre
            source: press
            value: 30B
            start: 2027
            capacity_gw: {value: 2 GW, source: filing}
            status: signed
        sites:
          - id: north
            name: North
            contract: dc
            source: press
            capacity_gw: 1.5 GW
            power: 50%
            cooling: 50%
            network: 50%
            online: 2027-06
          - id: south
            name: South
            contract: dc
            source: press
            capacity_gw: 0.5 GW
            power: 50%
            cooling: 50%
            network: 50%
            online: 2027
        financials:
          source: filing
          cash_on_hand: 17.5B
          years:
            - {year: 2025, revenue: 13.1B, burn: 8B}
            - {year: 2026, revenue: 20B, burn: 10B}
            - {year: 2027, revenue: 30B, burn: 10B}
            - {year: 2028, revenue: 40B, burn: 5B}
            - {year: 2029, revenue: 50B, burn: 0}
            - {year: 2030, revenue: 60B, burn: -5B}

        """

    static func warnings(_ text: String) throws -> [String] {
        try ScenarioLoader.check(text: text, file: "w.yaml").warnings.map(\.description)
    }

    static func replacing(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.reduce(consistent) { text, pair in
            #expect(text.contains(pair.key))
            return text.replacing(pair.key, with: pair.value)
        }
    }

    /// Sites adding up to the contract's 2 GW (1.5 + 0.5), a site online in the month its
    /// contract's year starts, 100 % before the round, cash three months old, every year of the
    /// horizon given, every source named.
    @Test func aConsistentScenarioHasNoWarning() throws {
        #expect(try Self.warnings(Self.consistent) == [])
    }

    @Test func sitesHoldingMoreGigawattsThanTheirContracts() throws {
        // 1.5 + 0.8 = 2.3 GW against 2 GW: at the contract's figure, line 28, the 2 at column 26
        let text = Self.replacing(["capacity_gw: 0.5 GW": "capacity_gw: 0.8 GW"])
        #expect(try Self.warnings(text) == [
            #"w.yaml:28:26: warning: contracts[0].capacity_gw: the 2 sites of "Builder" hold 2.3 GW, 0.3 GW more than the 2 GW its contract states"#,
        ])
    }

    @Test func sitesHoldingFewerGigawattsThanTheirContracts() throws {
        // 1.5 + 0.2 = 1.7 GW against 2 GW
        let text = Self.replacing(["capacity_gw: 0.5 GW": "capacity_gw: 0.2 GW"])
        #expect(try Self.warnings(text) == [
            #"w.yaml:28:26: warning: contracts[0].capacity_gw: the 2 sites of "Builder" hold 1.7 GW, 0.3 GW fewer than the 2 GW its contract states"#,
        ])
    }

    /// Two contracts of one provider count together: 2 + 0.5 GW against the sites' 2 GW.
    @Test func aProvidersContractsCountTogether() throws {
        let text = Self.replacing(["sites:\n": """
              - {id: dc2, provider: Builder, kind: cloud, value: 5B, capacity_gw: 0.5 GW, status: signed, source: press}
            sites:

            """])
        #expect(try Self.warnings(text) == [
            #"w.yaml:28:26: warning: contracts[0].capacity_gw: the 2 sites of "Builder" hold 2 GW, 0.5 GW fewer than the 2.5 GW its 2 contracts state"#,
        ])
    }

    @Test func aSiteOnlineBeforeItsContractStarts() throws {
        // line 48 `    online: 2026`: 2026 ends before 2027 begins; 2027-06 (line 39) does not
        let text = Self.replacing(["online: 2027\n": "online: 2026\n"])
        #expect(try Self.warnings(text) == [
            #"w.yaml:48:13: warning: sites[1].online: online 2026, before its contract "dc" starts (2027)"#,
        ])
    }

    /// A date is before another only when it is over, to its last possible day, before the other
    /// can begin: `2027` may be December, so it is not before `2027-06`.
    @Test func datesOfDifferentPrecisions() throws {
        func day(_ text: String) throws -> Day { try #require(Day(parsing: text)) }
        #expect(try ConsistencyWarnings.ends(day("2026-12"), before: day("2027")))
        #expect(try ConsistencyWarnings.ends(day("2026-05-31"), before: day("2026-06")))
        #expect(try !ConsistencyWarnings.ends(day("2027"), before: day("2027-06")))
        #expect(try !ConsistencyWarnings.ends(day("2026-06"), before: day("2026-06-30")))
        #expect(try !ConsistencyWarnings.ends(day("2027-06"), before: day("2027")))
    }

    @Test func stakesBeforeTheRoundAboveAHundredPercent() throws {
        // 60 + 50 = 110 %: at the cap table's first entry, line 17 column 5
        let text = Self.replacing(["share: 40%": "share: 50%"])
        #expect(try Self.warnings(text) == [
            "w.yaml:17:5: warning: round.cap_table: stakes before the round add up to 110 %, more than 100 %",
        ])
    }

    @Test func newStakesAfterTheRoundAboveAHundredPercent() throws {
        // $10B into a company worth $8B after the round: 10 / 8 = 125 %; line 15 column 15
        let text = Self.replacing(["post_money: 50B": "post_money: 8B"])
        #expect(try Self.warnings(text) == [
            "w.yaml:15:15: warning: round.post_money: the investors put in $10B, more than the post-money valuation of $8B: their stakes after the round add up to 125 %",
        ])
    }

    @Test func aPostMoneyThatIsNotPreMoneyPlusTheTarget() throws {
        // 30 + 10 = 40, not 50; post_money moves to line 16
        let text = Self.replacing(["post_money: 50B": "pre_money: 30B\n  post_money: 50B"])
        #expect(try Self.warnings(text) == [
            "w.yaml:16:15: warning: round.post_money: pre_money $30B plus the target $10B is $40B, not $50B",
        ])
        // 49.6 + 10 = 59.6 against 60: within 1 %, as rounded reports are
        #expect(try Self.warnings(Self.replacing(["post_money: 50B": "pre_money: 49.6B\n  post_money: 60B"])) == [])
    }

    @Test func tranchesThatDoNotAddUpToTheAmount() throws {
        // 4 + 5 = 9 against 10: at the amount, line 20 column 38
        let text = Self.replacing(["status: reported}": "status: reported, tranches: "
            + "[{amount: 4B, instrument: cash, status: funded}, {amount: 5B, instrument: conditional, status: signed}]}"])
        #expect(try Self.warnings(text) == [
            "w.yaml:20:38: warning: round.investors[0].amount: its tranches add up to $9B, $1B less than its amount of $10B",
        ])
    }

    @Test func yearsOfTheHorizonWithoutFigures() throws {
        // 2027, 2029 and 2030 missing: at the list, its first item on line 53 column 5
        let text = Self.replacing(["    - {year: 2027, revenue: 30B, burn: 10B}\n": "", "    - {year: 2029, revenue: 50B, burn: 0}\n": "",
                                   "    - {year: 2030, revenue: 60B, burn: -5B}\n": ""])
        #expect(try Self.warnings(text) == [
            "w.yaml:53:5: warning: financials.years: no revenue or burn for 2027, 2029–2030, in the horizon: the projection repeats the latest year given before (or the first one)",
        ])
    }

    static let takenAsItStands = "cash_on_hand: 17.5B\n  cash_not_rolled_forward: the filing gives no burn since\n"

    @Test func cashFromASourceMoreThanSixMonthsOldTakenAsItStands() throws {
        // six months before 2026-03-31 is 2025-09-30; August 2025 is over by then
        let text = Self.replacing(["date: 2025-12-31": "date: 2025-08", "cash_on_hand: 17.5B\n": Self.takenAsItStands])
        #expect(try Self.warnings(text) == [
            #"w.yaml:51:17: warning: financials.cash_on_hand: cash on hand from a source dated 2025-08 ("filing"), more than six months before as_of (2026-03-31), is not rolled forward"#,
        ])
        // September 2025 may end on 2025-09-30: not more than six months
        #expect(try Self.warnings(Self.replacing(["date: 2025-12-31": "date: 2025-09", "cash_on_hand: 17.5B\n": Self.takenAsItStands])) == [])
        // Rolled forward, the months between burn: no warning however old the figure
        #expect(try Self.warnings(Self.replacing(["date: 2025-12-31": "date: 2025-08"])) == [])
    }

    /// A figure's own date stands before its source's, either way: a balance at 2025-08-31
    /// published in a fresh source is stale; a fresh balance in an old source is not.
    @Test func cashByItsOwnDate() throws {
        let stale = Self.replacing(["cash_on_hand: 17.5B\n": Self.takenAsItStands.replacing("17.5B", with: "{value: 17.5B, date: 2025-08-31}")])
        #expect(try Self.warnings(stale) == [
            // the value inside the mapping: column 25
            "w.yaml:51:25: warning: financials.cash_on_hand: cash on hand dated 2025-08-31, more than six months before as_of (2026-03-31), is not rolled forward",
        ])
        let fresh = Self.replacing(["date: 2025-12-31": "date: 2025-08",
                                    "cash_on_hand: 17.5B\n": Self.takenAsItStands.replacing("17.5B", with: "{value: 17.5B, date: 2025-10}")])
        #expect(try Self.warnings(fresh) == [])
        let rolled = Self.replacing(["cash_on_hand: 17.5B": "cash_on_hand: {value: 17.5B, date: 2025-08-31}"])
        #expect(try Self.warnings(rolled) == [])
    }

    @Test func aSourceNoFigureNames() throws {
        let text = Self.replacing(["source: filing}": "source: press}", "  source: filing\n": "  source: press\n"])
        #expect(try Self.warnings(text) == [
            #"w.yaml:9:10: warning: sources[1].id: source "filing" is not named by any source: key"#,
        ])
    }

    /// Warnings come in the order of the file, whatever rule found them: the cap table (line
    /// 17), the site online before its contract (48) and the stale cash taken as it stands (51).
    @Test func warningsInFileOrder() throws {
        let text = Self.replacing(["date: 2025-12-31": "date: 2025-08", "share: 40%": "share: 50%",
                                   "online: 2027\n": "online: 2026\n", "cash_on_hand: 17.5B\n": Self.takenAsItStands])
        #expect(try Self.warnings(text).map { $0.prefix(12) } == ["w.yaml:17:5:", "w.yaml:48:13", "w.yaml:51:17"])
    }

    /// A scenario made in memory has no positions: its warnings stand on line 0, never a crash.
    @Test func aScenarioWithoutPositions() throws {
        let scenario = try ScenarioLoader.load(text: Self.replacing(["online: 2027\n": "online: 2026\n"]), file: "w.yaml")
        let warnings = ConsistencyWarnings.warnings(in: scenario, at: FigurePositions(), file: "memory")
        #expect(warnings.map(\.description) == [#"memory: warning: sites[1].online: online 2026, before its contract "dc" starts (2027)"#])
    }

    /// A source id that does not exist stays an error, with its "did you mean".
    @Test func aMistypedSourceIsAnErrorWithASuggestion() throws {
        let text = Self.replacing(["  source: filing\n": "  source: filng\n"])
        #expect(throws: DiagnosticList([Diagnostic(
            file: "w.yaml", line: 50, column: 11, path: "financials.source",
            message: #"expected a source id listed under sources, found "filng" (did you mean "filing"?)"#)])) {
            try ScenarioLoader.check(text: text, file: "w.yaml")
        }
    }

    /// The built-in scenarios hold no figures that disagree.
    @Test(arguments: BuiltInScenarios.names)
    func builtInScenariosHaveNoWarnings(name: String) throws {
        let text = try #require(BuiltInScenarios.text(named: name))
        let checked = try ScenarioLoader.check(text: text, file: name)
        #expect(checked.warnings.isEmpty, "\(checked.warnings)")
    }

    /// OpenAI's Oracle sites hold what its two contracts state, 4.5 GW (the expansion 0.6 +
    /// Shackelford 1.0 + Doña Ana 1.0 + Saline 1.0 + Port Washington 0.9; after the close,
    /// without the expansion, 1.3 + 1.3 + 1.0 + 0.9; in July, with Saline at 1.4, 1.1 + 1.1 +
    /// 1.4 + 0.9) and Abilene's own 1.2 GW, online after its arrangement starts (2025-07).
    @Test(arguments: BuiltInScenarios.names.filter { $0.hasPrefix("openai-") })
    func oraclesSitesHoldWhatItsContractsState(name: String) throws {
        let scenario = try ScenarioCatalog.load(name)
        let oracle = Set(scenario.contracts.filter { $0.provider == "Oracle (Stargate)" }.map(\.id))
        #expect(oracle == ["oracle", "stargate-abilene"])
        let held = scenario.sites.filter { $0.contract.map(oracle.contains) == true }.map(\.capacityGW.value).reduce(0, +)
        #expect(abs(held - 5.7) < 1e-9)
        #expect(scenario.sites.first { $0.id == "abilene" }?.contract == "stargate-abilene")
    }
}
