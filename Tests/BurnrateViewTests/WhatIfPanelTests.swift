import BurnrateModel
import Testing
@testable import BurnrateView

@Suite struct WhatIfPanelTests {
    static let scenario = DashboardSnapshotTests.model.base

    func press(_ keys: [Key], from start: AppState? = nil) -> AppState {
        var state = start ?? AppState(model: DashboardSnapshotTests.model, width: 160, height: 48)
        for key in keys { state = DashboardUpdate.update(state, .key(key)).0 }
        return state
    }

    @Test func theKnobsFollowTheScenario() {
        let knobs = WhatIfKnob.all(for: Self.scenario)
        // Four investors, revenue, burn, valuation, three providers, eight sites, the failing
        // provider, nine presets.
        #expect(knobs.count == 4 + 3 + 3 + 8 + 1 + StressPreset.all.count)
        #expect(knobs.first == .realisation(investorID: "amazon"))
        #expect(knobs[7] == .delay(key: "Amazon Web Services"))
        #expect(WhatIfKnob.realisation(investorID: "softbank").label(in: Self.scenario) == "SoftBank delivers")
    }

    @Test func stepsMoveInSensibleUnitsAndStopAtTheEnds() {
        let none = WhatIf()
        let softbank = WhatIfKnob.realisation(investorID: "softbank")
        // 100 % − 10 % = 90 %; back up to 100 % removes the knob from the what-if.
        let lower = softbank.step(-1, in: none, scenario: Self.scenario)
        #expect(lower.realisation == ["softbank": 0.9])
        #expect(softbank.step(1, in: lower, scenario: Self.scenario).isEmpty)
        #expect(softbank.step(1, in: none, scenario: Self.scenario).isEmpty, "100 % is the most an investor delivers")
        // Valuation moves by $50B from the post-money of at least $850B.
        #expect(WhatIfKnob.valuation.step(-1, in: none, scenario: Self.scenario).valuation == 800e9)
        // Delays move by three months and never go below zero.
        #expect(WhatIfKnob.delay(key: "abilene").step(1, in: none, scenario: Self.scenario).delayMonths == ["abilene": 3])
        #expect(WhatIfKnob.delay(key: "abilene").step(-1, in: none, scenario: Self.scenario).isEmpty)
        // Revenue growth steps through set rates; one step right of "as scenario" is +10 %.
        #expect(WhatIfKnob.revenueGrowth.step(1, in: none, scenario: Self.scenario).revenueGrowth == 0.1)
        #expect(WhatIfKnob.revenueGrowth.step(-1, in: none, scenario: Self.scenario).revenueGrowth == 0)
        // The failing provider cycles through none and each provider.
        #expect(WhatIfKnob.lostProvider.step(1, in: none, scenario: Self.scenario).lostProvider == "Amazon Web Services")
        #expect(WhatIfKnob.lostProvider.step(-1, in: none, scenario: Self.scenario).lostProvider == "Oracle (Stargate)")
    }

    @Test func arrowsChangeTheSelectedInputAndEveryPanelFollows() {
        // w opens the panel; ↓ to SoftBank; ← five times: 100 % → 50 %.
        let state = press([.character("w"), .down] + Array(repeating: .left, count: 5))
        #expect(state.model.whatIf.realisation == ["softbank": 0.5])
        // SoftBank 30B × 50 % = 15B; committed 50 + 15 + 20 = 85B; coverage 85 ÷ 100 = 0.85.
        #expect(state.analysis.investors[1].headline == 15e9)
        #expect(state.analysis.indicator("round.coverage")?.value == 0.85)
        #expect(state.model.baseAnalysis.indicator("round.coverage")?.value == 1)
        #expect(state.layout.dock != nil)
        #expect(press([.character("w")], from: state).whatIfPanel == nil)
    }

    @Test func enterTypesAValueThroughTheSameParserAsSet() {
        let typed = press([.character("w"), .down, .down, .enter, .character("2"), .character("5"), .character("%"), .enter])
        #expect(typed.model.whatIf.realisation == ["nvidia": 0.25])
        // Nvidia 20B × 25 % = 5B.
        #expect(typed.analysis.investors[2].headline == 5e9)
        let wrong = press([.character("w"), .enter, .character("x"), .enter])
        #expect(wrong.model.whatIf.isEmpty)
        #expect(wrong.message == #"--set investors.amazon.realisation=x: expected a percentage like 50% or a fraction like 0.5, found "x""#)
    }

