import BurnrateView
import Testing
@testable import BurnrateTerminal

@Suite("Colour numbering")
struct ColorNumberingTests {
    @Test func terminalDefaultIsMinusOneWhenTheTerminalHasDefaultColors() {
        var withDefaults = ColorNumbering(colors: 256, hasDefaultColors: true, rgbMode: .nearestIndexed)
        var withoutDefaults = ColorNumbering(colors: 8, hasDefaultColors: false, rgbMode: .nearestIndexed)
        #expect(withDefaults.number(for: .terminalDefault, foreground: true).number == -1)
        // Without use_default_colors: white on black, curses' own default pair.
        #expect(withoutDefaults.number(for: .terminalDefault, foreground: true).number == 7)
        #expect(withoutDefaults.number(for: .terminalDefault, foreground: false).number == 0)
    }

    @Test func directColorPacksRGB() {
        var numbering = ColorNumbering(colors: 16_777_216, hasDefaultColors: true, rgbMode: .direct)
        // 0x12 << 16 | 0x34 << 8 | 0x56 = 0x123456
        #expect(numbering.number(for: .rgb(0x12, 0x34, 0x56), foreground: true).number == 0x123456)
        // (0, 0, 5) would be ANSI colour 5: it becomes 8, still almost black.
        #expect(numbering.number(for: .rgb(0, 0, 5), foreground: true).number == 8)
        // ANSI colours below 8 stay; palette entry 196 is xterm's (255, 0, 0).
        #expect(numbering.number(for: .indexed(1), foreground: true).number == 1)
        #expect(numbering.number(for: .indexed(196), foreground: true).number == 0xFF0000)
    }

    @Test func aRedefinablePaletteGivesEachRGBItsOwnEntryFrom255Down() {
        var numbering = ColorNumbering(colors: 256, hasDefaultColors: true, rgbMode: .redefinePalette)
        let orange = numbering.number(for: .rgb(255, 136, 0), foreground: true)
        let blue = numbering.number(for: .rgb(0, 136, 255), foreground: false)
        let orangeAgain = numbering.number(for: .rgb(255, 136, 0), foreground: false)
        #expect(orange.number == 255)
        #expect(orange.newEntry == ColorNumbering.PaletteEntry(number: 255, color: .init(red: 255, green: 136, blue: 0)))
        #expect(blue.number == 254)
        #expect(orangeAgain.number == 255)
        #expect(orangeAgain.newEntry == nil)
    }

    @Test func otherwiseTheNearestPaletteEntryStandsIn() {
        var indexed256 = ColorNumbering(colors: 256, hasDefaultColors: true, rgbMode: .nearestIndexed)
        var eight = ColorNumbering(colors: 8, hasDefaultColors: true, rgbMode: .nearestIndexed)
        // (250, 10, 10): cube levels 255, 0, 0 → 16 + 36·5 + 6·0 + 0 = 196.
        #expect(indexed256.number(for: .rgb(250, 10, 10), foreground: true).number == 196)
        // (128, 128, 128): grey 244 is 8 + 10·12 = 128 exactly.
        #expect(indexed256.number(for: .rgb(128, 128, 128), foreground: true).number == 244)
        // Bright red (9) on an 8-colour terminal: nearest of the eight is red (1), (205, 0, 0).
        #expect(eight.number(for: .indexed(9), foreground: true).number == 1)
        // Entries the terminal has pass through.
        #expect(indexed256.number(for: .indexed(208), foreground: true).number == 208)
    }

    /// The screen fits what it cannot show as the theme's colours are fitted
    /// (`XtermColors.fit`): a pastel pink, #f38ba8 (hue 343°), goes to red (1), the nearest
    /// hue among the eight, where the nearest by plain distance would be white (7):
    /// 14² + 90² + 61² = 12,017 against red's 38² + 139² + 168² = 48,989.
    @Test func whatTheScreenCannotShowIsFittedAsTheThemeIs() {
        var eight = ColorNumbering(colors: 8, hasDefaultColors: true, rgbMode: .nearestIndexed)
        #expect(eight.number(for: .rgb(243, 139, 168), foreground: true).number == 1)
        #expect(XtermColors.fit(RGB(red: 243, green: 139, blue: 168), to: .eight) == 1)
    }
}
