import Testing
@testable import BurnrateModel
import BurnrateYAML

/// Broken decks and the exact diagnostics each must produce, checked against the built-in
/// scenario the deck names.
@Suite struct DeckLoaderTests {
    /// A valid deck; each case changes a few lines of it. Line numbers are 1-based.
    static let valid = [
        "title: Test deck",                                                           // 1
        "scenario: openai-2026-02",                                                   // 2
        "auto_advance: 20",                                                           // 3
        "slides:",                                                                    // 4
        "  - view: dashboard",                                                        // 5
        "    title: Overview",                                                        // 6
        "    highlight: amazon",                                                      // 7
        "  - view: figure",                                                           // 8
        "    title: Multiple",                                                        // 9
        "    figure: {indicator: commitments.revenue_multiple}",                      // 10
        "  - view: risk",                                                             // 11
        "    title: Stress",                                                          // 12
        "    what_if: {preset: softbank-half, set: [\"burn.scale=1.25\"]}",           // 13
        "    year: 2028",                                                             // 14
        "  - view: text",                                                             // 15
        "    title: Close",                                                           // 16
        "    body: Thanks",                                                           // 17
    ]

    static func changed(_ replacements: [Int: [String]]) -> String {
        valid.enumerated().flatMap { replacements[$0.offset + 1] ?? [$0.element] }.joined(separator: "\n") + "\n"
    }

    static func load(_ text: String) throws(DiagnosticList) -> LoadedDeck {
        try DeckLoader.load(text: text, file: "deck.yaml") { (reference) throws(DiagnosticList) in
            try ScenarioCatalog.load(reference, fileExists: { _ in false })
        }
    }