    @Test func presetsApplyFromTheListAndRResets() {
        let knobs = WhatIfKnob.all(for: Self.scenario)
        let presetRow = knobs.firstIndex(of: .preset("revenue-flat"))!
        let flat = press([.character("w")] + Array(repeating: .down, count: presetRow) + [.enter])
        #expect(flat.model.presetID == "revenue-flat")
        #expect(flat.model.whatIf.revenueGrowth == 0)
        #expect(flat.message == "what-if: Revenue flat")
        #expect(press([.escape, .character("r")], from: flat).model.isAdjusted == false)
    }

    @Test func presetsStackAndXTakesOneOff() {
        let knobs = WhatIfKnob.all(for: Self.scenario)
        func row(_ id: String) -> Int { knobs.firstIndex(of: .preset(id))! }
        let half = press([.character("w")] + Array(repeating: .down, count: row("softbank-half")) + [.enter])
        let both = press(Array(repeating: .down, count: row("power-late") - row("softbank-half")) + [.enter], from: half)
        // Power a year late adds twelve months to each of the eight sites; SoftBank stays at half.
        #expect(both.model.whatIf.realisation == ["softbank": 0.5])
        #expect(both.model.whatIf.delayMonths.count == 8 && both.model.whatIf.delayMonths["abilene"] == 12)
        #expect(both.model.presetIDs == ["softbank-half", "power-late"])
        #expect(both.message == "what-if: Power a year late, on top of SoftBank delivers half")
        // x on an applied preset takes it off and leaves the other.
        let back = press([.character("x")], from: both)
        #expect(back.model.whatIf == WhatIf(realisation: ["softbank": 0.5]))
        #expect(back.model.presetIDs == ["softbank-half"])
        #expect(back.message == "what-if: Power a year late removed")
        // x on a preset that is not applied does nothing.
        #expect(press([.character("x")], from: back).model.presetIDs == ["softbank-half"])
    }

    @Test func aLaterPresetWinsWhereTwoSetTheSameInputAndRemovingItRestoresTheEarlier() {
        var model = DashboardSnapshotTests.model
        // Circular money unwinds: the three supplier investors deliver nothing; SoftBank half
        // sets SoftBank alone, so the two add up.
        model.stack(StressPreset.named("circular-unwind")!)
        model.stack(StressPreset.named("softbank-half")!)
        #expect(model.whatIf.realisation == ["amazon": 0, "nvidia": 0, "microsoft": 0, "softbank": 0.5])
        // Valuation reset (60 % of $850B = $510B) then a hand value of $600B: the later wins.
        model.stack(StressPreset.named("valuation-reset")!)
        #expect(model.whatIf.valuation == 510e9)
        model.adjustKeepingPresets(model.whatIf.merged(with: WhatIf(valuation: 600e9)))
        #expect(model.whatIf.valuation == 600e9)
        #expect(model.presetIDs == ["circular-unwind", "softbank-half", "valuation-reset"])
        // Amazon at 80 % by hand, then Circular money unwinds (Amazon, Nvidia, Microsoft at 0):
        // the preset wins. "Conditional money fails" sets Amazon alone to its firm part, 0.
        var stacked = DashboardSnapshotTests.model
        stacked.adjust(WhatIf(realisation: ["amazon": 0.8]))
        stacked.stack(StressPreset.named("circular-unwind")!)
        #expect(stacked.whatIf.realisation == ["amazon": 0, "nvidia": 0, "microsoft": 0])
        stacked.stack(StressPreset.named("conditional-money-fails")!)
        // Taking off the first preset frees Nvidia and Microsoft; Amazon keeps the 0 the
        // other preset still sets.
        stacked.remove(presetID: "circular-unwind")
        #expect(stacked.whatIf.realisation == ["amazon": 0])
        #expect(stacked.presetIDs == ["conditional-money-fails"])
    }

