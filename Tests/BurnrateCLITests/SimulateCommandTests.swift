import Foundation
import Testing

/// `burnrate simulate`, run as a user runs it.
@Suite struct SimulateCommandTests {
    /// 10B of cash at 2026-01-01 (undated: taken as it stands), 5B from Acme on the as-of date,
    /// 8B of burn a year: 7B at the end of 2026, -1B at the end of 2027, cash runs out 7/8 of
    /// the way through 2027 (a runway of 1.875 years), a funding gap of 1B. No uncertainty
    /// section: every path is the projection.
    static let tiny = """
        id: tiny
        title: Tiny
        company: Tiny
        as_of: 2026-01-01
        currency: USD
        horizon: {start: 2026, end: 2027}
        sources:
          - {id: pub, publisher: Pub, title: T, date: 2026-01-01, confidence: high}
        round:
          name: Seed
          status: reported
          source: pub
          target: 5B
          investors:
            - {id: acme, name: Acme, amount: 5B, instrument: cash, status: reported}
        contracts: []
        financials:
          source: pub
          cash_on_hand: 10B
          years:
            - {year: 2026, revenue: 1B, burn: 8B}
            - {year: 2027, revenue: 1B, burn: 8B}

        """

    static let note = "note: scenario tiny has no uncertainty section: every path is the projection\n"

    func simulate(_ arguments: [String]) throws -> BurnrateRun {
        let directory = try TemporaryDirectory.with(["tiny.yaml": Array(Self.tiny.utf8)])
        return try BurnrateRun.run(["simulate", "--scenario", "tiny.yaml"] + arguments, in: directory)
    }

    @Test func csvOfATinyScenario() throws {
        let run = try simulate(["--paths", "1000", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stderr == Self.note)
        #expect(run.stdout == """
            kind,id,label,year,shortfall_probability,standard_error,p5,p25,p50,p75,p95,low,high,shortfall_at_low,shortfall_at_high,swing
            cash,,,2026,0,0,7000000000,7000000000,7000000000,7000000000,7000000000,,,,,
            cash,,,2027,1,0,-1000000000,-1000000000,-1000000000,-1000000000,-1000000000,,,,,
            runway_years,,,,,,1.875,1.875,1.875,1.875,1.875,,,,,
            funding_gap,,,,,,1000000000,1000000000,1000000000,1000000000,1000000000,,,,,

            """)
    }

    @Test func jsonOfATinyScenarioNarrowedToAYear() throws {
        let run = try simulate(["--paths", "500", "--seed", "42", "--threads", "1", "--year", "2027"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            {
              "burnrate_simulation": 1,
              "scenario": "tiny",
              "what_if": [],
              "paths": 500,
              "seed": 42,
              "quantile_relative_error": 0.00390625,
              "quantile_absolute_error": 1,
              "years": [
                {
                  "year": 2027,
                  "shortfall_probability": 1,
                  "standard_error": 0,
                  "cash": {
                    "p5": -1000000000,
                    "p25": -1000000000,
                    "p50": -1000000000,
                    "p75": -1000000000,
                    "p95": -1000000000
                  },
                  "deterministic_cash": -1000000000
                }
              ],
              "runway_years": {
                "p5": 1.875,
                "p25": 1.875,
                "p50": 1.875,
                "p75": 1.875,
                "p95": 1.875
              },
              "runway_cap_years": 2,
              "funding_gap": {
                "p5": 1000000000,
                "p25": 1000000000,
                "p50": 1000000000,
                "p75": 1000000000,
                "p95": 1000000000
              },
              "drivers_year": 2027,
              "drivers": [],
              "inputs": []
            }

            """)
    }

