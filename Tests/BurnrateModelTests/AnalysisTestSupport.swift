@testable import BurnrateModel

/// True when `actual` is within a relative millionth of `expected` (or an absolute one near zero):
/// hand-worked figures are written to a few significant digits.
func isClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-6) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

extension Analysis {
    func value(_ id: String) -> Double? { indicator(id)?.value }
    func level(_ id: String) -> Level? { indicator(id)?.level }
}
