/// How ready one site is: the mean of its power, cooling and network readiness, judged by the
/// readiness indicator's thresholds.
public struct SiteReadiness: Sendable, Equatable {
    public let site: Site
    /// From 0 (nothing in place) to 1 (ready).
    public let readiness: Double
    public let level: Level

    public init(site: Site, readiness: Double, level: Level) {
        self.site = site
        self.readiness = readiness
        self.level = level
    }
}

extension Site {
    /// The mean of its power, cooling and network readiness.
    public var readiness: Double { (power.value + cooling.value + network.value) / 3 }
}

extension AnalysisContext {
    var siteReadiness: [SiteReadiness] {
        let threshold = threshold(for: IndicatorCatalogue.readiness.id, default: IndicatorCatalogue.readiness.defaultThreshold)
        return scenario.sites.map { site in
            SiteReadiness(site: site, readiness: site.readiness, level: threshold?.level(of: site.readiness) ?? .ok)
        }
    }
}
