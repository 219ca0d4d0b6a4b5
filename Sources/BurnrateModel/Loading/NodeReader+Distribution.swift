import BurnrateYAML

/// What an uncertain input's values are, which decides how they are written and bounded.
enum UncertainValues {
    /// The part of a commitment that arrives: 0 % to 100 %, every draw too.
    case fraction
    /// A delay in months, within `ReadingLimits.delayMonths` either way.
    case months
    /// Revenue's yearly gap to its forecast: `-5%`, -100 % (no revenue) or more.
    case growthGap
    /// A factor on burn: `1.1` or `110%`, 0 or more.
    case burnScale

    /// False where every draw must lie within the values written: a realised fraction cannot
    /// come from a normal or lognormal, which reach beyond any bound.
    var allowsUnbounded: Bool { self != .fraction }

    /// The names of the shapes, in the order the README gives them.
    static let shapes = ["fixed", "uniform", "triangular", "normal", "lognormal", "pert", "bernoulli", "empirical"]
}

/// The parameters of a distribution, as a scenario file's `uncertainty` section writes them.
extension NodeReader {
    /// One value of the input, bounded as the input is.
    func uncertainValue(_ values: UncertainValues) -> Double? {
        switch values {
        case .fraction:
            return fraction()
        case .months:
            guard let months = number() else { return nil }
            let limit = Double(ReadingLimits.delayMonths)
            return abs(months) <= limit ? months : expected("a delay of at most \(ReadingLimits.delayMonths) months either way")
        case .growthGap:
            guard let gap = ratio("a gap like -5% or -0.05") else { return nil }
            return gap >= -1 ? gap : expected("a gap of -100 % (no revenue at all) or more")
        case .burnScale:
            guard let scale = ratio("a scale like 1.1 or 110%") else { return nil }
            return scale >= 0 ? scale : expected("a scale of 0 or more (1.25 = +25 %)")
        }
    }

    /// The distribution of the shape named `shape` whose parameters this value holds, e.g.
    /// `[40%, 100%]` for `uniform`.
    func distribution(_ shape: String, of values: UncertainValues) -> Distribution? {
        switch shape {
        case "fixed":
            return uncertainValue(values).map(Distribution.fixed)
        case "uniform":
            return range(["low", "high"], of: values).map { .uniform(low: $0[0], high: $0[1]) }
        case "triangular":
            return range(["low", "mode", "high"], of: values).map { .triangular(low: $0[0], mode: $0[1], high: $0[2]) }
        case "pert":
            return range(["low", "mode", "high"], of: values).map { .pert(low: $0[0], mode: $0[1], high: $0[2]) }
        case "normal":
            guard let fields = fields(["mean", "sd"]) else { return nil }
            let mean = fields.required("mean") { $0.uncertainValue(values) }
            let sd = fields.required("sd") { $0.spread(of: values, "a standard deviation") }
            return mean.flatMap { mean in sd.map { .normal(mean: mean, sd: $0) } }
        case "lognormal":
            guard let fields = fields(["median", "sigma"]) else { return nil }
            let median = fields.required("median") { reader in
                reader.uncertainValue(values).flatMap { $0 > 0 ? $0 : reader.expected("a median above 0") }
            }
            let sigma = fields.required("sigma") { reader in
                reader.number().flatMap { $0 > 0 ? $0 : reader.expected("a sigma above 0") }
            }
            return median.flatMap { median in sigma.map { .lognormal(median: median, sigma: $0) } }
        case "bernoulli":
            return fraction().map(Distribution.bernoulli)
        default:
            return empirical(of: values)
        }
    }

    /// `[low, high]` or `[low, mode, high]`: the high not below the low, the mode between them.
    private func range(_ names: [String], of values: UncertainValues) -> [Double]? {
        guard let items = list() else { return nil }
        guard items.count == names.count else {
            return expected("a list of \(names.count) values [\(names.joined(separator: ", "))]",
                            hint: " of \(items.count) value\(items.count == 1 ? "" : "s")")
        }
        let read = items.map { $0.uncertainValue(values) }
        let numbers = read.compactMap { $0 }
        guard numbers.count == items.count, let low = numbers.first, let high = numbers.last else { return nil }
        let lowText = YAMLNode.quoted(items[0].scalarText ?? "")
        guard high >= low else {
            return items[items.count - 1].expected("a high of at least the low (\(lowText))")
        }
        if names.count == 3, !(low...high).contains(numbers[1]) {
            let highText = YAMLNode.quoted(items[2].scalarText ?? "")
            return items[1].expected("a mode between the low (\(lowText)) and the high (\(highText))")
        }
        return numbers
    }

    /// A spread (a standard deviation) in the input's own units, above 0.
    private func spread(of values: UncertainValues, _ what: String) -> Double? {
        let spread = switch values {
        case .months: number()
        case .fraction, .growthGap, .burnScale: ratio("\(what) like 10% or 0.1")
        }
        return spread.flatMap { $0 > 0 ? $0 : expected("\(what) above 0") }
    }

    /// Values each equally likely, at least one and at most `ReadingLimits.empiricalValues`
    /// (counted before any is read), kept in ascending order.
    private func empirical(of values: UncertainValues) -> Distribution? {
        guard let items = list() else { return nil }
        guard !items.isEmpty else {
            report("expected at least one value, found an empty list")
            return nil
        }
        let limit = ReadingLimits.empiricalValues
        guard items.count <= limit else { return expected("at most \(limit) values", hint: " of \(items.count)") }
        let numbers = items.compactMap { $0.uncertainValue(values) }
        return numbers.count == items.count ? .empirical(numbers.sorted()) : nil
    }
}
