import BurnrateModel

/// An indicator whose level under the scenario's risk policy changed between two versions of
/// the model: into watch or alert, or back towards ok.
public struct ThresholdCrossing: Hashable, Sendable {
    public var indicatorID: String
    public var name: String
    public var from: Level
    public var to: Level
    public var valueBefore: Double?
    public var value: Double?
    public var unit: IndicatorUnit

    public init(indicatorID: String, name: String, from: Level, to: Level, valueBefore: Double?, value: Double?, unit: IndicatorUnit) {
        self.indicatorID = indicatorID
        self.name = name
        self.from = from
        self.to = to
        self.valueBefore = valueBefore
        self.value = value
        self.unit = unit
    }

    /// The indicators of `after` whose level differs from the same indicator's in `before`, in
    /// `after`'s order. Only a change of level counts: a value that moves but stays on the same
    /// side of every threshold crosses nothing, so an alert never repeats while it stays there.
    /// An indicator without a threshold, or missing from either side, has no level to cross.
    public static func between(_ before: [Indicator], _ after: [Indicator]) -> [ThresholdCrossing] {
        let earlier = Dictionary(before.compactMap { indicator in indicator.level.map { (indicator.id, (indicator, $0)) } },
                                 uniquingKeysWith: { first, _ in first })
        return after.compactMap { indicator in
            guard let to = indicator.level, let (old, from) = earlier[indicator.id], from != to else { return nil }
            return ThresholdCrossing(indicatorID: indicator.id, name: indicator.name, from: from, to: to,
                                     valueBefore: old.value, value: indicator.value, unit: indicator.unit)
        }
    }
}
