import BurnrateText
import BurnrateModel

/// The HTML handout: a self-contained page in the theme's colours, each slide on screen as an
/// SVG picture (`SVGRenderer`) and in print as a `<pre>` with a span for each run of cells that
/// look alike, colours written inline, dark text on white whatever the theme. Well-formed XML as
/// well as HTML, so that strict parsers read it too.
struct HandoutHTML {
    let loaded: LoadedDeck
    let palette: Palette

    func document(_ pages: [Handout.Page], sources: [Source]) -> String {
        let title = Self.escaped(loaded.deck.title)
        let frame = "1px solid " + (css(palette.color(.border)) ?? pageText)
        var output = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <title>\(title)</title>
            <style>
            body { background-color: \(pageBackground); color: \(pageText); font-family: sans-serif; margin: 2em; }
            pre { font-family: monospace; line-height: 1.15; padding: 1em; border: \(frame); }
            .notes { max-width: 48em; white-space: pre-wrap; }
            .figure { font-size: 1.5em; }
            .picture { margin: 1em 0; }
            .picture svg { display: block; max-width: 100%; height: auto; border: \(frame); }
            @media screen { section > pre { display: none; } }
            a { color: inherit; }
            @media print {
              body, pre { background-color: #ffffff !important; color: #000000 !important; }
              pre span { background-color: transparent !important; color: #000000 !important; opacity: 1 !important; }
              pre { border-color: #000000; }
              section { break-inside: avoid; }
              .picture { display: none; }
            }
            </style>
            </head>
            <body>
            <h1>\(title)</h1>
            <p>\(Self.escaped("\(loaded.scenario.title), as of \(loaded.scenario.asOf)."))</p>

            """
        for (number, page) in zip(1..., pages) {
            output += "<section id=\"slide-\(number)\">\n<h2>\(number). \(Self.escaped(page.slide.title))</h2>\n"
            output += "<figure class=\"picture\" role=\"img\" aria-label=\"\(Self.escaped(page.figure ?? page.slide.title))\">\n"
                + SVGRenderer.svg(page.canvas, palette: palette) + "</figure>\n"
            if let figure = page.figure {
                // The block letters are a picture of the figure: readers and screen readers get it as text.
                let described = figure + (page.slide.caption.map { ": " + $0 } ?? "")
                output += "<p class=\"figure\">Figure: <strong>\(Self.escaped(figure))</strong></p>\n"
                output += "<pre role=\"img\" aria-label=\"\(Self.escaped(described))\">" + pre(page.canvas) + "</pre>\n"
            } else {
                output += "<pre>" + pre(page.canvas) + "</pre>\n"
            }
            if let notes = page.notes {
                output += "<p class=\"notes\"><strong>Speaker notes:</strong> \(Self.escaped(notes.trimmingTrailingNewlines))</p>\n"
            }
            output += "</section>\n"
        }
        output += "<section id=\"sources\">\n<h2>Sources</h2>\n<ul>\n"
        for source in sources {
            let address = source.webAddress.map { ", <a href=\"\(Self.escaped($0))\">\(Self.escaped($0))</a>" }
                ?? source.url.map { ", " + Self.escaped($0) } ?? ""
            output += "<li><code>\(Self.escaped(source.id))</code>: \(Self.escaped(source.citation))\(address) "
                + "(confidence \(source.confidence.rawValue))</li>\n"
        }
        return output + "</ul>\n</section>\n</body>\n</html>\n"
    }

    /// The canvas's rows, each run of alike cells in one span; trailing blanks in the page's
    /// own look are left out.
    func pre(_ canvas: Canvas) -> String {
        var rows: [String] = []
        for row in 0..<canvas.height {
            var runs: [(style: ResolvedStyle, text: String)] = []
            for column in 0..<canvas.width where !canvas[column, row].isContinuation {
                let cell = canvas[column, row]
                let style = palette.resolve(cell.style)
                if let last = runs.last, last.style == style {
                    runs[runs.count - 1].text.append(cell.character)
                } else {
                    runs.append((style, String(cell.character)))
                }
            }
            while let last = runs.last, last.text.allSatisfy({ $0 == " " }), declarations(last.style).isEmpty { runs.removeLast() }
            rows.append(runs.map { run in
                let declarations = declarations(run.style)
                let text = Self.escaped(run.text)
                return declarations.isEmpty ? text : "<span style=\"\(declarations.joined(separator: ";"))\">\(text)</span>"
            }.joined())
        }
        return rows.joined(separator: "\n")
    }

    /// CSS for a look, against the page's own colours; empty for the page's look.
    private func declarations(_ style: ResolvedStyle) -> [String] {
        var foreground = css(style.foreground)
        var background = css(style.background)
        if style.attributes.contains(.reverse) {
            (foreground, background) = (background ?? pageBackground, foreground ?? pageText)
        }
        var declarations: [String] = []
        if let foreground, foreground != pageText { declarations.append("color:\(foreground)") }
        if let background, background != pageBackground { declarations.append("background-color:\(background)") }
        if style.attributes.contains(.bold) { declarations.append("font-weight:bold") }
        if style.attributes.contains(.dim) { declarations.append("opacity:0.7") }
        if style.attributes.contains(.italic) { declarations.append("font-style:italic") }
        if style.attributes.contains(.underline) { declarations.append("text-decoration:underline") }
        return declarations
    }

    private var pageBackground: String { css(palette.color(.background)) ?? "#ffffff" }
    private var pageText: String { css(palette.color(.text)) ?? "#000000" }

    /// `#rrggbb`, or nil for the terminal's own colour.
    private func css(_ color: TerminalColor) -> String? {
        color.rgb?.hex
    }

    /// Text safe inside elements and double-quoted attributes, and shown through `TerminalSafe`
    /// (line breaks kept, for the notes' `pre-wrap`): no control character in the page.
    static func escaped(_ text: String) -> String {
        XMLText.escaped(TerminalSafe.escapeKeepingLineBreaks(text), keepingLineBreaks: true)
    }
}
