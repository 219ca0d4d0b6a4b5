/// The figures every indicator shares, worked out once, and the helpers that turn a value,
/// a formula and its inputs into a judged `Indicator`.
struct AnalysisContext {
    let scenario: Scenario
    let references: ContractReferences
    let projection: Projection
    /// `FigureFormat.currencyPrefix` of the scenario's currency, for the money in every formula.
    let currencyPrefix: String
    /// Σ of the disclosed investors' headline amounts.
    let committed: Double
    /// Σ of the disclosed investors' amounts as bounds: "up to" from nothing to its cap.
    let committedBounds: Bounded
    /// Σ of the finite high ends, and how many amounts have none ("at least"): so that the sum of
    /// all but one is worked out without ∞ − ∞.
    private let committedFiniteHigh: Double
    private let uncappedCount: Int
    /// Σ of the disclosed contracts' headline values.
    let contractTotal: Double
    /// The stated post-money valuation, else pre-money + committed.
    let postMoney: Double?
    /// The same as bounds; nil when undisclosed.
    let postMoneyBounds: Bounded?
    let providerExposures: [ProviderExposure]
    /// What the debt and leases move in cash, month by month.
    let debtService: DebtService
    /// `scenario.roundPayments`, worked out once.
    let payments: [RoundPayment]
    /// Each investor's headline amount, in the round's order; several indicators list them.
    let investorInputs: [IndicatorInput]
    /// Each contract's headline value, labelled "<id> (<provider>)", in the scenario's order;
    /// several indicators list them.
    let contractValueInputs: [IndicatorInput]
    /// Each contract's stated capacity, in the scenario's order: read in the same pass over the
    /// contracts as their labels and values.
    let contractCapacityInputs: [IndicatorInput]
    // Set last in `init`, as they are worded with the helpers below; two indicators use each.
    private(set) var cashInputs: [IndicatorInput] = []
    /// Every debt's and every lease's figures (`workOutDebtInputs`, `workOutLeaseInputs`): the
    /// debt indicators and the cash line list them.
    private(set) var debtInputs: [IndicatorInput] = []
    private(set) var leaseInputs: [IndicatorInput] = []
    private(set) var circularLinks = CircularLinks()

    init(scenario: Scenario) {
        let investors = scenario.round.investors
        let contracts = scenario.contracts
        let providers = ContractProviders(contracts)
        self.scenario = scenario
        currencyPrefix = FigureFormat.currencyPrefix(scenario.currency)
        payments = scenario.roundPayments
        references = ContractReferences(scenario: scenario)
        projection = Projection(scenario: scenario, payments: payments, providers: providers, references: references)
        // By index rather than element by element: field by field, nothing is copied.
        committed = investors.indices.lazy.compactMap { investors[$0].amount.value.headline }.reduce(0, +)
        let committedBounds = investors.indices.lazy.compactMap { Bounded(investors[$0].amount.value) }.reduce(.zero, +)
        self.committedBounds = committedBounds
        var finiteHigh = 0.0, uncapped = 0
        for index in investors.indices {
            guard let high = Bounded(investors[index].amount.value)?.high else { continue }
            if high.isFinite { finiteHigh += high } else { uncapped += 1 }
        }
        committedFiniteHigh = finiteHigh
        uncappedCount = uncapped
        contractTotal = contracts.indices.lazy.compactMap { contracts[$0].value.value.headline }.reduce(0, +)
        if let post = scenario.round.postMoney?.value.headline {
            postMoney = post
            postMoneyBounds = scenario.round.postMoney.flatMap { Bounded($0.value) }
        } else if let pre = scenario.round.preMoney?.value.headline {
            postMoney = pre + committed
            postMoneyBounds = scenario.round.preMoney.flatMap { Bounded($0.value) }.map { $0 + committedBounds }
        } else {
            postMoney = nil
            postMoneyBounds = nil
        }
        debtService = DebtService(scenario: scenario, countingFrom: projection.cashRollForward.startMonths)
        providerExposures = Self.providerExposures(in: scenario, providers: providers, references: references,
                                                   contractTotal: contractTotal)
        investorInputs = investors.indices.map { Self.input(investors[$0].name, investors[$0].amount) }
        var contractValueInputs: [IndicatorInput] = []
        var contractCapacityInputs: [IndicatorInput] = []
        contractValueInputs.reserveCapacity(contracts.count)
        contractCapacityInputs.reserveCapacity(contracts.count)
        for index in contracts.indices {
            let label = TextBuffer.concatenated(contracts[index].id, " (", contracts[index].provider, ")")
            contractValueInputs.append(Self.input(label, contracts[index].value))
            contractCapacityInputs.append(contracts[index].capacityGW.map { Self.input(label, $0, .gigawatts) }
                ?? Self.derivedInput(label, nil, .gigawatts))
        }
        self.contractValueInputs = contractValueInputs
        self.contractCapacityInputs = contractCapacityInputs
        debtInputs = workOutDebtInputs()
        leaseInputs = workOutLeaseInputs()
        cashInputs = workOutCashInputs()
        circularLinks = workOutCircularLinks()
    }

