import BurnrateModel

/// A part of an investor's commitment as the bars and the compare view tell them apart: money
/// that is certain (firm, in cash or in another form) and money that is only "up to" or waits
/// on a condition. One split, so that a bar's shades and compare's words never disagree.
struct CommitmentPart: Equatable {
    enum Kind: Int, Comparable {
        case firm, nonCash, upTo, conditional

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        var word: String {
            switch self {
            case .firm: "firm"
            case .nonCash: "non-cash"
            case .upTo: "up to"
            case .conditional: "conditional"
            }
        }
    }

    let value: Double
    let kind: Kind

    var isCertain: Bool { kind == .firm || kind == .nonCash }

    /// Tranche by tranche when the scenario splits the commitment; otherwise its firm part and
    /// the rest of the headline as "up to". Parts of nothing are left out.
    static func parts(of position: InvestorPosition, investor: Investor?) -> [CommitmentPart] {
        if let tranches = investor?.tranches, !tranches.isEmpty {
            return tranches.compactMap { tranche in
                tranche.amount.value.headline.map { value in
                    CommitmentPart(value: value, kind: kind(instrument: tranche.instrument, isCertain: tranche.amount.value.isCertain))
                }
            }.filter { $0.value > 0 }
        }
        guard let headline = position.headline else { return [] }
        let firm = position.firm ?? 0
        return [CommitmentPart(value: firm, kind: kind(instrument: position.instrument, isCertain: true)),
                CommitmentPart(value: headline - firm, kind: .upTo)].filter { $0.value > 0 }
    }

    private static func kind(instrument: Instrument, isCertain: Bool) -> Kind {
        if instrument == .conditional { return .conditional }
        if !isCertain { return .upTo }
        return instrument.isNonCash ? .nonCash : .firm
    }

    /// The certain money among `parts`.
    static func certain(_ parts: [CommitmentPart]) -> Double {
        parts.filter(\.isCertain).map(\.value).reduce(0, +)
    }

    /// "firm ▲ $15B": how far the certain money moved from `a` to `b`, for a commitment whose
    /// headline stayed; nil when it did not move either.
    static func firmChange(_ a: [CommitmentPart], _ b: [CommitmentPart], figures: Figures, glyphs: Glyphs) -> Table.Cell? {
        Delta(certain(b), from: certain(a), unit: .money, threshold: nil, figures: figures, glyphs: glyphs)
            .map { Table.Cell("firm \($0.text)", style: $0.style) }
    }

    /// "firm $15B + conditional $35B": the parts summed by kind, in the order firm, non-cash,
    /// up to, conditional; "none" without any.
    static func words(_ parts: [CommitmentPart], figures: Figures) -> String {
        let kinds = Set(parts.map(\.kind)).sorted()
        guard !kinds.isEmpty else { return "none" }
        return kinds.map { kind in
            "\(kind.word) \(figures.money(parts.filter { $0.kind == kind }.map(\.value).reduce(0, +)))"
        }.joined(separator: " + ")
    }
}
