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
    /// The one projection year to report, or nil for the whole horizon. Indicators are the
    /// scenario's whatever the year: the year only narrows the projection.
    public let year: Int?

    public init(analysis: Analysis, whatIf: WhatIf = WhatIf(), preset: String? = nil, settings: [String] = [],
                year: Int? = nil) {
        self.analysis = analysis
        self.whatIf = whatIf
        self.preset = preset
        self.settings = settings
        self.year = year
    }

    var scenario: Scenario { analysis.scenario }

    /// The projection years reported: `year` alone when given, else all of them.
    var projectionYears: [ProjectionYear] {
        analysis.projection.years.filter { year == nil || $0.year == year }
    }
}
