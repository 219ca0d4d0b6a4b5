import BurnrateModel
import Testing
@testable import BurnrateView

@Suite struct BlockTests {
    @Test func bordersWithTitlesOnTheTopEdge() {
        // 22 wide: " Investors " 11 from column 2, " $bn " 5 ending 2 before the right edge.
        let canvas = draw(Block(title: "Investors", rightTitle: "$bn"), width: 22, height: 3)
        #expect(canvas.lines == [
            "┌─ Investors ── $bn ─┐",
            "│                    │",
            "└────────────────────┘",
        ])
        #expect(canvas[0, 0].style == Style(.border))
        #expect(canvas[3, 0].style == Style(.title))
        #expect(canvas[16, 0].style == Style(.muted))
    }

    @Test func theFocusedBlockIsHeavierAndBold() {
        let canvas = draw(Block(title: "Investors", isFocused: true), width: 16, height: 3)
        #expect(canvas.lines == [
            "┏━ Investors ━━┓",
            "┃              ┃",
            "┗━━━━━━━━━━━━━━┛",
        ])
        #expect(canvas[0, 0].style == Style(.accent, [.bold]))
        #expect(canvas[3, 0].style == Style(.title, [.bold]))
    }

    @Test func longTitlesShortenAndTheRightTitleGivesWay() {
        // 10 wide leaves 6 for " Investors ": " Inve" and the ellipsis; no room for "$bn".
        #expect(draw(Block(title: "Investors", rightTitle: "$bn"), width: 10, height: 2).lines == [
            "┌─ Inve…─┐",
            "└────────┘",
        ])
    }

    @Test func asciiBorders() {
        #expect(draw(Block(title: "Risk", glyphs: .ascii), width: 10, height: 3).lines == [
            "+- Risk -+", "|        |", "+--------+",
        ])
        #expect(draw(Block(title: "Risk", isFocused: true, glyphs: .ascii), width: 10, height: 3).lines == [
            "#= Risk =#", "#        #", "#========#",
        ])
    }

    @Test func innerAreaIsInsideTheBorder() {
        #expect(Block().inner(Rect(x: 2, y: 3, width: 10, height: 5)) == Rect(x: 3, y: 4, width: 8, height: 3))
    }
}

@Suite struct TabsTests {
    @Test func highlightsTheSelectedTitle() {
        // " Investors " 11 + "│" + " Capacity " 10 + "│" + " Risk " 6 = 29.
        let canvas = draw(Tabs(titles: ["Investors", "Capacity", "Risk"], selected: 1), width: 30)
        #expect(canvas.lines == [" Investors │ Capacity │ Risk  "])
        #expect(canvas[12, 0].style == Style(.title, on: .selection, [.bold]))
        #expect(canvas[1, 0].style == Style(.muted))
        #expect(canvas[11, 0].style == Style(.border))
    }

    @Test func scrollsToShowTheSelectedTitle() {
        // " Risk " starts at 23 and ends at 29; in 12 columns the row starts at 29 - 12 = 17.
        let canvas = draw(Tabs(titles: ["Investors", "Capacity", "Risk"], selected: 2), width: 12)
        #expect(canvas.lines == ["city │ Risk "])
    }

    @Test func asciiSeparator() {
        #expect(draw(Tabs(titles: ["A", "B"], selected: 0, glyphs: .ascii), width: 7).lines == [" A | B "])
    }
}

@Suite struct ParagraphTests {
    @Test func wrapsAtSpaces() {
        let canvas = draw(Paragraph("The firm part is paid in cash."), width: 10, height: 4)
        #expect(canvas.lines == ["The firm  ", "part is   ", "paid in   ", "cash.     "])
    }

