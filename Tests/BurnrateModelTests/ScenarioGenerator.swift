import PropertyBased
@testable import BurnrateModel

/// Random scenarios of the kind a file can hold: every amount form, provenance shared and
/// overridden at every level, optional fields present and absent, dates of every precision,
/// doubles at the edges, and strings and ids with characters YAML reads as syntax.
///
/// Stays within what the loader takes (years 1900–2200, a horizon of at most 100 years,
/// ascending financial years, fractions from 0 to 1, payments adding up to at most 100 %,
/// references to ids that exist, an `uncertainty` section as `Dice.uncertainty` makes it), so that
/// every scenario made must survive writing and loading.
enum ScenarioGenerator {
    static let scenario = Generator<Scenario, Shrink.None<Scenario>>(run: { rng in
        var dice = Dice(state: rng.next())
        return dice.scenario()
    })
}

/// SplitMix64: one seed from the property checker, so that a failing seed reproduces (and a fixed
/// seed gives the same values on every run).
struct Dice: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
    mutating func some<T: CaseIterable>(_: T.Type) -> T { pick(Array(T.allCases)) }

    mutating func times<T>(_ range: ClosedRange<Int>, _ make: (inout Dice, Int) -> T) -> [T] {
        (0..<int(range)).map { make(&self, $0) }
    }

    // MARK: Text

    /// Pieces YAML reads as syntax, as another type or not at all when written bare.
    static let awkwardPieces = [
        "key: value", ":", "#", " # not a comment", "- ", "-", "'", "\"", "\\", "yes", "No", "null", "NULL", "~",
        "true", "off", "2026", "0999", "1e3", "0x1F", ".inf", "-.inf", ".nan", "30B", "27%", "@", "`", "%", "&anchor",
        "*alias", "!tag", "!!str", "|", ">", "[", "]", "{", "}", ",", "?", "? ", " ", "  ", "\t", "\n", "\r", "\r\n",
        "\u{0}", "\u{7}", "\u{1B}[2J", "\u{1B}]52;c;aGk=\u{7}", "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{A0}",
        "\u{2028}", "\u{2029}", "\u{202E}", "\u{200B}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "é", "e\u{301}",
        "東京", "🚀", "👩‍👩‍👧", "Ω", "ß", "Zürich", "word", "a", "...", "---",
    ]

    mutating func text() -> String {
        switch int(0...9) {
        case 0: ""
        case 1: String(String.UnicodeScalarView(times(1...12) { dice, _ in dice.scalar() }))
        case 2: String(repeating: pick(["a", "é", "\u{7}", "x y"]), count: int(1000...1100))
        case 3: "Plain words, and (more) / A & B + c.d 'e'"
        default: times(1...4) { dice, _ in dice.pick(Self.awkwardPieces) }.joined()
        }
    }

    /// Any scalar, the ASCII ones most often.
    mutating func scalar() -> Unicode.Scalar {
        let value = chance(0.5) ? UInt32(int(0...0x7F)) : UInt32(int(0x80...0x10FFFF))
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Letters (any script), digits, '-' and '_', as ids are; unique by the index appended.
    mutating func id(_ index: Int) -> String {
        let base: String = switch int(0...7) {
        case 0: pick(["yes", "null", "no", "true", "y", "2026", "1e3", "-", "_", "-x", "0999"])
        // U+093E is a combining vowel sign, and alphabetic: an id may start with it.
        case 1: pick(["é", "東京", "Ωmega", "ñandú", "ß", "\u{93E}", "\u{915}\u{93E}"])
        case 2: String(repeating: pick(["a", "é", "-"]), count: int(600...1100))
        default: pick(["aws", "oracle", "soft-bank", "nvidia_1", "A", "x"])
        }
        return "\(base)\(index)"
    }

    mutating func currency() -> String {
        String(times(3...3) { dice, _ in Character(Unicode.Scalar(UInt8(dice.int(65...90)))) })
    }

    // MARK: Numbers

    /// A finite double of 0 or more, from the edges of the range and from the forms files use.
    mutating func magnitude() -> Double {
        switch int(0...11) {
        case 0: pick([0, 1e-7, 5e-324, 2.2250738585072014e-308, .greatestFiniteMagnitude, 1e22, 1e23, 9007199254740993])
        case 1: 0.1 + 0.2
        case 2: 1.0 / 3.0
        case 3: 123456789.123
        case 4: Double(bitPattern: UInt64.random(in: 0...Double.greatestFiniteMagnitude.bitPattern, using: &self))
        case 5: Double.random(in: 0...2e12, using: &self)
        default: Double(int(1...9999)) * pick([1, 10, 1e3, 1e6, 1e9, 1e12, 1e15, 0.1, 0.01, 0.001])
        }
    }

    /// -0 now and then, where the loader keeps it (a plain number of at least 0 takes `-0`).
    mutating func orNegativeZero(_ value: Double) -> Double {
        chance(0.1) ? -0.0 : value
    }

    mutating func signed() -> Double {
        let value = magnitude()
        return chance(0.3) && value != 0 ? -value : value
    }

    /// A contract's term: within a horizon's 100 years, as the loader's limits may ask.
    mutating func termYears() -> Double {
        chance(0.5) ? Double(int(0...100)) : pick([0.5, 1.0 / 3.0, 1e-7, 99.99999999999999])
    }

    mutating func fraction() -> Double {
        switch int(0...6) {
        case 0: pick([0, 1, 1e-300, 5e-324, 1.0.nextDown, 0.1 + 0.2, 1.0 / 3.0])
        case 1: Double(int(0...100)) / 100
        case 2: Double(int(0...10000)) / 10000
        default: Double.random(in: 0...1, using: &self)
        }
    }

    mutating func amount() -> Amount {
        let (a, b) = (magnitude(), magnitude())
        return switch int(0...4) {
        case 0: .exact(a)
        case 1: .upTo(a)
        case 2: .atLeast(a)
        case 3: .range(low: min(a, b), high: max(a, b))
        default: .undisclosed
        }
    }

    // MARK: Dates

    mutating func year() -> Int { int(1900...2200) }

    mutating func day() -> Day {
        let year = year()
        let month = int(1...12)
        switch some(Day.Precision.self) {
        case .year: return Day(year: year)
        case .month: return Day(year: year, month: month)
        case .day: return Day(year: year, month: month, day: int(1...Day.daysIn(month: month, year: year)))
        }
    }

    // MARK: Scenario

    /// Most figures cite the first source, so that objects inherit it; the others override.
    mutating func sourced<Value>(_ value: Value, among sourceIDs: [String]) -> Sourced<Value> {
        Sourced(value, source: chance(0.6) ? sourceIDs[0] : pick(sourceIDs),
                basis: chance(0.6) ? .reported : some(Basis.self), date: chance(0.1) ? day() : nil,
                confidential: chance(0.15))
    }

    mutating func scenario() -> Scenario {
        let sourceIDs = times(1...4) { dice, index in dice.id(index) }
        func sourced<Value>(_ value: Value, _ dice: inout Dice) -> Sourced<Value> {
            dice.sourced(value, among: sourceIDs)
        }
        let sources = sourceIDs.map { id in
            Source(id: id, publisher: text(), title: text(), date: day(), url: chance(0.5) ? text() : nil,
                   confidence: some(Confidence.self))
        }
        let contractIDs = times(0...3) { dice, index in dice.id(index) }
        let investorIDs = times(0...4) { dice, index in dice.id(index) }
        let contracts = contractIDs.map { id in
            let payments = int(0...3)
            return CapacityContract(
                id: id, provider: text(), kind: some(ContractKind.self), value: sourced(amount(), &self),
                termYears: chance(0.5) ? sourced(orNegativeZero(termYears()), &self) : nil,
                start: chance(0.5) ? sourced(day(), &self) : nil,
                capacityGW: chance(0.5) ? sourced(magnitude(), &self) : nil,
                payment: times(payments...payments) { dice, _ in
                    PaymentShare(form: dice.some(Instrument.self), share: sourced(dice.fraction() / Double(payments), &dice))
                },
                status: some(CommitmentStatus.self), note: chance(0.5) ? text() : nil,
                party: chance(0.3) ? party(among: investorIDs) : nil)
        }
        let investors = times(investorIDs.count...investorIDs.count) { dice, index in
            Investor(
                id: investorIDs[index], name: dice.text(), amount: sourced(dice.amount(), &dice),
                instrument: dice.some(Instrument.self), status: dice.some(CommitmentStatus.self),
                tranches: dice.times(0...3) { dice, _ in
                    Tranche(amount: sourced(dice.amount(), &dice), date: dice.chance(0.5) ? dice.day() : nil,
                            condition: dice.chance(0.5) ? dice.text() : nil, instrument: dice.some(Instrument.self),
                            status: dice.some(CommitmentStatus.self))
                },
                supplier: dice.chance(0.5) ? SupplierLink(
                    supplies: dice.text(), contracts: contractIDs.filter { _ in dice.chance(0.5) },
                    spendShare: dice.chance(0.5) ? sourced(dice.fraction(), &dice) : nil) : nil,
                note: dice.chance(0.5) ? dice.text() : nil, isGroup: dice.chance(0.2))
        }
        let round = FundingRound(
            name: text(), date: chance(0.5) ? day() : nil, status: some(CommitmentStatus.self),
            target: sourced(amount(), &self), preMoney: chance(0.5) ? sourced(amount(), &self) : nil,
            postMoney: chance(0.5) ? sourced(amount(), &self) : nil, investors: investors,
            capTable: times(0...3) { dice, _ in CapTableEntry(holder: dice.text(), share: sourced(dice.fraction(), &dice)) })
        let sites = times(0...3) { dice, index in
            let contract = contractIDs.isEmpty || dice.chance(0.3) ? nil : dice.pick(contractIDs)
            return Site(id: dice.id(index), name: dice.text(), contract: contract, isOwned: contract == nil && dice.chance(0.5),
                        capacityGW: sourced(dice.magnitude(), &dice), power: sourced(dice.fraction(), &dice),
                        cooling: sourced(dice.fraction(), &dice), network: sourced(dice.fraction(), &dice),
                        online: sourced(dice.day(), &dice))
        }
        var financialYear = int(1900...2150)
        let years = times(0...4) { dice, _ in
            defer { financialYear += dice.int(1...12) }
            return FinancialYear(year: financialYear, revenue: sourced(dice.magnitude(), &dice), burn: sourced(dice.signed(), &dice),
                                 operatingIncome: dice.chance(0.5) ? sourced(dice.signed(), &dice) : nil)
        }
        let start = year()
        let indicators = IndicatorCatalogue.all.map(\.id) + investors.map { IndicatorCatalogue.ownershipPrefix + $0.id }
        var thresholds: [String: Threshold] = [:]
        var weights: [String: Double] = [:]
        for indicator in indicators {
            if chance(0.2) { thresholds[indicator] = Threshold(watch: orNegativeZero(signed()), alert: signed()) }
            if chance(0.2) { weights[indicator] = orNegativeZero(magnitude()) }
        }
        return Scenario(
            id: id(0), title: text(), company: text(), asOf: day(), currency: currency(),
            horizon: Horizon(start: start, end: min(2200, start + int(0...99))), sources: sources, round: round,
            contracts: contracts, sites: sites,
            financials: Financials(cashOnHand: sourced(magnitude(), &self), cashNotRolledForward: chance(0.2) ? text() : nil,
                                   years: years.filter { $0.year <= 2200 },
                                   revenuePerGW: chance(0.3) ? sourced(magnitude(), &self) : nil),
            risk: RiskPolicy(thresholds: thresholds, weights: weights),
            uncertainty: uncertainty(investors: investors, contracts: contractIDs, sites: sites.map(\.id), sourceIDs: sourceIDs),
            debt: times(0...3) { dice, index in dice.debt(id: dice.id(index), investors: investorIDs, sourceIDs: sourceIDs) },
            leases: times(0...3) { dice, index in dice.lease(id: dice.id(4 + index), investors: investorIDs, sourceIDs: sourceIDs) },
            customers: times(0...3) { dice, index in
                dice.customer(id: dice.id(8 + index), investors: investorIDs, sourceIDs: sourceIDs)
            })
    }
}