    @Test func leftAndRightMoveAColumnAcrossFromAPreset() {
        // At 160×48 the panel docks 13 rows: two borders, a hint and three columns of ten
        // knobs; the last column holds presets 20–27.
        let open = press([.character("w"), .end])
        #expect(open.layout.dock?.height == 13)
        #expect(open.whatIfPanel?.selected == 27)
        // A preset has no value: ← moves ten knobs back, to the site delay beside it.
        let left = press([.left], from: open)
        #expect(left.whatIfPanel?.selected == 17)
        #expect(left.model.whatIf.isEmpty)
        // On a knob with a value l changes it (Milam County's delay by three months) and stays put.
        let right = press([.character("l")], from: left)
        #expect(right.whatIfPanel?.selected == 17)
        #expect(right.model.whatIf.delayMonths == ["milam": 3])
        // From the last column there is no column to the right: the selection stays.
        #expect(press([.right], from: open).whatIfPanel?.selected == 27)
        #expect(press([.character("h"), .character("h")], from: open).whatIfPanel?.selected == 17)
    }

    @Test func theTimelineStepsPlaysAndStops() {
        let stepped = press([.character("]"), .character("]")])
        #expect(stepped.timeline.year == 2027)
        #expect(press([.character("[")]).timeline.year == 2030)
        var playing = press([.character(" ")])
        #expect(playing.timeline.isPlaying && playing.timeline.year == 2026)
        for _ in 0..<4 { playing = DashboardUpdate.update(playing, .timelineStep).0 }
        #expect(playing.timeline.year == 2030 && !playing.timeline.isPlaying, "playback stops on the last year")
        #expect(press([.character(" ")], from: playing).timeline.year == 2026, "space at the end plays from the start")
    }
}

extension WhatIfPanelTests {
    @Test func thePaceOfPlaybackChangesInSetSteps() {
        // Paces: 0.5, 1, 1.5 (the default), 2, 3, 5 seconds a year.
        #expect(press([.character(">")]).timeline.secondsPerYear == 1)
        #expect(press([.character(">"), .character(">"), .character(">")]).timeline.secondsPerYear == 0.5)
        #expect(press([.character("<"), .character("<")]).timeline.secondsPerYear == 3)
        #expect(press([.character("<")]).message == "timeline: 2 s a year")
    }
}

@Suite struct WhatIfPaletteTests {
    func press(_ keys: [Key], from start: AppState? = nil) -> AppState {
        WhatIfPanelTests().press(keys, from: start)
    }

    static func typed(_ text: String) -> [Key] { text.map(Key.character) }

    @Test func softBankHalfAndOracleAYearLateInTwelveKeys() {
        // `:` opens the palette, one letter finds the input, Enter asks for its value on
        // `set PATH=`, the value and Enter apply it.
        let keys: [Key] = [.character(":")] + Self.typed("s") + [.enter] + Self.typed(".5") + [.enter]
            + [.character(":")] + Self.typed("o") + [.enter] + Self.typed("1y") + [.enter]
        #expect(keys.count <= 12)
        let state = press(keys)
        #expect(state.model.whatIf == WhatIf(realisation: ["softbank": 0.5], delayMonths: ["Oracle (Stargate)": 12]))
        #expect(state.palette == nil)
    }

    @Test func choosingAnInputAsksForItsValueOnTheSetPath() {
        let asked = press([.character(":")] + Self.typed("softbank") + [.enter])
        #expect(asked.palette?.query == "set investors.softbank.realisation=")
        #expect(CommandPalette.entries(for: "oracle", in: asked).first?.title == "Oracle (Stargate): delay")
    }

    @Test func theSetSyntaxAppliesAndABadValueStaysInThePaletteWithTheParsersMessage() {
        let set = press([.character(":")] + Self.typed("set burn.scale=+25%") + [.enter])
        #expect(set.model.whatIf == WhatIf(burnScale: 1.25))
        #expect(set.message == "what-if: burn.scale=+25%")
        let bad = press([.character(":")] + Self.typed("set delay.abilene=soon") + [.enter])
        #expect(bad.model.whatIf.isEmpty)
        #expect(bad.palette?.error
            == "--set delay.abilene=soon: expected a number of months like 12, 12m or 1y, at most 1200 (100 years) either way, found \"soon\"")
        // Editing the query clears the message.
        #expect(press([.backspace], from: bad).palette?.error == nil)
    }
}
