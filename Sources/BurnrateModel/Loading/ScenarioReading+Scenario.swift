import BurnrateYAML

extension ScenarioReading {
    static let topLevelKeys = ["id", "title", "company", "as_of", "currency", "horizon", "base_case", "sources", "round",
                               "contracts", "sites", "debt", "leases", "customers", "financials", "risk",
                               "uncertainty"]

    func scenario(_ reader: NodeReader) -> Scenario? {
        guard reader.kind == .mapping else {
            return reader.expected("a mapping of scenario keys (id, title, company, …)")
        }
        guard !FileKind.scenario.reportsOtherKind(at: reader) else { return nil }
        guard let fields = reader.fields(Self.topLevelKeys) else { return nil }
        let id = fields.required("id") { $0.identifier() }
        let title = fields.required("title") { $0.string() }
        let company = fields.required("company") { $0.string() }
        let asOf = fields.required("as_of") { $0.day() }
        let currency = fields.required("currency", currencyCode)
        let horizon = fields.required("horizon", self.horizon)
        let sources = fields.required("sources") { $0.list(self.source) }
        let round = fields.required("round", self.round)
        let contracts = fields.required("contracts") { $0.listOrNothing(self.contract) }
        let sites = fields.optional("sites") { $0.list(self.site) } ?? []
        let sitesListed = fields.optional("sites").map { $0.kind == .list } ?? true
        let debt = fields.optional("debt") { $0.list(self.debt) } ?? []
        let leases = fields.optional("leases") { $0.list(self.lease) } ?? []
        let customers = fields.optional("customers") { $0.list(self.customer) } ?? []
        let financials = fields.required("financials", self.financials)
        let risk = fields.optional("risk", self.risk) ?? RiskPolicy(thresholds: [:], weights: [:])
        let baseCase = fields.optional("base_case", self.baseCase)
        let uncertainty = fields.optional("uncertainty") { self.uncertainty($0, round: round) }

        let sourceLines = checkUnique(sourceIDs, kind: "source")
        checkUnique(investorIDs, kind: "investor")
        let contractLines = checkUnique(contractIDs, kind: "contract")
        let siteLines = checkUnique(siteIDs, kind: "site")
        checkUnique(financingIDs, kind: "debt, lease or customer")
        // Ids in a list that is missing or not a list are not known: references to them would
        // only repeat its problem.
        if sources != nil {
            checkReferences(sourceReferences, to: sourceIDs, firstLines: sourceLines, listedUnder: "sources", kind: "source")
        }
        if contracts != nil {
            checkReferences(contractReferences, to: contractIDs, firstLines: contractLines, listedUnder: "contracts", kind: "contract")
        }
        if sitesListed {
            checkReferences(siteReferences, to: siteIDs, firstLines: siteLines, listedUnder: "sites", kind: "site")
        }
        checkIndicatorReferences()

        guard let id, let title, let company, let asOf, let currency, let horizon, let sources, let round,
              let contracts, let financials else { return nil }
        let scenario = Scenario(id: id, title: title, company: company, asOf: asOf, currency: currency, horizon: horizon,
                                sources: sources, round: round, contracts: contracts, sites: sites,
                                financials: financials, risk: risk, baseCase: baseCase ?? .standard,
                                uncertainty: uncertainty ?? .none, debt: debt, leases: leases, customers: customers)
        checkCorrelations(of: scenario)
        return scenario
    }

    private func currencyCode(_ reader: NodeReader) -> String? {
        guard let code = reader.scalarText, code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            return reader.expected("a three-letter currency code like USD")
        }
        return code
    }

    private func horizon(_ reader: NodeReader) -> Horizon? {
        guard let fields = reader.fields(["start", "end"]) else { return nil }
        let start = fields.required("start") { $0.year("a year like 2026") }
        let endReader = fields.required("end")
        guard let start, let endReader, let end = endReader.year("a year like 2030") else { return nil }
        guard end >= start else { return endReader.expected("a year not before the start (\(start))") }
        let longest = ReadingLimits.horizonYears
        guard end - start < longest else {
            return endReader.expected("a horizon of at most \(longest) years (an end by \(start + longest - 1))")
        }
        return Horizon(start: start, end: end)
    }

    private func source(_ reader: NodeReader) -> Source? {
        guard let fields = reader.fields(["id", "publisher", "title", "date", "url", "confidence"]) else { return nil }
        let idReader = fields.required("id")
        let id = idReader?.identifier()
        if let id, let idReader { sourceIDs.append((id, idReader)) }
        let publisher = fields.required("publisher") { $0.string() }
        let title = fields.required("title") { $0.string() }
        let date = fields.required("date") { $0.day() }
        let url = fields.optional("url") { $0.string() }
        let confidence = fields.required("confidence") { $0.oneOf(Confidence.self) }
        guard let id, let publisher, let title, let date, let confidence else { return nil }
        return Source(id: id, publisher: publisher, title: title, date: date, url: url, confidence: confidence)
    }

    /// `{conditional: scheduled, up_to_share: 0%}`; either key may be left out for its default.
    private func baseCase(_ reader: NodeReader) -> BaseCasePolicy? {
        guard let fields = reader.fields(["conditional", "up_to_share"]) else { return nil }
        let standard = BaseCasePolicy.standard
        let conditional = fields.optional("conditional") { $0.oneOf(BaseCasePolicy.Conditional.self) }
        let share = fields.optional("up_to_share") { $0.fraction() }
        return BaseCasePolicy(conditional: conditional ?? standard.conditional, upToShare: share ?? standard.upToShare)
    }

    private func risk(_ reader: NodeReader) -> RiskPolicy? {
        guard let fields = reader.fields(["thresholds", "weights"]) else { return nil }
        let thresholds = fields.optional("thresholds") { $0.map() }?.compactMap { entry -> (String, Threshold)? in
            checkIndicator(entry)
            guard let limits = entry.value.fields(["watch", "alert"]) else { return nil }
            let watch = limits.required("watch") { $0.number() }
            let alert = limits.required("alert") { $0.number() }
            return watch.flatMap { watch in alert.map { (entry.key, Threshold(watch: watch, alert: $0)) } }
        }
        let weights = fields.optional("weights") { $0.map() }?.compactMap { entry -> (String, Double)? in
            checkIndicator(entry)
            return entry.value.nonNegativeNumber().map { (entry.key, $0) }
        }
        return RiskPolicy(thresholds: Dictionary(uniqueKeysWithValues: thresholds ?? []),
                          weights: Dictionary(uniqueKeysWithValues: weights ?? []))
    }

    /// Checked once investors are known, as `ownership.<investor id>` names one of them.
    private func checkIndicator(_ entry: Fields.Field) {
        indicatorReferences.append((entry.key, entry.keyReader))
    }

    func checkIndicatorReferences() {
        guard !indicatorReferences.isEmpty else { return }
        let prefix = IndicatorCatalogue.ownershipPrefix
        let known = IndicatorCatalogue.all.map(\.id) + investorIDs.map { prefix + $0.id }
        let knownSet = Set(known)
        for (id, reader) in indicatorReferences where !knownSet.contains(id) {
            if !investorsListed, id.hasPrefix(prefix) { continue }
            reader.report("expected an indicator id such as round.coverage or \(prefix)<investor id>, found \(YAMLNode.quoted(id))"
                          + Suggestion.hint(for: id, among: known))
        }
    }
}
