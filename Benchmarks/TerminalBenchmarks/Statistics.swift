/// The median and 90th percentile of a sample.
struct Statistics {
    let median: Double
    let p90: Double
    let count: Int

    init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        // Nearest rank: the smallest value at or above 90 % of the sample.
        p90 = sorted[(sorted.count * 9 + 9) / 10 - 1]
        count = values.count
    }
}

/// `value` with `digits` decimals, without Foundation's formatting.
func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((value * Double(scale)).rounded())
    let sign = scaled < 0 ? "-" : ""
    let whole = abs(scaled) / scale
    guard digits > 0 else { return "\(sign)\(whole)" }
    let fraction = String(abs(scaled) % scale)
    return "\(sign)\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
}

extension Duration {
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
