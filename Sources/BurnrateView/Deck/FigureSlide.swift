import BurnrateModel

/// One figure in block letters as large as the slide allows, centred, with its caption and,
/// for an indicator, how it is worked out, underneath.
struct FigureSlide: Widget {
    /// What the block letters say, in which colour, and the formula behind it.
    struct Figure {
        let text: String
        let style: Style
        let formula: String?

        init(_ figure: SlideFigure?, in analysis: Analysis) {
            switch figure {
            case .indicator(let id)?:
                let indicator = analysis.indicator(id)
                text = indicator.map { Figures(analysis.scenario).indicator($0) } ?? FigureFormat.notAvailable
                // a figure without a level (or an indicator the scenario lacks) is plain text
                style = Style(indicator?.level?.role ?? .text, [.bold])
                formula = indicator.map { "\($0.name): \($0.formula)" }
            case .text(let text)?:
                self.text = text
                style = Style(.title, [.bold])
                formula = nil
            case nil:
                text = ""
                style = .plain
                formula = nil
            }
        }
    }

    let figure: Figure
    let caption: String?
    let glyphs: Glyphs

    func render(in area: Rect, on canvas: inout Canvas) {
        let caption = CenteredText(text: self.caption ?? "", style: Style(.text, [.bold]))
        let captionRows = min(3, caption.lineCount(width: area.width))
        // The formula is for a screen with room to spare; cut short, it would only confuse.
        let fullFormula = CenteredText(text: figure.formula ?? "", style: Style(.muted))
        let formula = fullFormula.lineCount(width: area.width) <= 2 && area.height >= 20 ? fullFormula : CenteredText(text: "", style: .plain)
        let formulaRows = formula.lineCount(width: area.width)
        let textRows = captionRows + formulaRows + (captionRows > 0 ? 1 : 0) + (formulaRows > 0 ? 1 : 0)
        // At most two thirds of the height, so that the figure keeps a margin around it.
        let room = Rect(x: area.x, y: area.y, width: area.width, height: max(1, min(area.height - textRows, area.height * 2 / 3)))
        let scale = BigText.scale(for: figure.text, fitting: room)
        let figureRows = scale.map { BigText.size(for: figure.text, scale: $0).height } ?? 1
        var y = area.y + max(0, (area.height - figureRows - textRows) / 2)
        canvas.render(BigText(figure.text, style: figure.style, alignment: .center, glyphs: glyphs),
                      in: Rect(x: area.x, y: y, width: area.width, height: figureRows))
        y += figureRows + 1
        if captionRows > 0 {
            canvas.render(caption, in: Rect(x: area.x, y: y, width: area.width, height: captionRows).intersection(area))
            y += captionRows + 1
        }
        canvas.render(formula, in: Rect(x: area.x, y: y, width: area.width, height: formulaRows).intersection(area))
    }
}
