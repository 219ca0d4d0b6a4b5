import BurnrateYAML

/// The `uncertainty` section: what the simulation draws, each distribution with a source and a
/// basis like every other figure (the section's `source:` and `basis:` are the defaults, and
/// each entry's its own).
extension ScenarioReading {
    private static let uncertaintyKeys = ["commitments", "revenue_growth_gap", "burn_scale", "delays",
                                          "delays_within_provider", "correlations"] + Provenance.keys
    private static let commitmentKeys = ["investor", "tranche", "probability", "realised"] + Provenance.keys
    private static let delayKeys = ["contract", "site", "months"] + Provenance.keys
    private static let correlationKeys = ["between", "rank"] + Provenance.keys
    private static let distributionKeys = UncertainValues.shapes + Provenance.keys

    /// Read once the round is: commitments name its investors and their tranches.
    func uncertainty(_ reader: NodeReader, round: FundingRound?) -> Uncertainty? {
        guard let fields = reader.fields(Self.uncertaintyKeys) else { return nil }
        let provenance = provenance(fields, inheriting: Provenance())
        guard isWithinInputLimit(fields, at: reader) else { return nil }
        let problemsBefore = problemCount
        let commitments = fields.optional("commitments") { self.commitments($0, provenance, round: round) }
        let gap = fields.optional("revenue_growth_gap") { distribution($0, provenance, .growthGap) }
        let scale = fields.optional("burn_scale") { distribution($0, provenance, .burnScale) }
        let delays = fields.optional("delays") { self.delays($0, provenance) }
        let withinProvider = optionalFigure(fields, "delays_within_provider", provenance) { $0.rankCorrelation() }
        var uncertainty = Uncertainty(commitments: commitments ?? [], revenueGrowthGap: gap, burnScale: scale,
                                      delays: delays ?? [], delaysWithinProvider: withinProvider)
        // An input whose entry did not read would be reported unknown as well: the names are
        // checked only when every input read.
        let inputs = problemCount == problemsBefore ? uncertainty.inputs : nil
        uncertainty.correlations = fields.optional("correlations") { self.correlations($0, provenance, inputs: inputs) } ?? []
        // Whether the correlations can hold together is asked only of a section that read
        // whole, once the contracts' providers are known.
        if problemCount == problemsBefore {
            correlationsReader = fields.optional("correlations") ?? fields.optional("delays_within_provider")
        }
        return uncertainty
    }

    /// At most `ReadingLimits.uncertainInputs`, counted before any entry is read: a simulation
    /// correlates its inputs pair by pair.
    private func isWithinInputLimit(_ fields: Fields, at reader: NodeReader) -> Bool {
        func entries(_ key: String) -> Int {
            guard let list = fields.optional(key), list.kind == .list else { return 0 }
            return list.list()?.count ?? 0
        }
        let count = 2 * entries("commitments") + entries("delays") + (fields.contains("revenue_growth_gap") ? 1 : 0)
            + (fields.contains("burn_scale") ? 1 : 0)
        let limit = ReadingLimits.uncertainInputs
        guard count > limit else { return true }
        reader.report("expected at most \(limit) uncertain inputs (a commitment is two: its probability and its realised fraction), found \(count)")
        return false
    }

    /// Problems reported so far, kept or only counted.
    private var problemCount: Int { collector.diagnostics.count + collector.uncollected }

    // MARK: Distributions

    /// A distribution written as a bare value (fixed) or `{shape: parameters, source: …, basis: …}`.
    func distribution(_ reader: NodeReader, _ inherited: Provenance, _ values: UncertainValues) -> Sourced<Distribution>? {
        guard reader.kind == .mapping else {
            return sourced(reader.uncertainValue(values).map(Distribution.fixed), inherited, at: reader)
        }
        let problemsBefore = problemCount
        guard let fields = reader.fields(Self.distributionKeys) else { return nil }
        let provenance = provenance(fields, inheriting: inherited)
        let given = UncertainValues.shapes.filter(fields.contains)
        guard given.count == 1, let shape = given.first else {
            if given.count > 1 {
                reader.report("expected one distribution, found \(given.joined(separator: " and "))")
            } else if problemCount == problemsBefore {
                // A misspelt shape has been reported: lacking one is its consequence.
                reader.report("expected a distribution (\(Self.shapeList)), found none")
            }
            return nil
        }
        if !values.allowsUnbounded, shape == "normal" || shape == "lognormal" {
            reader.report("expected a distribution that stays within 0 % to 100 % (fixed, uniform, triangular, pert, bernoulli or empirical), found \(shape)")
            return nil
        }
        return sourced(fields.required(shape) { $0.distribution(shape, of: values) }, provenance, at: reader)
    }

