import BurnrateYAML

/// Figures that each read well but do not agree with each other: what `check` warns about.
/// A pure function of the scenario and where its figures stand in the file.
public enum ConsistencyWarnings {
    /// Every warning, in the order the figures stand in the file.
    public static func warnings(in scenario: Scenario, at positions: FigurePositions, file: String) -> [Diagnostic] {
        let rules = Rules(scenario: scenario, positions: positions, file: file)
        let found = rules.capacities() + rules.sitesOnlineEarly() + rules.stakes() + rules.valuation()
            + rules.tranches() + rules.staleCash() + rules.missingYears() + rules.unusedSources() + rules.lonePartiesLikeOthers()
            + rules.customerShares()
        return found.inFileOrder
    }

    /// A day a date certainly ends by: its last day when it names only a month or a year.
    static func lastDay(of day: Day) -> (Int, Int, Int) {
        switch day.precision {
        case .day: (day.year, day.month, day.day)
        case .month: (day.year, day.month, Day.daysIn(month: day.month, year: day.year))
        case .year: (day.year, 12, 31)
        }
    }

    /// True when `day` is over, to its last possible day, before `other` can begin.
    static func ends(_ day: Day, before other: Day) -> Bool {
        lastDay(of: day) < (other.year, other.month, other.day)
    }
}

struct Rules {
    let scenario: Scenario
    let positions: FigurePositions
    let file: String

    /// Sums of shares or gigawatts that are equal on paper but not in binary (0.1 + 0.2).
    static let tolerance = 1e-9

