/// A part of an investor's commitment as the bars and the compare view tell them apart: money
/// that is certain (firm, in cash or in another form) and money that is only "up to" or waits
/// on a condition. One split, so that a bar's shades and compare's words never disagree.
public struct CommitmentPart: Sendable, Equatable {
    public enum Kind: Int, Sendable, Comparable {
        case firm, nonCash, upTo, conditional

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        public var word: String {
            switch self {
            case .firm: "firm"
            case .nonCash: "non-cash"
            case .upTo: "up to"
            case .conditional: "conditional"
            }
        }

        init(instrument: Instrument, isCertain: Bool) {
            if instrument == .conditional {
                self = .conditional
            } else if !isCertain {
                self = .upTo
            } else {
                self = instrument.isNonCash ? .nonCash : .firm
            }
        }
    }

    public let value: Double
    public let kind: Kind

    public init(value: Double, kind: Kind) {
        self.value = value
        self.kind = kind
    }

    public var isCertain: Bool { kind == .firm || kind == .nonCash }

    /// The certain money among `parts`.
    public static func certain(_ parts: [CommitmentPart]) -> Double {
        parts.filter(\.isCertain).map(\.value).reduce(0, +)
    }
}

extension InvestorPosition {
    /// Its commitment tranche by tranche when the scenario splits it; otherwise its firm part
    /// and the rest of the headline as "up to". Parts of nothing are left out.
    public var parts: [CommitmentPart] {
        if !tranches.isEmpty {
            return tranches.compactMap { tranche in
                tranche.amount.value.headline.map { value in
                    CommitmentPart(value: value, kind: .init(instrument: tranche.instrument, isCertain: tranche.amount.value.isCertain))
                }
            }.filter { $0.value > 0 }
        }
        guard let headline else { return [] }
        let firm = firm ?? 0
        return [CommitmentPart(value: firm, kind: .init(instrument: instrument, isCertain: true)),
                CommitmentPart(value: headline - firm, kind: .upTo)].filter { $0.value > 0 }
    }
}

extension Amount {
    /// Whether the whole headline figure is certain: not an "up to" or a range.
    var isCertain: Bool {
        switch self {
        case .exact, .atLeast: true
        case .upTo, .range, .undisclosed: false
        }
    }
}
