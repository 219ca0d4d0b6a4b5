/// Styled text wrapped at spaces to the width of its area, for the explain and help views.
/// A newline starts a new line; a word longer than a line is broken where the line ends.
/// `scroll` skips that many wrapped lines from the top.
public struct Paragraph: Widget {
    public typealias Span = StyledText

    public var spans: [Span]
    public var scroll: Int

    public init(_ spans: [Span], scroll: Int = 0) {
        self.spans = spans
        self.scroll = scroll
    }

    public init(_ text: String, style: Style = .plain, scroll: Int = 0) {
        self.init([Span(text, style: style)], scroll: scroll)
    }

    typealias StyledCharacter = (character: Character, style: Style)

    /// The lines the text wraps to in `width` columns: how far a help view can scroll.
    public func lineCount(width: Int) -> Int {
        wrapped(width: width).count
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        // Spelt in ASCII before wrapping, so that "Σ" written "sum" wraps with the words around it.
        let shown = canvas.isASCIIOnly ? Paragraph(spans.map { Span(ASCIIText.fold($0.text), style: $0.style) }, scroll: scroll) : self
        for (row, line) in shown.wrapped(width: area.width).dropFirst(max(0, scroll)).prefix(area.height).enumerated() {
            var x = area.x
            for piece in line {
                x = canvas.put(String(piece.character), x: x, y: area.y + row, style: piece.style, clip: area)
            }
        }
    }

    func wrapped(width: Int) -> [[StyledCharacter]] {
        guard width > 0 else { return [] }
        var lines: [[StyledCharacter]] = []
        for paragraph in paragraphs() {
            var line: [StyledCharacter] = []
            var used = 0
            var wrappedHere = false
            for token in tokens(paragraph) {
                let tokenWidth = token.reduce(0) { $0 + TextWidth.of($1.character) }
                let isSpace = token.first?.character == " "
                if isSpace {
                    if wrappedHere && line.isEmpty { continue }
                    if used + tokenWidth <= width {
                        line += token
                        used += tokenWidth
                    } else {
                        lines.append(line)
                        (line, used, wrappedHere) = ([], 0, true)
                    }
                    continue
                }
                if used + tokenWidth > width && !line.isEmpty {
                    lines.append(trimmingTrailingSpaces(line))
                    (line, used, wrappedHere) = ([], 0, true)
                }
                for piece in token {
                    let pieceWidth = TextWidth.of(piece.character)
                    if used + pieceWidth > width && !line.isEmpty {
                        lines.append(line)
                        (line, used) = ([], 0)
                    }
                    line.append(piece)
                    used += pieceWidth
                }
            }
            lines.append(trimmingTrailingSpaces(line))
        }
        return lines
    }

    /// The spans' characters split at newlines.
    private func paragraphs() -> [[StyledCharacter]] {
        var paragraphs: [[StyledCharacter]] = [[]]
        for span in spans {
            for character in span.text {
                if character == "\n" {
                    paragraphs.append([])
                } else {
                    paragraphs[paragraphs.count - 1].append((character == "\t" ? " " : character, span.style))
                }
            }
        }
        return paragraphs
    }

    /// Runs of spaces and runs of everything else; a figure, one space and its per cent sign
    /// ("3.5 %") are one token, so that a line never ends between them.
    private func tokens(_ characters: [StyledCharacter]) -> [[StyledCharacter]] {
        var tokens: [[StyledCharacter]] = []
        for piece in characters {
            if let last = tokens.last?.last, (last.character == " ") == (piece.character == " ") {
                tokens[tokens.count - 1].append(piece)
            } else if piece.character == "%", tokens.count >= 2, tokens[tokens.count - 1].count == 1,
                      tokens[tokens.count - 2].last?.character.isWholeNumber == true {
                let space = tokens.removeLast()
                tokens[tokens.count - 1] += space + [piece]
            } else {
                tokens.append([piece])
            }
        }
        return tokens
    }

    private func trimmingTrailingSpaces(_ line: [StyledCharacter]) -> [StyledCharacter] {
        Array(line.reversed().drop { $0.character == " " }.reversed())
    }
}
