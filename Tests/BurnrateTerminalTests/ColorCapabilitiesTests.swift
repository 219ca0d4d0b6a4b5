import BurnrateView
import Testing
@testable import BurnrateTerminal

@Suite("Colour capabilities")
struct ColorCapabilitiesTests {
    private func depth(colors: Int, canChange: Bool = false, direct: Bool = false, hinted: ColorDepth? = nil,
                       noColor: Bool = false, maximum: ColorDepth = .trueColor) -> ColorDepth {
        ColorCapabilities(colors: colors, pairs: colors * colors, canChangeColor: canChange, directColor: direct,
                          hintedDepth: hinted, noColor: noColor, maximumDepth: maximum).depth
    }

    @Test func paletteSizeGivesTheDepth() {
        #expect(depth(colors: 0) == .monochrome)
        #expect(depth(colors: 8) == .eight)
        #expect(depth(colors: 16) == .sixteen)
        #expect(depth(colors: 88) == .sixteen)
        #expect(depth(colors: 256) == .indexed256)
    }

    @Test func trueColorNeedsDirectColorOrARedefinablePaletteOnATrueColorEmulator() {
        #expect(depth(colors: 16_777_216, direct: true) == .trueColor)
        #expect(depth(colors: 256, canChange: true, hinted: .trueColor) == .trueColor)
        // A hint of 256 colours adds nothing to a 256-colour description.
        #expect(depth(colors: 256, canChange: true, hinted: .indexed256) == .indexed256)
        // xterm-256color can redefine colours, but without a hint of direct colour we leave its palette alone.
        #expect(depth(colors: 256, canChange: true) == .indexed256)
        // tmux-256color cannot redefine them, whatever the outer emulator says.
        #expect(depth(colors: 256, hinted: .trueColor) == .indexed256)
    }

    @Test func noColorWinsOverEverything() {
        #expect(depth(colors: 16_777_216, direct: true, noColor: true) == .monochrome)
    }

    @Test func theAppCanAskForLess() {
        #expect(depth(colors: 256, maximum: .sixteen) == .sixteen)
        #expect(depth(colors: 8, maximum: .sixteen) == .eight)
    }

    @Test func rgbReachesTheTerminalByTheBestWayItHas() {
        let direct = ColorCapabilities(colors: 16_777_216, pairs: 65536, canChangeColor: false, directColor: true,
                                       hintedDepth: nil, noColor: false)
        let redefinable = ColorCapabilities(colors: 256, pairs: 65536, canChangeColor: true, directColor: false,
                                            hintedDepth: .trueColor, noColor: false)
        let limited = ColorCapabilities(colors: 16_777_216, pairs: 65536, canChangeColor: false, directColor: true,
                                        hintedDepth: nil, noColor: false, maximumDepth: .indexed256)
        #expect(direct.rgbMode == .direct)
        #expect(redefinable.rgbMode == .redefinePalette)
        #expect(limited.rgbMode == .nearestIndexed)
    }
}
