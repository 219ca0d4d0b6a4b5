import BurnrateModel

/// One adjustable input of the what-if panel: what it changes, how a step moves it, and the
/// `--set` path a typed value goes through (so typing and `--set` share one parser).
public enum WhatIfKnob: Hashable, Sendable {
    case realisation(investorID: String)
    case revenueGrowth
    case burnScale
    case valuation
    case delay(key: String)
    case lostProvider
    case preset(String)

    /// Every knob a scenario offers, in panel order: investors, revenue, burn, valuation,
    /// delays per provider and per site, the failing provider, then the stress presets.
    public static func all(for scenario: Scenario) -> [WhatIfKnob] {
        var knobs = scenario.round.investors.map { WhatIfKnob.realisation(investorID: $0.id) }
        knobs += [.revenueGrowth, .burnScale, .valuation]
        knobs += scenario.providerNames.map { .delay(key: $0) }
        knobs += scenario.sites.map { .delay(key: $0.id) }
        knobs.append(.lostProvider)
        knobs += StressPreset.all.map { .preset($0.id) }
        return knobs
    }

    public func label(in scenario: Scenario) -> String {
        switch self {
        case .realisation(let id): "\(Self.investorName(id, in: scenario)) delivers"
        case .revenueGrowth: "Revenue growth a year"
        case .burnScale: "Burn"
        case .valuation: "Valuation (post-money)"
        case .delay(let key): "Delay: \(Self.delayedName(key, in: scenario))"
        case .lostProvider: "Provider that fails"
        case .preset(let id): "Preset: \(StressPreset.named(id)?.name ?? id)"
        }
    }

    private static func investorName(_ id: String, in scenario: Scenario) -> String {
        scenario.investor(id: id)?.name ?? id
    }

    /// A site's name; a provider (or `*`) is named by its key already.
    private static func delayedName(_ key: String, in scenario: Scenario) -> String {
        scenario.sites.first { $0.id == key }?.name ?? key
    }

    /// The knob as the command palette names it, subject first ("SoftBank: delivers",
    /// "Oracle (Stargate): delay") so a letter or two of the name finds it; nil for presets,
    /// which the palette lists as presets.
    public func paletteTitle(in scenario: Scenario) -> String? {
        switch self {
        case .realisation(let id): "\(Self.investorName(id, in: scenario)): delivers"
        case .revenueGrowth: "Revenue: growth a year"
        case .burnScale: "Burn: scale"
        case .valuation: "Valuation: post-money"
        case .delay(let key): "\(Self.delayedName(key, in: scenario)): delay"
        case .lostProvider: "Provider that fails"
        case .preset: nil
        }
    }

    /// The knob's value now, as the panel shows it.
    public func value(in whatIf: WhatIf, scenario: Scenario) -> String {
        switch self {
        case .realisation(let id): FigureFormat.percent(whatIf.realisation[id] ?? 1)
        case .revenueGrowth: whatIf.revenueGrowth.map { FigureFormat.percent($0, signed: true) } ?? "as scenario"
        case .burnScale: whatIf.burnScale.map { "×" + FigureFormat.multiple($0).dropLast() } ?? "as scenario"
        case .valuation:
            whatIf.valuation.map { FigureFormat.money($0, currency: scenario.currency) }
                ?? scenario.round.postMoney.map { FigureFormat.amount($0.value, currency: scenario.currency) } ?? "n/a"
        case .delay(let key): "\(whatIf.delayMonths[key] ?? 0) months"
        case .lostProvider: whatIf.lostProvider ?? "none"
        case .preset: ""
        }
    }

    /// Whether the what-if changes this knob from the scenario as loaded.
    public func isChanged(in whatIf: WhatIf) -> Bool {
        switch self {
        case .realisation(let id): whatIf.realisation[id] != nil
        case .revenueGrowth: whatIf.revenueGrowth != nil
        case .burnScale: whatIf.burnScale != nil
        case .valuation: whatIf.valuation != nil
        case .delay(let key): whatIf.delayMonths[key] != nil
        case .lostProvider: whatIf.lostProvider != nil
        case .preset: false
        }
    }

    /// The what-if after one step left (-1) or right (+1), in steps that make sense for the
    /// knob; a knob back at the scenario's own value is removed from the what-if.
    public func step(_ direction: Int, in whatIf: WhatIf, scenario: Scenario) -> WhatIf {
        var next = whatIf
        switch self {
        case .realisation(let id):
            let value = Self.clamp((whatIf.realisation[id] ?? 1) + 0.1 * Double(direction), 0, 1)
            next.realisation[id] = abs(value - 1) < 1e-9 ? nil : (value * 10).rounded() / 10
        case .revenueGrowth:
            next.revenueGrowth = Self.move(whatIf.revenueGrowth, along: Self.growthSteps, by: direction)
        case .burnScale:
            let value = Self.clamp((whatIf.burnScale ?? 1) + 0.1 * Double(direction), 0.5, 3)
            next.burnScale = abs(value - 1) < 1e-9 ? nil : (value * 10).rounded() / 10
        case .valuation:
            let base = scenario.round.postMoney?.value.headline ?? 0
            let value = max(50e9, (whatIf.valuation ?? base) + 50e9 * Double(direction))
            next.valuation = abs(value - base) < 1 ? nil : value
        case .delay(let key):
            let months = min(max(0, (whatIf.delayMonths[key] ?? 0) + 3 * direction), 60)
            next.delayMonths[key] = months == 0 ? nil : months
        case .lostProvider:
            let choices: [String?] = [nil] + scenario.providerNames
            let index = choices.firstIndex { $0 == whatIf.lostProvider } ?? 0
            next.lostProvider = choices[(index + direction + choices.count) % choices.count]
        case .preset:
            break
        }
        return next
    }

    /// The `--set` path a typed value is applied with; nil for presets.
    public var settingPath: String? {
        switch self {
        case .realisation(let id): "investors.\(id).realisation"
        case .revenueGrowth: "revenue.growth"
        case .burnScale: "burn.scale"
        case .valuation: "valuation"
        case .delay(let key): "delay.\(key)"
        case .lostProvider: "lost_provider"
        case .preset: nil
        }
    }

    /// Growth rates ←/→ move through; nil is the scenario's own revenue.
    static let growthSteps: [Double?] = [-0.2, -0.1, 0, nil, 0.1, 0.2, 0.3, 0.5, 0.75, 1]

    private static func move(_ value: Double?, along steps: [Double?], by direction: Int) -> Double? {
        let index = steps.firstIndex { $0 == value } ?? steps.firstIndex { $0 == nil }!
        return steps[min(max(0, index + direction), steps.count - 1)]
    }

    private static func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double {
        min(max(value, low), high)
    }
}
