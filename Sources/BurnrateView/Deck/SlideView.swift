import BurnrateModel

/// Draws the shown slide of a presentation. The terminal and handouts both draw through this,
/// so a handout shows what the room saw.
public enum SlideView {
    public static func render(_ state: DeckState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        canvas.isASCIIOnly = state.glyphs == .ascii
        guard !state.isBlank else { return canvas }
        guard state.width >= SlideLayout.minimumWidth, state.height >= SlideLayout.minimumHeight else {
            canvas.render(TooSmallView(), in: canvas.bounds)
            return canvas
        }
        let (layout, caption) = layout(of: state)
        drawTitle(of: state, in: layout.title, on: &canvas)
        canvas.put(String(repeating: state.glyphs.border.horizontal, count: layout.rule.width), x: layout.rule.x, y: layout.rule.y,
                   style: Style(.border), clip: layout.rule)
        if let panel = state.whatIfPanel {
            let (slideArea, dock) = split(layout.body, for: state)
            canvas.render(body(of: state), in: slideArea)
            canvas.render(WhatIfPanelView(model: state.model, panel: panel, glyphs: state.glyphs, keymap: state.keymap,
                                          resetLabel: "the slide's own"), in: dock)
        } else {
            canvas.render(body(of: state), in: layout.body)
        }
        if let banner = state.banner { canvas.render(BannerView(banner: banner, glyphs: state.glyphs), in: layout.body) }
        canvas.render(caption, in: layout.caption)
        if let progress = layout.progress { canvas.render(SlideProgress(state: state), in: progress) }
        if let footer = layout.footer { canvas.render(SlideFooter(state: state), in: footer) }
        return canvas
    }

    private static func layout(of state: DeckState) -> (SlideLayout, CenteredText) {
        let caption = CenteredText(text: captionBelowBody(of: state.slide) ?? "", style: Style(.text, [.bold]))
        let textWidth = state.width - 2 * SlideLayout.margins(width: state.width, height: state.height).horizontal
        let layout = SlideLayout(width: state.width, height: state.height, captionRows: min(3, caption.lineCount(width: textWidth)),
                                 showsProgress: state.isAutoAdvancing, showsFooter: state.showsFooter)
        return (layout, caption)
    }

    /// The body split into the slide and, under it, the open what-if panel's dock.
    private static func split(_ body: Rect, for state: DeckState) -> (rest: Rect, bottom: Rect) {
        let rows = WhatIfPanelView.rows(knobs: WhatIfKnob.all(for: state.model.base).count, width: body.width)
        return body.splitBottom(min(rows, body.height / 2))
    }

    /// Where the what-if panel is drawn, for keys that move between its columns.
    static func whatIfDock(_ state: DeckState) -> Rect? {
        guard state.whatIfPanel != nil, !state.isBlank, state.width >= SlideLayout.minimumWidth,
              state.height >= SlideLayout.minimumHeight else { return nil }
        return split(layout(of: state).0.body, for: state).bottom
    }

    /// Figure and text slides place their caption inside the body, right under what they show.
    private static func captionBelowBody(of slide: Slide) -> String? {
        slide.kind == .figure || slide.kind == .text ? nil : slide.caption
    }

    /// The title on the left; on the right the active what-if, or the slide's year. On a narrow
    /// screen the what-if badge drops its summary before the title loses words.
    private static func drawTitle(of state: DeckState, in area: Rect, on canvas: inout Canvas) {
        var right = ""
        var rightStyle = Style(.muted)
        if state.model.isAdjusted {
            right = " WHAT-IF " + state.model.summary.joined(separator: ", ") + " "
            if TextWidth.of(state.slide.title) + TextWidth.of(right) + 2 > area.width { right = " WHAT-IF " }
            rightStyle = Style(.watch, [.bold, .reverse])
        } else if let year = state.slide.year {
            right = "year \(year)"
        }
        let rightWidth = TextWidth.of(right)
        let showsRight = rightWidth > 0 && rightWidth + 12 <= area.width
        let titleRoom = showsRight ? area.width - rightWidth - 2 : area.width
        canvas.put(Truncation.fit(state.slide.title, in: titleRoom, ellipsis: state.glyphs.ellipsis), x: area.x, y: area.y,
                   style: Style(.title, [.bold]), clip: area)
        if showsRight { canvas.put(right, x: area.maxX - rightWidth, y: area.y, style: rightStyle, clip: area) }
    }

    private static func body(of state: DeckState) -> any Widget {
        let slide = state.slide
        return switch slide.kind {
        case .dashboard, .investors, .capacity, .risk: SlidePanels(state: state)
        case .timeline: TimelineSlide(analysis: state.model.analysis, year: slide.year, glyphs: state.glyphs)
        case .compare: CompareSlide(analysis: state.model.analysis,
                                    other: slide.compare.flatMap(state.comparedAnalysis),
                                    glyphs: state.glyphs)
        case .figure: FigureSlide(figure: FigureSlide.Figure(slide.figure, in: state.model.analysis), caption: slide.caption,
                                  glyphs: state.glyphs)
        case .text: TextSlide(body: slide.body ?? "", caption: slide.caption, glyphs: state.glyphs)
        case .simulation: SimulationSlide(state: state)
        case .league: LeagueSlide(state: state)
        }
    }
}
