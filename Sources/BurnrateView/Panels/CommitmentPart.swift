import BurnrateModel

/// How the view says a change between two splits of a commitment (`InvestorPosition.parts`).
extension CommitmentPart {
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