    static func diagnostics(_ replacements: [Int: [String]]) -> [String] {
        do {
            _ = try load(changed(replacements))
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func theValidDeckLoads() throws {
        let loaded = try Self.load(Self.changed([:]))
        let deck = loaded.deck
        #expect(deck.title == "Test deck")
        #expect(loaded.scenario.id == "openai-2026-02")
        #expect(deck.slides.map(\.kind) == [.dashboard, .figure, .risk, .text])
        #expect(deck.slides[0].highlight == .investor("amazon"))
        #expect(deck.slides[1].figure == .indicator("commitments.revenue_multiple"))
        #expect(deck.slides[2].year == 2028)
        #expect(deck.slides[3].body == "Thanks")
        // No slide gives a duration: all take the deck's auto_advance.
        #expect((0..<4).map(deck.seconds(ofSlide:)) == [20, 20, 20, 20])
        // The preset halves SoftBank; the setting adds a 25 % burn overrun on top.
        let whatIf = try #require(deck.slides[2].whatIf).whatIf(for: loaded.scenario)
        #expect(whatIf.realisation == ["softbank": 0.5])
        #expect(whatIf.burnScale == 1.25)
    }

    @Test func aProviderIsHighlightedByItsNameInAnyCase() throws {
        let loaded = try Self.load(Self.changed([7: ["    highlight: microsoft azure"]]))
        #expect(loaded.deck.slides[0].highlight == .provider("Microsoft Azure"))
    }

    @Test func withoutAutoAdvanceASlideWithoutDurationTakesThirtySeconds() throws {
        let loaded = try Self.load(Self.changed([3: [], 6: ["    title: Overview", "    duration: 90"]]))
        #expect(loaded.deck.seconds(ofSlide: 0) == 90)
        #expect(loaded.deck.seconds(ofSlide: 1) == Deck.fallbackSlideSeconds)
    }

    @Test func aCompareSlideLoadsItsSecondScenario() throws {
        let loaded = try Self.load(Self.changed([17: ["    body: Thanks", "  - view: compare", "    title: Closed",
                                                      "    compare: openai-2026-03-close"]]))
        #expect(loaded.deck.slides[4].compare == "openai-2026-03-close")
        #expect(loaded.comparisons["openai-2026-03-close"]?.id == "openai-2026-03-close")
        #expect(loaded.comparedAnalyses["openai-2026-03-close"] == loaded.comparisons["openai-2026-03-close"].map(Analysis.init(scenario:)))
    }

    @Test func unknownDeckKeySuggestsTheClosest() {
        #expect(Self.diagnostics([3: ["auto_advanse: 20"]])
            == [#"deck.yaml:3:1: auto_advanse: unknown key "auto_advanse" (did you mean "auto_advance"?)"#])
    }

    @Test func unknownSlideKeySuggestsTheClosest() {
        #expect(Self.diagnostics([7: ["    hilight: amazon"]])
            == [#"deck.yaml:7:5: slides[0].hilight: unknown key "hilight" (did you mean "highlight"?)"#])
    }

    @Test func unknownView() {
        #expect(Self.diagnostics([5: ["  - view: dashbord"]])
            == [#"deck.yaml:5:11: slides[0].view: expected one of dashboard, investors, capacity, risk, timeline, compare, figure, text, simulation, league, found "dashbord" (did you mean "dashboard"?)"#])
    }

    @Test func unknownPreset() {
        #expect(Self.diagnostics([13: ["    what_if: {preset: softbank-halve}"]])
            == [#"deck.yaml:13:23: slides[2].what_if.preset: expected a stress preset (burnrate scenario presets lists them), found "softbank-halve" (did you mean "softbank-half"?)"#])
    }

    @Test func badSettingPath() {
        #expect(Self.diagnostics([13: [#"    what_if: {set: ["burn.scal=1.25"]}"#]])
            == [#"deck.yaml:13:21: slides[2].what_if.set[0]: unknown setting "burn.scal"; did you mean "burn.scale"?"#])
    }

    @Test func badSettingValue() {
        #expect(Self.diagnostics([13: [#"    what_if: {set: ["burn.scale=1.25", "revenue.growth=lots"]}"#]])
            == [#"deck.yaml:13:40: slides[2].what_if.set[1]: expected a growth rate like 10%, -10% or 0.1, found "lots""#])
    }

    @Test func settingNamingAnInvestorTheScenarioLacks() {
        #expect(Self.diagnostics([13: [#"    what_if: {set: ["investors.sofbank.realisation=50%"]}"#]])
            == [#"deck.yaml:13:21: slides[2].what_if.set[0]: investors.sofbank.realisation: no investor "sofbank" in this scenario; did you mean "softbank"?"#])
    }

    @Test func whatIfWithNeitherPresetNorSettings() {
        #expect(Self.diagnostics([13: ["    what_if: {}"]])
            == [#"deck.yaml:13:14: slides[2].what_if: missing required key "preset" (or "set")"#])
    }

    @Test func yearOutsideTheScenariosHorizon() {
        #expect(Self.diagnostics([14: ["    year: 2031"]])
            == [#"deck.yaml:14:11: slides[2].year: expected a year of the scenario's horizon, 2026 to 2030, found "2031""#])
    }

    @Test func unknownIndicator() {
        #expect(Self.diagnostics([10: ["    figure: {indicator: commitment.revenue_multiple}"]])
            == [#"deck.yaml:10:25: slides[1].figure.indicator: expected an indicator id such as commitments.revenue_multiple or ownership.<investor id>, found "commitment.revenue_multiple" (did you mean "commitments.revenue_multiple"?)"#])
    }

    @Test func unknownInvestorToHighlight() {
        #expect(Self.diagnostics([7: ["    highlight: amazn"]])
            == [#"deck.yaml:7:16: slides[0].highlight: expected an investor id, a provider name or an indicator id of the scenario, found "amazn" (did you mean "amazon"?)"#])
    }

    @Test func figureSlideWithoutAFigure() {
        #expect(Self.diagnostics([10: []]) == [#"deck.yaml:8:5: slides[1]: missing required key "figure""#])
    }

    @Test func figureOnADashboardSlide() {
        #expect(Self.diagnostics([7: ["    highlight: amazon", #"    figure: "$850B""#]])
            == [#"deck.yaml:8:13: slides[0].figure: expected a figure slide (view: figure) for this key, found a dashboard slide"#])
    }

    @Test func durationsBeyondADay() {
        #expect(Self.diagnostics([6: ["    title: Overview", "    duration: 86401"]])
            == [#"deck.yaml:7:15: slides[0].duration: expected a number of seconds above 0 and at most 86400 (a day), found "86401""#])
        #expect(Self.diagnostics([3: ["auto_advance: 1e300"]])
            == [#"deck.yaml:3:15: auto_advance: expected a number of seconds above 0 and at most 86400 (a day), found "1e300""#])
        #expect(Self.diagnostics([3: ["auto_advance: 1e400"]])
            == [#"deck.yaml:3:15: auto_advance: expected a finite number, found "1e400""#])
        #expect(Self.diagnostics([3: ["auto_advance: 86400"]]) == [])
    }

    @Test func slideYearsOutsideTheYearsAnyDateMayHave() {
        #expect(Self.diagnostics([14: ["    year: 9223372036854775807"]])
            == [#"deck.yaml:14:11: slides[2].year: expected a year from 1900 to 2200, found "9223372036854775807""#])
        #expect(Self.diagnostics([14: ["    year: -1"]])
            == [#"deck.yaml:14:11: slides[2].year: expected a year from 1900 to 2200, found "-1""#])
    }

    @Test func aScenarioGivenAsADeck() throws {
        let scenario = try #require(BuiltInScenarios.text(named: BuiltInScenarios.defaultName))
        // Its first key stands on line 24, after the comments that open it.
        #expect(throws: DiagnosticList([Diagnostic(file: "deck.yaml", line: 24, column: 1, path: "",
            message: #"expected a deck file, found a scenario (it has "round:"); check a scenario with burnrate check FILE"#)])) {
            try Self.load(scenario)
        }
    }

    @Test func aRootThatIsNotAMappingIsReportedAlone() {
        for (text, found) in [("- title: T\n", "a list"), ("slides\n", #""slides""#)] {
            #expect(throws: DiagnosticList([Diagnostic(file: "deck.yaml", line: 1, column: 1, path: "",
                message: "expected a mapping of deck keys (title, scenario, slides, …), found \(found)")])) {
                try Self.load(text)
            }
        }
    }

    @Test func aBrokenScenarioNamedOnEverySlideIsReportedOnce() {
        // Each compare slide names the same file; its problems come once, after the deck's.
        let slides = (0..<3).flatMap { ["  - view: compare", "    title: S\($0)", "    compare: missing.yaml"] }
        let text = (["title: T", "slides:"] + slides).joined(separator: "\n") + "\n"
        do {
            _ = try Self.load(text)
            Issue.record("the deck loaded")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                #"deck.yaml:5:14: slides[0].compare: expected a built-in scenario name or a scenario file that loads, found "missing.yaml""#,
                #"deck.yaml:8:14: slides[1].compare: expected a built-in scenario name or a scenario file that loads, found "missing.yaml""#,
                #"deck.yaml:11:14: slides[2].compare: expected a built-in scenario name or a scenario file that loads, found "missing.yaml""#,
                "missing.yaml: cannot read the file: No such file or directory",
            ])
        }
    }

    @Test func durationOfZero() {
        #expect(Self.diagnostics([6: ["    title: Overview", "    duration: 0"]])
            == [#"deck.yaml:7:15: slides[0].duration: expected a number of seconds above 0 and at most 86400 (a day), found "0""#])
    }

    @Test func noSlides() {
        #expect(Self.diagnostics([4: ["slides: []"], 5: [], 6: [], 7: [], 8: [], 9: [], 10: [], 11: [], 12: [], 13: [],
                                  14: [], 15: [], 16: [], 17: []])
            == [#"deck.yaml:4:9: slides: expected a list of at least one slide, found an empty list"#])
    }

    /// The deck's problem first, then the scenario catalogue's own, in its "file".
    @Test func scenarioThatDoesNotLoad() {
        #expect(Self.diagnostics([2: ["scenario: nope"]]) == [
            #"deck.yaml:2:11: scenario: expected a built-in scenario name or a scenario file that loads, found "nope""#,
            "nope: no scenario file at this path and no built-in scenario of this name (built in: openai-2026-02, openai-2026-03-close, "
                + "openai-2026-07, anthropic-2026-02, anthropic-2026-05, xai-2026, coreweave-2026)",
        ])
    }

    @Test func everyProblemAtOnceInFileOrder() {
        #expect(Self.diagnostics([5: ["  - view: dashbord"], 7: ["    highlight: amazn"], 14: ["    year: 2025"]]) == [
            #"deck.yaml:5:11: slides[0].view: expected one of dashboard, investors, capacity, risk, timeline, compare, figure, text, simulation, league, found "dashbord" (did you mean "dashboard"?)"#,
            #"deck.yaml:7:16: slides[0].highlight: expected an investor id, a provider name or an indicator id of the scenario, found "amazn" (did you mean "amazon"?)"#,
            #"deck.yaml:14:11: slides[2].year: expected a year of the scenario's horizon, 2026 to 2030, found "2025""#,
        ])
    }
}