    private static let shapeList = UncertainValues.shapes.dropLast().joined(separator: ", ") + " or "
        + (UncertainValues.shapes.last ?? "")

    // MARK: Commitments

    private func commitments(_ reader: NodeReader, _ inherited: Provenance, round: FundingRound?) -> [CommitmentUncertainty]? {
        guard let entries = reader.listOrNothing() else { return nil }
        let investors = Dictionary(round?.investors.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        let known = Set(investorIDs.lazy.map(\.id))
        var firstLines: [String: Int] = [:]
        var wholeLines: [String: Int] = [:]
        var trancheLines: [String: Int] = [:]
        return entries.compactMap { entry -> CommitmentUncertainty? in
            guard let commitment = commitment(entry, inherited, investors: investors, known: known) else { return nil }
            let key = commitment.probabilityInput.name
            let id = commitment.investor
            if let line = firstLines[key] {
                entry.report("duplicate commitment \(YAMLNode.quoted(key)), first given at line \(line)")
                return nil
            }
            firstLines[key] = entry.line
            let other = commitment.tranche == nil ? trancheLines[id] : wholeLines[id]
            if let line = other {
                entry.report("expected either the whole commitment of \(YAMLNode.quoted(id)) or its tranches, found both (the other at line \(line))")
                return nil
            }
            if commitment.tranche == nil {
                wholeLines[id] = entry.line
            } else if trancheLines[id] == nil {
                trancheLines[id] = entry.line
            }
            return commitment
        }
    }

    private func commitment(_ reader: NodeReader, _ inherited: Provenance, investors: [String: Investor],
                            known: Set<String>) -> CommitmentUncertainty? {
        guard let fields = reader.fields(Self.commitmentKeys) else { return nil }
        let provenance = provenance(fields, inheriting: inherited)
        let investorReader = fields.required("investor")
        let id = investorReader?.identifier()
        let trancheReader = fields.optional("tranche")
        let tranche = trancheReader?.int("a tranche number like 2")
        let probability = figure(fields, "probability", provenance) { $0.fraction() }
        let realised = fields.optional("realised").map { distribution($0, provenance, .fraction) }
            ?? provenance.source.map { Sourced(.fixed(1), source: $0, basis: provenance.basis, confidential: provenance.confidential) }
        guard let id, let investorReader, trancheReader == nil || tranche != nil,
              isRealisable(id, at: investorReader, tranche: tranche, at: trancheReader, investors: investors, known: known),
              let probability, let realised else { return nil }
        return CommitmentUncertainty(investor: id, tranche: tranche, probability: probability, realised: realised)
    }

    /// False, after reporting why, for an investor the round does not list, a tranche it does
    /// not have, or an amount that is undisclosed: nothing to realise a part of.
    private func isRealisable(_ id: String, at reader: NodeReader, tranche: Int?, at trancheReader: NodeReader?,
                              investors: [String: Investor], known: Set<String>) -> Bool {
        guard known.contains(id) else {
            // Investors that are not a list are not known: naming one only repeats that problem.
            if investorsListed {
                reader.report("expected an investor id listed under round.investors, found \(YAMLNode.quoted(id))"
                              + Suggestion.hint(for: id, among: investorIDs.map(\.id)))
            }
            return false
        }
        // An investor that did not read has been reported.
        guard let investor = investors[id] else { return false }
        guard let tranche, let trancheReader else {
            guard investor.amount.value.isDisclosed else {
                reader.report("expected an investor whose amount is disclosed, found \(YAMLNode.quoted(id)), whose amount is undisclosed (nothing to realise)")
                return false
            }
            return true
        }
        guard investor.tranches.indices.contains(tranche - 1) else {
            let count = investor.tranches.count
            return trancheReader.expected(count == 0 ? "no tranche (\(YAMLNode.quoted(id)) has none)"
                                                     : "a tranche of \(YAMLNode.quoted(id)) from 1 to \(count)") ?? false
        }
        guard investor.tranches[tranche - 1].amount.value.isDisclosed else {
            trancheReader.report("expected a tranche whose amount is disclosed, found tranche \(tranche) of \(YAMLNode.quoted(id)), whose amount is undisclosed (nothing to realise)")
            return false
        }
        return true
    }

    // MARK: Delays

    private func delays(_ reader: NodeReader, _ inherited: Provenance) -> [DelayUncertainty]? {
        guard let entries = reader.listOrNothing() else { return nil }
        // By input: a contract and a site of the same id would be one input, "delay.ID".
        var firstLines: [String: Int] = [:]
        return entries.compactMap { entry -> DelayUncertainty? in
            guard let delay = delay(entry, inherited) else { return nil }
            if let line = firstLines[delay.input.name] {
                entry.report("duplicate delay \(YAMLNode.quoted(delay.input.name)), first given at line \(line)")
                return nil
            }
            firstLines[delay.input.name] = entry.line
            return delay
        }
    }

    private func delay(_ reader: NodeReader, _ inherited: Provenance) -> DelayUncertainty? {
        guard let fields = reader.fields(Self.delayKeys) else { return nil }
        let provenance = provenance(fields, inheriting: inherited)
        let target: DelayUncertainty.Target?
        switch (fields.optional("contract"), fields.optional("site")) {
        case (let contract?, nil):
            target = contract.identifier().map { id in
                contractReferences.append((id, contract))
                return .contract(id)
            }
        case (nil, let site?):
            target = site.identifier().map { id in
                siteReferences.append((id, site))
                return .site(id)
            }
        case (nil, nil):
            reader.report(#"missing required key "contract" (or "site")"#)
            target = nil
        case (_?, _?):
            reader.report("expected one of contract or site, found contract and site")
            target = nil
        }
        let months = fields.required("months") { distribution($0, provenance, .months) }
        return target.flatMap { target in months.map { DelayUncertainty(target: target, months: $0) } }
    }

    // MARK: Correlations

    private func correlations(_ reader: NodeReader, _ inherited: Provenance, inputs: [UncertainInput]?) -> [InputCorrelation]? {
        guard let entries = reader.listOrNothing() else { return nil }
        let known = inputs.map { Set($0.map(\.name)) }
        var firstLines: [[String]: Int] = [:]
        return entries.compactMap { entry -> InputCorrelation? in
            guard let fields = entry.fields(Self.correlationKeys) else { return nil }
            let provenance = provenance(fields, inheriting: inherited)
            let pair = fields.required("between") { inputPair($0, known: known, inputs: inputs ?? []) }
            let rank = figure(fields, "rank", provenance) { $0.rankCorrelation() }
            guard let pair, let rank else { return nil }
            let key = pair.map(\.name).sorted()
            if let line = firstLines[key] {
                entry.report("duplicate correlation between \(YAMLNode.quoted(key[0])) and \(YAMLNode.quoted(key[1])), first given at line \(line)")
                return nil
            }
            firstLines[key] = entry.line
            return InputCorrelation(pair[0], pair[1], rank: rank)
        }
    }

    /// `[revenue_growth_gap, burn_scale]`: two different inputs of this section (unchecked when
    /// `known` is nil).
    private func inputPair(_ reader: NodeReader, known: Set<String>?, inputs: [UncertainInput]) -> [UncertainInput]? {
        guard let items = reader.list() else { return nil }
        guard items.count == 2 else {
            return reader.expected("a list of two input names", hint: " of \(items.count) names")
        }
        let names = items.map { item -> String? in
            guard let name = item.string() else { return nil }
            if let known, !known.contains(name) {
                return item.expected("an input this section makes uncertain (revenue_growth_gap, burn_scale, commitment.ID, commitment.ID.N, realisation.ID, realisation.ID.N or delay.ID)",
                                     hint: Suggestion.hint(for: name, among: inputs.map(\.name)))
            }
            return name
        }
        guard let first = names[0], let second = names[1] else { return nil }
        guard first != second else {
            return items[1].expected("two different inputs", hint: " twice")
        }
        return [UncertainInput(first), UncertainInput(second)]
    }
}

extension NodeReader {
    /// A rank correlation, -1 to 1.
    func rankCorrelation() -> Double? {
        guard let rank = number() else { return nil }
        return (-1...1).contains(rank) ? rank : expected("a rank correlation from -1 to 1")
    }
}
