/// The indicators and projection of one (possibly adjusted) scenario, in the forms
/// `burnrate export` writes. The JSON layout is documented in the README and only ever grows:
/// fields are added, never renamed or removed.
public struct ExportReport: Sendable {
    /// Bumped only if the layout ever changes incompatibly.
    public static let layoutVersion = 1

    public let analysis: Analysis
    public let whatIf: WhatIf
    public let preset: String?
    public let settings: [String]

    public init(analysis: Analysis, whatIf: WhatIf = WhatIf(), preset: String? = nil, settings: [String] = []) {
        self.analysis = analysis
        self.whatIf = whatIf
        self.preset = preset
        self.settings = settings
    }

    var scenario: Scenario { analysis.scenario }
}