    // MARK: Judging

    func threshold(for id: String, default defaultThreshold: Threshold?) -> Threshold? {
        scenario.risk.thresholds[id] ?? defaultThreshold
    }

    func weight(for id: String, default defaultWeight: Double) -> Double {
        scenario.risk.weights[id] ?? defaultWeight
    }

    func indicator(_ definition: IndicatorDefinition, value: Double?, formula: String,
                   inputs: [IndicatorInput], bounds: Bounded? = nil) -> Indicator {
        Self.indicator(definition, value: value, formula: formula, inputs: inputs, risk: scenario.risk, bounds: bounds)
    }

    /// Judged by `risk`'s threshold for it, else its definition's.
    static func indicator(_ definition: IndicatorDefinition, value: Double?, formula: String,
                          inputs: [IndicatorInput], risk: RiskPolicy, bounds: Bounded? = nil) -> Indicator {
        let threshold = risk.thresholds[definition.id] ?? definition.defaultThreshold
        // Hidden when any input is: a comparison with a hidden figure (cash below zero?) is
        // false, so the value alone can come out looking plain. Its level too would tell which
        // side of a threshold it lies.
        if Masked.isMasked(value) || inputs.contains(where: { Masked.isMasked($0.value) }) {
            return Indicator(id: definition.id, name: definition.name, value: Masked.value, unit: definition.unit,
                             level: nil, threshold: threshold, formula: Masked.formula(formula), inputs: inputs)
        }
        let value = value.flatMap(Masked.finiteOrMasked)
        // A figure that cannot be worked out (an undisclosed post-money, no revenue) is not
        // judged: "ok" would pass an unknown off as a good figure.
        return Indicator(id: definition.id, name: definition.name, value: value, unit: definition.unit,
                         level: value.map { threshold?.level(of: $0) } ?? nil, threshold: threshold,
                         formula: formula, inputs: inputs, bounds: value == nil ? nil : bounds)
    }

    /// An indicator the scenario cannot compute, and why: no value, no level, "n/a".
    func notApplicable(_ definition: IndicatorDefinition, because reason: String,
                       inputs: [IndicatorInput] = []) -> Indicator {
        Indicator(id: definition.id, name: definition.name, value: nil, unit: definition.unit, level: nil,
                  threshold: threshold(for: definition.id, default: definition.defaultThreshold),
                  formula: "\(FigureFormat.notAvailable): \(reason)", inputs: inputs, notApplicable: reason)
    }

    /// `numerator ÷ denominator`, or nil when either is missing or the denominator is zero.
    static func ratio(_ numerator: Double?, _ denominator: Double?) -> Double? {
        guard let numerator, let denominator, denominator != 0 else { return nil }
        return Masked.finiteOrMasked(numerator / denominator)
    }

    // MARK: Wording

    func money(_ value: Double?) -> String {
        // The prefix alone goes into the closure: capturing `self` would copy all of the context.
        let prefix = currencyPrefix
        return TextBuffer.make(capacity: 32 + prefix.utf8.count) { $0.appendMoney(value, prefix: prefix) }
    }

    func figure(_ value: Double?, _ unit: IndicatorUnit) -> String {
        FigureFormat.format(value, unit: unit, currency: scenario.currency)
    }

    /// Bounds as a reader says them ("up to $50B", "≤ 5.9 %"); "n/a" without any.
    func figure(_ bounds: Bounded?, _ unit: IndicatorUnit) -> String {
        bounds.map { FigureFormat.bounded($0, unit: unit, currency: scenario.currency) } ?? FigureFormat.notAvailable
    }

    /// "a + b + c", or "$0" for nothing at all.
    func sum(_ terms: [String]) -> String {
        terms.isEmpty ? money(0) : terms.joined(separator: " + ")
    }

