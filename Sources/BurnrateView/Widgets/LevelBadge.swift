import BurnrateModel

/// An indicator level as symbol and word, "✓ ok", "! watch", "✗ alert", in the level's role
/// colour, or "· info" for a figure without a threshold. The symbol and the word carry the
/// meaning, so it reads without colour too.
public struct LevelBadge: Widget {
    /// Nil for a figure without a threshold.
    public var level: Level?
    /// Only the symbol, for tight columns.
    public var isCompact: Bool
    public var glyphs: Glyphs

    public init(level: Level?, isCompact: Bool = false, glyphs: Glyphs = .unicode) {
        self.level = level
        self.isCompact = isCompact
        self.glyphs = glyphs
    }

    public var text: String {
        isCompact ? String(symbol) : "\(symbol) \(level?.rawValue ?? "info")"
    }

    public var symbol: Character {
        switch level {
        case .ok?: glyphs.okSymbol
        case .watch?: glyphs.watchSymbol
        case .alert?: glyphs.alertSymbol
        case nil: glyphs.infoSymbol
        }
    }

    public var style: Style {
        switch level {
        case .ok?: Style(.ok)
        case .watch?: Style(.watch, [.bold])
        case .alert?: Style(.alert, [.bold])
        case nil: Style(.muted)
        }
    }

    /// For the figure the badge stands beside: in the level's colour only when at risk.
    public var figureStyle: Style {
        level == .watch || level == .alert ? style : .plain
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        canvas.put(text, x: area.x, y: area.y, style: style, clip: area)
    }
}
