extension Threshold {
    /// How a value is judged: beyond `alert` is alert, beyond `watch` is watch, in the
    /// direction in which the indicator gets worse. A missing value is ok: there is nothing
    /// to judge, and the indicator says so itself.
    public func level(of value: Double?) -> Level {
        guard let value else { return .ok }
        if higherIsWorse {
            return value > alert ? .alert : value > watch ? .watch : .ok
        }
        return value < alert ? .alert : value < watch ? .watch : .ok
    }

    /// How far a value has gone from `watch` towards `alert`, from 0 (at watch or better) to 1
    /// (at alert or worse): the risk an indicator adds to the composite score.
    public func severity(of value: Double) -> Double {
        let span = alert - watch
        guard span != 0 else { return level(of: value) == .ok ? 0 : 1 }
        return min(max((value - watch) / span, 0), 1)
    }
}