    @Test func breaksWordsLongerThanALine() {
        #expect(Paragraph("Stargate-Abilene site").wrapped(width: 6).map { String($0.map(\.character)) }
            == ["Starga", "te-Abi", "lene", "site"])
    }

    @Test func keepsStylesAndNewlinesAndScrolls() {
        let text = Paragraph([Paragraph.Span("Why "), Paragraph.Span("red", style: Style(.alert)), "?\nBecause."])
        let canvas = draw(text, width: 12, height: 2)
        #expect(canvas.lines == ["Why red?    ", "Because.    "])
        #expect(canvas[4, 0].style == Style(.alert))
        #expect(canvas[7, 0].style == .plain)
        #expect(text.lineCount(width: 12) == 2)
        var scrolled = text
        scrolled.scroll = 1
        #expect(draw(scrolled, width: 12, height: 2).lines == ["Because.    ", "            "])
    }

    @Test func aFigureKeepsItsPerCentSign() {
        // "÷ 850 = 3.5" fills 11 columns of 12 and " %" would take two more: the figure moves
        // down with its sign rather than leave the sign alone on the next line.
        let lines = Paragraph("÷ 850 = 3.5 % of it").wrapped(width: 12).map { String($0.map(\.character)) }
        #expect(lines == ["÷ 850 =", "3.5 % of it"])
        // A per cent sign after a word, not a figure, wraps like any word.
        #expect(Paragraph("ab cd %").wrapped(width: 5).map { String($0.map(\.character)) } == ["ab cd", "%"])
    }

    @Test func wideCharactersWrapByTheirWidth() {
        // Each of 日本郵船 is 2 columns: two fit in 5.
        #expect(draw(Paragraph("日本郵船"), width: 5, height: 2).lines == ["日本 ", "郵船 "])
    }
}

@Suite struct LevelBadgeTests {
    @Test func symbolAndWordInTheLevelsRole() {
        #expect(draw(LevelBadge(level: .ok), width: 7).lines == ["✓ ok   "])
        #expect(draw(LevelBadge(level: .watch), width: 7).lines == ["! watch"])
        let alert = draw(LevelBadge(level: .alert), width: 7)
        #expect(alert.lines == ["✗ alert"])
        #expect(alert[0, 0].style == Style(.alert, [.bold]))
        #expect(draw(LevelBadge(level: .ok), width: 2)[0, 0].style == Style(.ok))
    }

    @Test func asciiAndCompact() {
        #expect(LevelBadge(level: .ok, glyphs: .ascii).text == "v ok")
        #expect(LevelBadge(level: .alert, glyphs: .ascii).text == "x alert")
        #expect(LevelBadge(level: .watch, isCompact: true).text == "!")
    }

    /// A figure without a threshold is information: neither ✓ nor a level's colour, in ASCII too.
    @Test func noLevelIsInformation() {
        let info = draw(LevelBadge(level: nil), width: 6)
        #expect(info.lines == ["· info"])
        #expect(info[0, 0].style == Style(.muted))
        #expect(LevelBadge(level: nil, glyphs: .ascii).text == "- info")
        #expect(LevelBadge(level: nil, isCompact: true, glyphs: .ascii).text == "-")
        #expect(LevelBadge(level: nil).figureStyle == .plain)
        #expect(LevelBadge(level: .ok).figureStyle == .plain)
        #expect(LevelBadge(level: .alert).figureStyle == Style(.alert, [.bold]))
    }
}

@Suite struct GlyphsDetectionTests {
    @Test(arguments: [
        (["LANG": "en_US.UTF-8"], true),
        (["LANG": "de_DE.utf8"], true),
        (["LC_ALL": "C", "LANG": "en_US.UTF-8"], false),
        (["LC_ALL": "", "LC_CTYPE": "C.UTF-8", "LANG": "C"], true),
        (["LANG": "en_US.ISO-8859-1"], false),
        ([:], false),
    ] as [([String: String], Bool)])
    func unicodeOnlyForUTF8Locales(environment: [String: String], isUnicode: Bool) {
        #expect(Glyphs.detect(environment: environment) == (isUnicode ? .unicode : .ascii))
    }
}
