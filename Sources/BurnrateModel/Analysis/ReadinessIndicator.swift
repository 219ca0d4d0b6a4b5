/// Whether the sites have the power, cooling and network the deals depend on.
extension AnalysisContext {
    var readiness: Indicator {
        let sites = scenario.sites
        let totalGW = sites.map(\.capacityGW.value).reduce(0, +)
        let readyGW = sites.map { $0.capacityGW.value * $0.readiness }.reduce(0, +)
        let value = Self.ratio(readyGW, totalGW)
        var inputs: [IndicatorInput] = []
        inputs.reserveCapacity(4 * sites.count)
        for site in sites {
            inputs.append(input(TextBuffer.concatenated(site.name, ": capacity"), site.capacityGW, .gigawatts))
            inputs.append(input(TextBuffer.concatenated(site.name, ": power"), site.power, .fraction))
            inputs.append(input(TextBuffer.concatenated(site.name, ": cooling"), site.cooling, .fraction))
            inputs.append(input(TextBuffer.concatenated(site.name, ": network"), site.network, .fraction))
        }
        return indicator(IndicatorCatalogue.readiness, value: value,
                         formula: "Σ GW × mean(power, cooling, network) ÷ Σ GW = \(figure(readyGW, .gigawatts)) ÷ "
                             + "\(figure(totalGW, .gigawatts)) = \(figure(value, .fraction))",
                         inputs: inputs)
    }
}
