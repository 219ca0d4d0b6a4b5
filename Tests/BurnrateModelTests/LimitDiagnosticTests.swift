import Testing
@testable import BurnrateModel

/// Numbers that would size memory or a loop, or overflow, are refused where they stand; a
/// problem that costs an object its keys or references is reported once, as itself.
@Suite struct LimitDiagnosticTests {
    typealias Case = LoaderDiagnosticTests.Case

    static func changed(_ replacements: [Int: [String]], appending extra: [String] = []) -> String {
        LoaderDiagnosticTests.changed(replacements, appending: extra)
    }

    static let valid = LoaderDiagnosticTests.valid

    static let limits: [Case] = [
        Case(name: "a horizon of the largest integers", text: changed([6: ["horizon: {start: 9223372036854775807, end: 9223372036854775807}"]]),
             expected: [#"t.yaml:6:18: horizon.start: expected a year from 1900 to 2200, found "9223372036854775807""#]),
        Case(name: "a horizon ending in a hundred millionth year", text: changed([6: ["horizon: {start: 2026, end: 100000000}"]]),
             expected: [#"t.yaml:6:29: horizon.end: expected a year from 1900 to 2200, found "100000000""#]),
        Case(name: "a horizon of 6,250 years", text: changed([6: ["horizon: {start: 2026, end: 8275}"]]),
             expected: [#"t.yaml:6:29: horizon.end: expected a year from 1900 to 2200, found "8275""#]),
        Case(name: "a horizon of 101 years", text: changed([6: ["horizon: {start: 2000, end: 2100}"]]),
             expected: [#"t.yaml:6:29: horizon.end: expected a horizon of at most 100 years (an end by 2099), found "2100""#]),
        Case(name: "a horizon of exactly 100 years", text: changed([6: ["horizon: {start: 2000, end: 2099}"]]), expected: []),
        Case(name: "a horizon starting before 1900", text: changed([6: ["horizon: {start: 1899, end: 1950}"]]),
             expected: [#"t.yaml:6:18: horizon.start: expected a year from 1900 to 2200, found "1899""#]),
        Case(name: "a horizon of negative years", text: changed([6: ["horizon: {start: -5, end: -1}"]]),
             expected: [#"t.yaml:6:18: horizon.start: expected a year from 1900 to 2200, found "-5""#]),
        Case(name: "a horizon of a number too large for an integer", text: changed([6: ["horizon: {start: 2026, end: 99999999999999999999}"]]),
             expected: [#"t.yaml:6:29: horizon.end: expected a year like 2030, found "99999999999999999999""#]),
        Case(name: "the last years allowed", text: changed([4: ["as_of: 2200-12-31"], 6: ["horizon: {start: 2200, end: 2200}"]]), expected: []),
        Case(name: "an as_of in year 1", text: changed([4: ["as_of: 0001-01-01"]]),
             expected: [#"t.yaml:4:8: as_of: expected a date in the years 1900 to 2200, found "0001-01-01""#]),
        Case(name: "an as_of after 2200", text: changed([4: ["as_of: 2201"]]),
             expected: [#"t.yaml:4:8: as_of: expected a date in the years 1900 to 2200, found "2201""#]),
        Case(name: "a source dated 9999", text: changed([8: ["  - {id: article, publisher: Pub, title: T, date: 9999-12-31, confidence: high}"]]),
             expected: [#"t.yaml:8:51: sources[0].date: expected a date in the years 1900 to 2200, found "9999-12-31""#]),
        Case(name: "a round dated 1000", text: changed([10: ["  name: Series A", "  date: 1000-06"]]),
             expected: [#"t.yaml:11:9: round.date: expected a date in the years 1900 to 2200, found "1000-06""#]),
        Case(name: "a contract starting in 3000", text: changed([21: ["  - {id: aws, provider: AWS, kind: cloud, value: 38B, status: signed, source: article, start: 3000}"]]),
             expected: [#"t.yaml:21:95: contracts[0].start: expected a date in the years 1900 to 2200, found "3000""#]),
        Case(name: "a financial year of 9223372036854775807", text: changed([26: ["    - {year: 9223372036854775807, revenue: 13.1B, burn: 8B}"]]),
             expected: [#"t.yaml:26:14: financials.years[0].year: expected a year from 1900 to 2200, found "9223372036854775807""#]),
        Case(name: "a financial year of 0", text: changed([26: ["    - {year: 0, revenue: 13.1B, burn: 8B}"]]),
             expected: [#"t.yaml:26:14: financials.years[0].year: expected a year from 1900 to 2200, found "0""#]),
        Case(name: "a term of a thousand years", text: changed([21: ["  - {id: aws, provider: AWS, kind: cloud, value: 38B, status: signed, source: article, term_years: 1000}"]]),
             expected: [#"t.yaml:21:100: contracts[0].term_years: expected a term of at most 100 years, found "1000""#]),
        Case(name: "a term of 1e300 years", text: changed([21: ["  - {id: aws, provider: AWS, kind: cloud, value: 38B, status: signed, source: article, term_years: 1e300}"]]),
             expected: [#"t.yaml:21:100: contracts[0].term_years: expected a term of at most 100 years, found "1e300""#]),
        Case(name: "a term of 1e400 years", text: changed([21: ["  - {id: aws, provider: AWS, kind: cloud, value: 38B, status: signed, source: article, term_years: 1e400}"]]),
             expected: [#"t.yaml:21:100: contracts[0].term_years: expected a finite number, found "1e400""#]),
        Case(name: "an amount of 1e400", text: changed([17: ["      amount: 1e400"]]),
             expected: [#"t.yaml:17:15: round.investors[0].amount: expected a finite amount, found "1e400""#]),
        Case(name: "a threshold of NaN", text: changed([:], appending: ["risk:", "  thresholds:", "    round.coverage: {watch: .nan, alert: 1}"]),
             expected: [#"t.yaml:29:29: risk.thresholds.round.coverage.watch: expected a finite number, found ".nan""#]),
    ]

    static let causes: [Case] = [
        Case(name: "a scenario under a key of its own", text: "scenario:\n" + valid.map { "  " + $0 }.joined(separator: "\n") + "\n",
             expected: [#"t.yaml:1:1: scenario: unknown key "scenario", whose value holds keys that belong here (id, title, company, …); write them one level up, without "scenario:""#]),
        Case(name: "a mapping of none of a scenario's keys", text: "name: x\nvalue: 3\n",
             expected: [#"t.yaml:1:1: name: unknown key "name"; expected one of id, title, company, as_of, currency, horizon, base_case, sources, round, contracts, sites, debt, leases, customers, financials, risk, uncertainty"#,
                        #"t.yaml:2:1: value: unknown key "value"; expected one of id, title, company, as_of, currency, horizon, base_case, sources, round, contracts, sites, debt, leases, customers, financials, risk, uncertainty"#]),
        Case(name: "a deck given as a scenario", text: "title: Deck\nscenario: openai\nslides: []\n",
             expected: [#"t.yaml:1:1: expected a scenario file, found a deck (it has "slides:"); check a deck with burnrate deck check FILE"#]),
        Case(name: "a theme given as a scenario", text: "name: x\ncolors: {}\n",
             expected: [#"t.yaml:1:1: expected a scenario file, found a theme (it has "colors:"); check a theme with burnrate themes --check FILE"#]),
        Case(name: "a misspelt key is not also missing", text: changed([16: ["      nmae: Acme"]]),
             expected: [#"t.yaml:16:7: round.investors[0].nmae: unknown key "nmae" (did you mean "name"?)"#]),
        Case(name: "a misspelt top-level key is not also missing", text: changed([22: ["financial:"]]),
             expected: [#"t.yaml:22:1: financial: unknown key "financial" (did you mean "financials"?)"#]),
        Case(name: "sources as a mapping: its references are not reported", text: changed([7: ["sources: {}"], 8: []]),
             expected: ["t.yaml:7:10: sources: expected a list, found a mapping"]),
        Case(name: "sources missing: its references are not reported", text: changed([7: [], 8: []]),
             expected: [#"t.yaml:1:1: missing required key "sources""#]),
        Case(name: "contracts as text: site references are not reported",
             text: changed([20: ["contracts: aws"], 21: []], appending: LoaderDiagnosticTests.sites.dropLast() + ["  - {id: s1, name: One, contract: aws, capacity_gw: 1 GW, power: 1, cooling: 1, network: 1, online: 2027, source: article}"]),
             expected: [#"t.yaml:20:12: contracts: expected a list, found "aws""#]),
        Case(name: "investors as a mapping: ownership indicators are not reported",
             text: changed([14: ["  investors: {}"], 15: [], 16: [], 17: [], 18: [], 19: []], appending: ["risk:", "  weights:", "    ownership.acme: 1"]),
             expected: ["t.yaml:14:14: round.investors: expected a list, found a mapping"]),
        Case(name: "a source that is a list: the figures under it are not reported as lacking one", text: changed([12: ["  source: [article]"]]),
             expected: ["t.yaml:12:11: round.source: expected an id of letters, digits, '-' and '_', found a list"]),
    ]

    @Test(arguments: limits) func refusesNumbersBeyondTheirLimits(_ broken: Case) {
        #expect(LoaderDiagnosticTests.diagnostics(broken.text) == broken.expected)
    }

    @Test(arguments: causes) func reportsTheCauseAlone(_ broken: Case) {
        #expect(LoaderDiagnosticTests.diagnostics(broken.text) == broken.expected)
    }

    @Test func keepsAHundredDiagnosticsAndCountsTheRest() {
        let text = Self.changed([15: Array(repeating: "    - 1", count: 250) + [Self.valid[14]]])
        let expected = (0..<100).map { #"t.yaml:\#(15 + $0):7: round.investors[\#($0)]: expected a mapping, found "1""# }
            + ["t.yaml: … and 150 more problems"]
        #expect(LoaderDiagnosticTests.diagnostics(text) == expected)
    }

    @Test func countsOneMoreProblemInTheSingular() {
        let text = Self.changed([15: Array(repeating: "    - 1", count: 101) + [Self.valid[14]]])
        #expect(LoaderDiagnosticTests.diagnostics(text).suffix(2) == [
            #"t.yaml:114:7: round.investors[99]: expected a mapping, found "1""#, "t.yaml: … and 1 more problem",
        ])
    }

    @Test func keepsEveryOneOfAHundredDiagnostics() {
        let text = Self.changed([15: Array(repeating: "    - 1", count: 100) + [Self.valid[14]]])
        #expect(LoaderDiagnosticTests.diagnostics(text).count == 100)
    }

    @Test func refusesDelaysBeyondAHundredYears() throws {
        let expected = "expected a number of months like 12, 12m or 1y, at most 1200 (100 years) either way"
        for value in ["1201", "101y", "-1201", "2147483647", "9223372036854775807", "1e300", "1e400", "nan"] {
            #expect(throws: WhatIfError(setting: "delay.aws=\(value)", message: "\(expected), found \"\(value)\"")) {
                try WhatIfSetting.apply("delay.aws=\(value)", to: WhatIf())
            }
        }
        #expect(try WhatIfSetting.apply("delay.aws=100y", to: WhatIf()).delayMonths["aws"] == 1200)
        #expect(try WhatIfSetting.apply("delay.aws=-1200", to: WhatIf()).delayMonths["aws"] == -1200)
    }
}