    // MARK: Inputs
    // Inlined, so that only the fields read are loaded rather than the whole `Sourced` copied:
    // an analysis makes tens of thousands of inputs.

    @inline(__always)
    func input(_ label: String, _ amount: Sourced<Amount>) -> IndicatorInput {
        Self.input(label, amount)
    }

    @inline(__always)
    static func input(_ label: String, _ amount: Sourced<Amount>) -> IndicatorInput {
        IndicatorInput(label: label, value: amount.value.headline, unit: .money, source: amount.source,
                       basis: amount.basis, date: amount.date, bounds: Bounded(amount.value))
    }

    @inline(__always)
    func input(_ label: String, _ figure: Sourced<Double>, _ unit: IndicatorUnit) -> IndicatorInput {
        Self.input(label, figure, unit)
    }

    @inline(__always)
    static func input(_ label: String, _ figure: Sourced<Double>, _ unit: IndicatorUnit) -> IndicatorInput {
        IndicatorInput(label: label, value: figure.value, unit: unit, source: figure.source, basis: figure.basis,
                       date: figure.date)
    }

    func derivedInput(_ label: String, _ value: Double?, _ unit: IndicatorUnit) -> IndicatorInput {
        Self.derivedInput(label, value, unit)
    }

    static func derivedInput(_ label: String, _ value: Double?, _ unit: IndicatorUnit) -> IndicatorInput {
        IndicatorInput(label: label, value: value, unit: unit, source: nil, basis: .derived)
    }

    /// `first`, then the inputs of `second` it does not already list.
    static func merged(_ first: [IndicatorInput], _ second: [IndicatorInput]) -> [IndicatorInput] {
        // One valuation input against ten thousand investors: comparing beats hashing there.
        if min(first.count, second.count) <= 4 {
            var merged = first
            merged.reserveCapacity(first.count + second.count)
            for input in second where !first.contains(input) { merged.append(input) }
            return merged
        }
        let listed = Set(first)
        return first + second.filter { !listed.contains($0) }
    }

    var targetInput: IndicatorInput { input("Target", scenario.round.target) }

    /// What the post-money valuation was worked out from.
    var postMoneyInputs: [IndicatorInput] {
        if let post = scenario.round.postMoney, post.value.isDisclosed { return [input("Post-money valuation", post)] }
        guard let pre = scenario.round.preMoney else { return [derivedInput("Post-money valuation", nil, .money)] }
        return [input("Pre-money valuation", pre)] + investorInputs
    }

    /// What the other investors commit, as bounds, beside one with `amount`.
    func othersCommitted(besides amount: Bounded) -> Bounded {
        let isUncapped = !amount.high.isFinite
        let high = uncappedCount - (isUncapped ? 1 : 0) > 0 ? .infinity : committedFiniteHigh - (isUncapped ? 0 : amount.high)
        return Bounded(low: max(0, committedBounds.low - amount.low), high: max(0, high))
    }

    /// One investor's stake as bounds: its amount ÷ a stated post-money value, or its share of
    /// pre-money + everyone's money when the post-money value is derived from them.
    func ownershipBounds(of amount: Amount) -> Bounded? {
        guard let own = Bounded(amount) else { return nil }
        if let post = scenario.round.postMoney, post.value.isDisclosed { return postMoneyBounds.flatMap(own.divided) }
        return scenario.round.preMoney.flatMap { Bounded($0.value) }.flatMap { Bounded.share(own, of: $0 + othersCommitted(besides: own)) }
    }

    /// Committed ÷ post-money as bounds. A post-money value worked out as pre-money + committed
    /// makes it committed's share of the two: not the quotient of their bounds, which could
    /// pass 100 %.
    var dilutionBounds: Bounded? {
        if let post = scenario.round.postMoney, post.value.isDisclosed { return postMoneyBounds.flatMap(committedBounds.divided) }
        return scenario.round.preMoney.flatMap { Bounded($0.value) }.flatMap { Bounded.share(committedBounds, of: $0) }
    }

    /// "$850B", "at least $850B", or "($730B + $100B)" when the post-money value is derived.
    var postMoneyTerm: String {
        if let post = scenario.round.postMoney, post.value.isDisclosed { return FigureFormat.amount(post.value, currency: scenario.currency) }
        guard postMoney != nil, let pre = scenario.round.preMoney else { return money(postMoney) }
        return "(\(FigureFormat.amount(pre.value, currency: scenario.currency)) + \(figure(committedBounds, .money)))"
    }
}
