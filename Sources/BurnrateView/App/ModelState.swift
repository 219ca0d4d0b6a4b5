import BurnrateModel

/// The scenario as loaded, the what-if on top of it, and both analyses: the adjusted one the
/// panels show and the base one every moved figure is compared with.
public struct ModelState: Sendable {
    public private(set) var base: Scenario
    public private(set) var whatIf: WhatIf
    /// The stress preset the what-if started from, if any.
    public private(set) var presetID: String?
    public private(set) var analysis: Analysis
    public private(set) var baseAnalysis: Analysis

    public init(base: Scenario, whatIf: WhatIf = WhatIf(), presetID: String? = nil) {
        self.base = base
        self.whatIf = whatIf
        self.presetID = presetID
        baseAnalysis = Analysis(scenario: base)
        analysis = whatIf.isEmpty ? baseAnalysis : Analysis(scenario: whatIf.apply(to: base))
    }

    public var isAdjusted: Bool { !whatIf.isEmpty }

    /// A new what-if on the same base; the base analysis is kept.
    public mutating func adjust(_ newWhatIf: WhatIf, presetID newPresetID: String? = nil) {
        whatIf = newWhatIf
        presetID = newWhatIf.isEmpty ? nil : newPresetID
        analysis = newWhatIf.isEmpty ? baseAnalysis : Analysis(scenario: newWhatIf.apply(to: base))
    }

    /// A reloaded scenario under the same what-if; parts of the what-if that no longer fit
    /// (an investor that is gone) are dropped, so the panels never show a broken model.
    public mutating func replaceBase(_ scenario: Scenario) {
        base = scenario
        baseAnalysis = Analysis(scenario: scenario)
        let kept = whatIf.problems(in: scenario).isEmpty ? whatIf : WhatIf()
        adjust(kept, presetID: kept.isEmpty ? nil : presetID)
    }

    /// The lines the header shows for an active what-if.
    public var summary: [String] { whatIf.summary(in: base) }
}
