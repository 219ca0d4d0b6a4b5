import BurnrateModel

/// The scenario as loaded, the what-if on top of it, and both analyses: the adjusted one the
/// panels show and the base one every moved figure is compared with.
public struct ModelState: Sendable {
    public private(set) var base: Scenario
    public private(set) var whatIf: WhatIf
    /// The stress presets laid over the what-if, in the order applied.
    public private(set) var presetIDs: [String]
    /// The last stress preset applied, if any.
    public var presetID: String? { presetIDs.last }
    public private(set) var analysis: Analysis
    public private(set) var baseAnalysis: Analysis
    /// Counts the changes to the scenario the panels show (a what-if, a reload), so that work
    /// done on one version of it, such as a simulation, can tell whether it is still current.
    public private(set) var revision: Int
    /// Private mode (`p`, `--private`): both analyses are of the scenario with its confidential
    /// figures hidden (`Scenario.masked`); `base` stays as loaded, for a save.
    public private(set) var isPrivate: Bool

    /// `revision` starts after that of the model this one replaces, if any.
    public init(base: Scenario, whatIf: WhatIf = WhatIf(), presetID: String? = nil, after previous: ModelState? = nil,
                isPrivate: Bool? = nil) {
        revision = previous.map { $0.revision + 1 } ?? 0
        self.isPrivate = isPrivate ?? previous?.isPrivate ?? false
        self.base = base
        self.whatIf = whatIf
        presetIDs = presetID.map { [$0] } ?? []
        baseAnalysis = Analysis(scenario: self.isPrivate ? base.masked : base)
        analysis = baseAnalysis
        analysis = analysed(whatIf)
    }

    /// The analysis the panels show under `whatIf`, hidden figures and all.
    private func analysed(_ whatIf: WhatIf) -> Analysis {
        guard !whatIf.isEmpty else { return baseAnalysis }
        let adjusted = whatIf.apply(to: base)
        return Analysis(scenario: isPrivate ? adjusted.masked : adjusted)
    }

    /// Private mode on or off: the analyses are worked out again, the what-if kept.
    public mutating func setPrivate(_ on: Bool) {
        guard on != isPrivate else { return }
        let applied = presetIDs
        self = ModelState(base: base, whatIf: whatIf, after: self, isPrivate: on)
        presetIDs = applied
    }

    /// The scenario as the what-if panel and the header describe it: hidden figures hidden, as
    /// the base analysis was worked out from (the panel asks for it at each of its rows).
    public var shownBase: Scenario { baseAnalysis.scenario }

    public var isAdjusted: Bool { !whatIf.isEmpty }

    /// A new what-if on the same base, from the preset named or none; the base analysis is kept.
    public mutating func adjust(_ newWhatIf: WhatIf, presetID newPresetID: String? = nil) {
        revision += 1
        whatIf = newWhatIf
        presetIDs = newWhatIf.isEmpty ? [] : newPresetID.map { [$0] } ?? []
        analysis = analysed(newWhatIf)
    }

    /// A what-if changed by hand (or kept through a reload): the presets stay listed as applied,
    /// a value set after a preset winning over it as a later preset would.
    public mutating func adjustKeepingPresets(_ newWhatIf: WhatIf) {
        let applied = presetIDs
        adjust(newWhatIf)
        presetIDs = newWhatIf.isEmpty ? [] : applied
    }

    /// Lays a preset over the what-if: its settings are merged in, and where two presets (or a
    /// preset and a hand-set value) set the same input, the later one wins.
    public mutating func stack(_ preset: StressPreset) {
        let applied = presetIDs.filter { $0 != preset.id } + [preset.id]
        adjust(whatIf.merged(with: preset.whatIf(for: base)))
        presetIDs = whatIf.isEmpty ? [] : applied
    }

    /// Takes an applied preset off: the inputs it sets go back to the scenario's own, then the
    /// presets still applied are laid again in order, so an input another one sets keeps its value.
    public mutating func remove(presetID id: String) {
        guard presetIDs.contains(id), let preset = StressPreset.named(id) else { return }
        let kept = presetIDs.filter { $0 != id }
        adjust(kept.compactMap(StressPreset.named).reduce(whatIf.without(preset.whatIf(for: base))) {
            $0.merged(with: $1.whatIf(for: base))
        })
        presetIDs = whatIf.isEmpty ? [] : kept
    }

    /// A reloaded scenario under the same what-if; parts of the what-if that no longer fit
    /// (an investor that is gone) are dropped, so the panels never show a broken model.
    public mutating func replaceBase(_ scenario: Scenario) {
        base = scenario
        baseAnalysis = Analysis(scenario: isPrivate ? scenario.masked : scenario)
        let kept = whatIf.problems(in: scenario).isEmpty ? whatIf : WhatIf()
        adjustKeepingPresets(kept)
    }

    /// The lines the header shows for an active what-if.
    public var summary: [String] { whatIf.summary(in: shownBase) }
}
