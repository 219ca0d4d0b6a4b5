/// Adjustments laid over a scenario to ask "what if?": an investor delivering less, revenue
/// stalling, burn overrunning, a lower valuation, late sites, a provider failing.
///
/// `apply(to:)` returns a new scenario; every figure it changes cites the source
/// `WhatIf.sourceID` with basis `.assumption`, so "where does this number come from?" still
/// has an answer. Ids and provider names are matched ignoring case.
public struct WhatIf: Sendable, Equatable {
    /// The id of the source that figures changed by a what-if cite.
    public static let sourceID = "what-if"
    /// The `delayMonths` key that delays every site and contract.
    public static let everything = "*"

    /// Investor id → fraction (0…1) of its commitment that is delivered. Scales its amount and
    /// tranches, keeping their kind ("up to 50B" at 50 % is "up to 25B"); 0 makes them
    /// exactly 0, even when undisclosed.
    public var realisation: [String: Double]
    /// Annual growth of revenue after the base year: revenue(y) = revenue(y − 1) × (1 + g);
    /// 0 keeps revenue flat. The base year is the last listed year before the as-of year (the
    /// as-of year is still running, so its revenue is a forecast), or the first listed year
    /// when none is earlier.
    public var revenueGrowth: Double?
    /// Makes every year's burn this much worse (1.25 = +25 %): a burn is multiplied by it; a
    /// year that generates cash (negative burn) generates that much less, -39B at 1.25 being
    /// -39B × (2 − 1.25) = -29.25B, so that an overrun never turns into extra cash.
    public var burnScale: Double?
    /// The round's post-money valuation, exactly. The pre-money, when the scenario gives one,
    /// keeps its distance to the post-money (the money the round adds); it is dropped when
    /// that distance is unknown or would leave nothing.
    public var valuation: Double?
    /// Key → months by which site online dates and contract start dates move. A key is a site
    /// id, a contract id (the contract and its sites), a provider name (its contracts and
    /// their sites) or `*` (everything). When several keys reach a date the most specific
    /// wins, in that order, so `delay.abilene=0` exempts one site from `delay.*=12`.
    public var delayMonths: [String: Int]
    /// A provider name or contract id whose contracts, and the sites serving them, are removed.
    public var lostProvider: String?

    public init(realisation: [String: Double] = [:], revenueGrowth: Double? = nil,
                burnScale: Double? = nil, valuation: Double? = nil,
                delayMonths: [String: Int] = [:], lostProvider: String? = nil) {
        self.realisation = realisation
        self.revenueGrowth = revenueGrowth
        self.burnScale = burnScale
        self.valuation = valuation
        self.delayMonths = delayMonths
        self.lostProvider = lostProvider
    }

    public var isEmpty: Bool {
        realisation.isEmpty && revenueGrowth == nil && burnScale == nil && valuation == nil
            && delayMonths.isEmpty && lostProvider == nil
    }

    /// This what-if with every input `other` sets taken off (back to the scenario's own).
    public func without(_ other: WhatIf) -> WhatIf {
        WhatIf(realisation: realisation.filter { other.realisation[$0.key] == nil },
               revenueGrowth: other.revenueGrowth == nil ? revenueGrowth : nil,
               burnScale: other.burnScale == nil ? burnScale : nil,
               valuation: other.valuation == nil ? valuation : nil,
               delayMonths: delayMonths.filter { other.delayMonths[$0.key] == nil },
               lostProvider: other.lostProvider == nil ? lostProvider : nil)
    }

    /// This what-if with `other` laid on top: whatever `other` sets wins, key by key.
    public func merged(with other: WhatIf) -> WhatIf {
        WhatIf(realisation: realisation.merging(other.realisation) { _, new in new },
               revenueGrowth: other.revenueGrowth ?? revenueGrowth,
               burnScale: other.burnScale ?? burnScale,
               valuation: other.valuation ?? valuation,
               delayMonths: delayMonths.merging(other.delayMonths) { _, new in new },
               lostProvider: other.lostProvider ?? lostProvider)
    }
}