    func warning(_ position: FigurePositions.Position?, _ path: String, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: position?.line ?? 0, column: position?.column ?? 0, path: path,
                   message: message, severity: .warning)
    }

    /// The position of a list's entry; none for a scenario not read from a file.
    static func entry(_ positions: [FigurePositions.Position], _ place: Int) -> FigurePositions.Position? {
        positions.indices.contains(place) ? positions[place] : nil
    }

    var contractPlaces: [String: Int] {
        Dictionary(scenario.contracts.indices.map { (scenario.contracts[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A provider whose sites hold more or fewer gigawatts than its contracts state, at the
    /// first of its contracts that states a capacity.
    func capacities() -> [Diagnostic] {
        let contracts = scenario.contracts
        let places = contractPlaces
        var providers: [String] = []
        var contractsOf: [String: [Int]] = [:]
        for place in contracts.indices {
            let provider = contracts[place].provider
            if contractsOf[provider] == nil { providers.append(provider) }
            contractsOf[provider, default: []].append(place)
        }
        var sitesOf: [String: [Site]] = [:]
        for site in scenario.sites {
            if let id = site.contract, let place = places[id] { sitesOf[contracts[place].provider, default: []].append(site) }
        }
        return providers.compactMap { provider -> Diagnostic? in
            let stating = contractsOf[provider, default: []].filter { contracts[$0].capacityGW != nil }
            guard let sites = sitesOf[provider], let first = stating.first else { return nil }
            let stated = stating.reduce(0) { $0 + (contracts[$1].capacityGW?.value ?? 0) }
            let held = sites.reduce(0) { $0 + $1.capacityGW.value }
            guard abs(held - stated) > Self.tolerance else { return nil }
            let siteCount = sites.count == 1 ? "site" : "\(sites.count) sites"
            let contractCount = stating.count == 1 ? "its contract states" : "its \(stating.count) contracts state"
            return warning(Self.entry(positions.contracts, first), "contracts[\(first)].capacity_gw",
                           "the \(siteCount) of \(YAMLNode.quoted(provider)) hold \(FigureFormat.gigawatts(held)), "
                           + "\(FigureFormat.gigawatts(abs(held - stated))) \(held > stated ? "more" : "fewer") "
                           + "than the \(FigureFormat.gigawatts(stated)) \(contractCount)")
        }
    }

    /// A site online before the contract it serves starts.
    func sitesOnlineEarly() -> [Diagnostic] {
        let places = contractPlaces
        return scenario.sites.indices.compactMap { place -> Diagnostic? in
            let site = scenario.sites[place]
            guard let id = site.contract, let contract = places[id].map({ scenario.contracts[$0] }),
                  let start = contract.start?.value,
                  ConsistencyWarnings.ends(site.online.value, before: start) else { return nil }
            return warning(Self.entry(positions.siteOnlines, place), "sites[\(place)].online",
                           "online \(site.online.value), before its contract \(YAMLNode.quoted(id)) starts (\(start))")
        }
    }

    /// Stakes above 100 %: those before the round, and the new investors' after it.
    func stakes() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let round = scenario.round
        let before = round.capTable.reduce(0) { $0 + $1.share.value }
        if before > 1 + Self.tolerance {
            found.append(warning(positions.capTable, "round.cap_table",
                                 "stakes before the round add up to \(FigureFormat.percent(before)), more than 100 %"))
        }
        let committed = round.investors.reduce(0) { $0 + ($1.amount.value.headline ?? 0) }
        if let post = round.postMoney?.value.headline, post > 0, committed > post * (1 + Self.tolerance) {
            let currency = scenario.currency
            found.append(warning(positions.postMoney, "round.post_money",
                                 "the investors put in \(FigureFormat.money(committed, currency: currency)), more than the "
                                 + "post-money valuation of \(FigureFormat.money(post, currency: currency)): their stakes "
                                 + "after the round add up to \(FigureFormat.percent(committed / post))"))
        }
        return found
    }

    /// A stated post-money valuation more than 1 % away from pre-money plus the target: rounded
    /// reports stay quiet, a misread figure does not.
    func valuation() -> [Diagnostic] {
        let round = scenario.round
        guard case .exact(let post)? = round.postMoney?.value, case .exact(let pre)? = round.preMoney?.value,
              case .exact(let target) = round.target.value, abs(pre + target - post) > 0.01 * post else { return [] }
        let currency = scenario.currency
        return [warning(positions.postMoney, "round.post_money",
                        "pre_money \(FigureFormat.money(pre, currency: currency)) plus the target "
                        + "\(FigureFormat.money(target, currency: currency)) is \(FigureFormat.money(pre + target, currency: currency)), "
                        + "not \(FigureFormat.money(post, currency: currency))")]
    }

    /// An investor whose tranches add up to more or less than its amount, when all are exact.
    func tranches() -> [Diagnostic] {
        let investors = scenario.round.investors
        return positions.trancheAmounts.keys.sorted().compactMap { place -> Diagnostic? in
            guard investors.indices.contains(place), case .exact(let amount) = investors[place].amount.value else { return nil }
            var total = 0.0
            for tranche in investors[place].tranches {
                guard case .exact(let value) = tranche.amount.value else { return nil }
                total += value
            }
            guard abs(total - amount) > Self.tolerance * max(1, amount) else { return nil }
            let currency = scenario.currency
            return warning(positions.trancheAmounts[place], "round.investors[\(place)].amount",
                           "its tranches add up to \(FigureFormat.money(total, currency: currency)), "
                           + "\(FigureFormat.money(abs(total - amount), currency: currency)) \(total > amount ? "more" : "less") "
                           + "than its amount of \(FigureFormat.money(amount, currency: currency))")
        }
    }

    /// Years of the horizon with no revenue or burn: the projection silently takes those of the
    /// latest year given before (or the first one given).
    func missingYears() -> [Diagnostic] {
        let given = Set(scenario.financials.years.map(\.year))
        let missing = scenario.horizon.years.filter { !given.contains($0) }
        guard !missing.isEmpty else { return [] }
        let runs = missing.reduce(into: [ClosedRange<Int>]()) { runs, year in
            if let last = runs.last, last.upperBound == year - 1 { runs[runs.count - 1] = last.lowerBound...year } else { runs.append(year...year) }
        }
        let years = runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ")
        return [warning(positions.financialYears, "financials.years",
                        "no revenue or burn for \(years), in the horizon: the projection repeats the latest year "
                        + "given before (or the first one)")]
    }

    /// Cash on hand dated (its own date, else its source's) more than six months before the
    /// as-of date and taken as it stands (`cash_not_rolled_forward`): the months between burn
    /// nothing. Cash that is rolled forward has their burn taken off (explain shows each step),
    /// however old it is.
    func staleCash() -> [Diagnostic] {
        let cash = scenario.financials.cashOnHand
        guard scenario.financials.cashNotRolledForward != nil else { return [] }
        let limit = scenario.asOf.adding(months: -6)
        if let date = cash.date {
            guard ConsistencyWarnings.ends(date, before: limit) else { return [] }
            return [warning(positions.cashOnHand, "financials.cash_on_hand",
                            "cash on hand dated \(date), more than six months before as_of (\(scenario.asOf)), "
                            + "is not rolled forward")]
        }
        guard let source = scenario.source(id: cash.source), ConsistencyWarnings.ends(source.date, before: limit) else { return [] }
        return [warning(positions.cashOnHand, "financials.cash_on_hand",
                        "cash on hand from a source dated \(source.date) (\(YAMLNode.quoted(source.id))), more than six "
                        + "months before as_of (\(scenario.asOf)), is not rolled forward")]
    }

    /// Sources no `source:` names.
    func unusedSources() -> [Diagnostic] {
        guard let cited = positions.citedSources else { return [] }
        return scenario.sources.indices.compactMap { place -> Diagnostic? in
            let id = scenario.sources[place].id
            guard !cited.contains(id) else { return nil }
            return warning(Self.entry(positions.sources, place), "sources[\(place)].id",
                           "source \(YAMLNode.quoted(id)) is not named by any source: key")
        }
    }
}
