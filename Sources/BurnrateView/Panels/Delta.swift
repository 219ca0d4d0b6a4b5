import BurnrateModel

/// How far a figure moved from the scenario as loaded, for a what-if: "▲ $15B", "▼ 9.4 pts".
struct Delta {
    let text: String
    let style: Style

    /// Nil when the figure did not move (or either side is missing).
    init?(_ value: Double?, from base: Double?, unit: IndicatorUnit, threshold: Threshold?, figures: Figures, glyphs: Glyphs) {
        guard let value, let base, value.isFinite, base.isFinite else { return nil }
        let change = value - base
        let shown = Self.magnitude(abs(change), between: [base, value], unit: unit, figures: figures)
        guard abs(change) > 1e-9 * max(1, abs(base)), !Self.roundsToZero(shown) else { return nil }
        text = "\(change > 0 ? glyphs.up : glyphs.down) \(shown)"
        let worse = threshold.map { $0.higherIsWorse == (change > 0) }
        style = switch worse {
        case .some(true): Style(.alert, [.bold])
        case .some(false): Style(.ok, [.bold])
        case nil: Style(.accent, [.bold])
        }
    }

    init?(_ indicator: Indicator, base: Indicator?, figures: Figures, glyphs: Glyphs) {
        self.init(indicator.value, from: base?.value, unit: indicator.unit, threshold: indicator.threshold,
                  figures: figures, glyphs: glyphs)
    }

    /// The change as precise as the figures it is between: percentage points with the one
    /// decimal of a percentage ("100.0 pts" beside "100.0 %"), a multiple with the decimals of the
    /// coarser figure.
    private static func magnitude(_ change: Double, between values: [Double], unit: IndicatorUnit, figures: Figures) -> String {
        switch unit {
        case .fraction: FigureFormat.fraction(change).replacing(" %", with: " pts")
        case .money: figures.money(change)
        case .multiple: FigureFormat.multiple(change, like: values)
        case .index, .score: FigureFormat.index(change)
        case .years: FigureFormat.years(change)
        case .gigawatts: FigureFormat.gigawatts(change)
        }
    }

    private static func roundsToZero(_ text: String) -> Bool {
        !text.contains { ("1"..."9").contains($0) }
    }
}
