extension SimulationResult {
    /// The layout of `burnrate simulate --format json` (README, "Export formats"): fields are
    /// only ever added.
    public static let layoutVersion = 1

    /// Money in the scenario's currency, probabilities from 0 to 1, runway in years. `whatIf`
    /// is the summary of what-if settings the scenario ran under (`WhatIf.summary(in:)`).
    public func json(whatIf: [String] = []) -> JSONValue {
        .object([
            ("burnrate_simulation", .number(Double(Self.layoutVersion))),
            ("scenario", .string(scenarioID)),
            ("what_if", .array(whatIf.map { .string($0) })),
            ("paths", .number(Double(paths))),
            ("seed", .number(Double(seed))),
            ("quantile_relative_error", .number(quantileRelativeError)),
            ("quantile_absolute_error", .number(quantileAbsoluteError)),
            ("years", .array(years.map { year in
                .object([
                    ("year", .number(Double(year.year))),
                    ("shortfall_probability", .number(year.shortfallProbability)),
                    ("standard_error", .number(year.standardError)),
                    ("cash", Self.json(year.cash)),
                    ("deterministic_cash", .number(year.deterministicCash)),
                ])
            })),
            ("runway_years", Self.json(runwayYears)),
            ("runway_cap_years", .number(runwayCap)),
            ("funding_gap", Self.json(fundingGap)),
            ("drivers_year", driversYear.map { .number(Double($0)) } ?? .null),
            ("drivers", .array(drivers.map { driver in
                .object([
                    ("input", .string(driver.input.name)),
                    ("label", .string(label(of: driver.input))),
                    ("low", .number(driver.low)),
                    ("high", .number(driver.high)),
                    ("shortfall_at_low", .number(driver.shortfallAtLow)),
                    ("shortfall_at_high", .number(driver.shortfallAtHigh)),
                    ("swing", .number(driver.swing)),
                ])
            })),
            ("inputs", .array(inputs.map { input in
                .object([
                    ("input", .string(input.input.name)),
                    ("label", .string(input.label)),
                    ("distribution", Self.json(input.distribution.value)),
                    ("source", .string(input.distribution.source)),
                    ("basis", .string(input.distribution.basis.rawValue)),
                ])
            })),
        ])
    }

    /// The label the run gave an input, else its name.
    public func label(of input: UncertainInput) -> String {
        inputs.first { $0.input == input }?.label ?? input.name
    }

    static func json(_ quantiles: Quantiles) -> JSONValue {
        .object([("p5", .number(quantiles.p5)), ("p25", .number(quantiles.p25)), ("p50", .number(quantiles.p50)),
                 ("p75", .number(quantiles.p75)), ("p95", .number(quantiles.p95))])
    }

    /// `{"shape": "triangular", "low": 0, "mode": 6, "high": 24}`: the shape's name and its parameters.
    static func json(_ distribution: Distribution) -> JSONValue {
        let parameters: [(String, JSONValue)] = switch distribution {
        case .fixed(let value): [("value", .number(value))]
        case .uniform(let low, let high): [("low", .number(low)), ("high", .number(high))]
        case .triangular(let low, let mode, let high), .pert(let low, let mode, let high):
            [("low", .number(low)), ("mode", .number(mode)), ("high", .number(high))]
        case .normal(let mean, let sd): [("mean", .number(mean)), ("sd", .number(sd))]
        case .lognormal(let median, let sigma): [("median", .number(median)), ("sigma", .number(sigma))]
        case .bernoulli(let probability): [("probability", .number(probability))]
        case .empirical(let values): [("values", .array(values.map { .number($0) }))]
        }
        return .object([("shape", .string(distribution.name))] + parameters)
    }
}