    /// A what-if applies before the simulation: Acme at 60 % brings 3B, 5B of cash at the end
    /// of 2026, -3B at the end of 2027.
    @Test func markdownUnderAWhatIf() throws {
        let run = try simulate(["--paths", "100", "--format", "markdown", "--set", "investors.acme.realisation=60%"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            # Simulation of `tiny`

            100 paths, seed 2026. Quantiles within 0.4 % (a fixed-resolution sketch); ± is one standard error.

            ## Cash by year end

            | Year | P(cash < 0 by then) | ± | P5 | P25 | Median | P75 | P95 | Projection |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|
            | 2026 | 0.0 % | 0.0 pts | $5B | $5B | $5B | $5B | $5B | $5B |
            | 2027 | 100.0 % | 0.0 pts | -$3B | -$3B | -$3B | -$3B | -$3B | -$3B |

            ## Runway and funding gap

            | Figure | P5 | P25 | Median | P75 | P95 |
            |---|---:|---:|---:|---:|---:|
            | Runway (capped at 2.0 years) | 1.6 years | 1.6 years | 1.6 years | 1.6 years | 1.6 years |
            | Funding gap | $3B | $3B | $3B | $3B | $3B |

            ## Drivers

            No uncertain inputs: every path is the projection.

            """)
    }

    /// The tiny scenario with 6B of burn in 2027 and Acme's 5B at even odds: realised, 7B then
    /// 1B of cash; not, 2B then -4B, out of cash a third of the way through 2027 (a runway of 1.33
    /// years, a gap of 4B). 475 of 1,000 paths go without it (0.5 within two standard errors), and
    /// the commitment's swing is -1: its lowest tenth always runs short, its highest never.
    @Test func csvOfATinyScenarioWithOneUncertainCommitment() throws {
        let text = Self.tiny.replacing("{year: 2027, revenue: 1B, burn: 8B}", with: "{year: 2027, revenue: 1B, burn: 6B}") + """
            uncertainty:
              source: pub
              basis: assumption
              commitments:
                - {investor: acme, probability: 50%}

            """
        let directory = try TemporaryDirectory.with(["tiny.yaml": Array(text.utf8)])
        let run = try BurnrateRun.run(["simulate", "--scenario", "tiny.yaml", "--paths", "1000", "--format", "csv"], in: directory)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == """
            kind,id,label,year,shortfall_probability,standard_error,p5,p25,p50,p75,p95,low,high,shortfall_at_low,shortfall_at_high,swing
            cash,,,2026,0,0,2000683008,2000683008,6996099072,6996099072,6996099072,,,,,
            cash,,,2027,0.475,0.015791611697353755,-4000000000,-4000000000,1000000000,1000000000,1000000000,,,,,
            runway_years,,,,,,1.3333333333332575,1.3333333333332575,2,2,2,,,,,
            funding_gap,,,,,,0,0,0,4000000000,4000000000,,,,,
            driver,commitment.acme,Acme's commitment realised,2027,,,,,,,,0,1,1,0,-1
            driver,realisation.acme,Share of Acme's commitment realised,2027,,,,,,,,1,1,0.4824561403508772,0.5,0.017543859649122806

            """)
    }

    @Test(arguments: [
        (["--paths", "0"], "Error: --paths 0: expected 1 to 100,000,000 paths\n"),
        (["--paths", "100000001"], "Error: --paths 100000001: expected 1 to 100,000,000 paths\n"),
        (["--threads", "0"], "Error: --threads 0: expected 1 to 64 threads\n"),
        (["--threads", "65"], "Error: --threads 65: expected 1 to 64 threads\n"),
        (["--seed", "9007199254740992"],
         "Error: --seed 9007199254740992: expected 0 to 9007199254740991 (2^53 − 1, which JSON numbers hold exactly)\n"),
        (["--paths", "many"], "Error: The value 'many' is invalid for '--paths <n>'\n"),
        (["--format", "xml"], "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'json', 'csv' or 'markdown'.\n"),
    ])
    func boundsAreCheckedBeforeAnythingRuns(arguments: [String], message: String) throws {
        let run = try simulate(arguments)
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
    }

    @Test func aBadSettingIsReportedAsExportReportsIt() throws {
        let run = try simulate(["--set", "burn.scale=lots"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "--set burn.scale=lots: expected a factor like 1.25 or a change like +25%, found \"lots\"\n")
    }
}
