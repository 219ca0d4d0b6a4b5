/// A named what-if modelling one of the risks analysts name (seed article, "Risks named by
/// analysts"), for the dashboard's preset list and `--preset`.
public struct StressPreset: Sendable, Equatable, Identifiable {
    /// Kebab-case, e.g. `softbank-half`.
    public let id: String
    /// Short display name, e.g. "SoftBank delivers half".
    public let name: String
    /// One sentence naming the risk it models.
    public let summary: String
    private let makeWhatIf: @Sendable (Scenario) -> WhatIf

    public init(id: String, name: String, summary: String, whatIf: @escaping @Sendable (Scenario) -> WhatIf) {
        self.id = id
        self.name = name
        self.summary = summary
        self.makeWhatIf = whatIf
    }

    /// The adjustments for this scenario: some presets depend on it, e.g. which cloud is largest.
    public func whatIf(for scenario: Scenario) -> WhatIf { makeWhatIf(scenario) }

    public static func == (lhs: StressPreset, rhs: StressPreset) -> Bool { lhs.id == rhs.id }

    /// The preset with this id or display name, ignoring case.
    public static func named(_ name: String) -> StressPreset? {
        all.first { WhatIf.sameName(name, $0.id) || WhatIf.sameName(name, $0.name) }
    }
}
