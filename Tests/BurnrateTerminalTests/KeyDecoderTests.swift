import CNcursesw
import Testing
import BurnrateView
@testable import BurnrateTerminal

@Suite("Key decoding")
struct KeyDecoderTests {
    @Test("key codes (KEY_CODE_YES)", arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_IC, .insert), (KEY_DC, .delete),
        // KEY_F0 is 0o410; F1 is one past it, F12 twelve.
        (0o411, .function(1)), (0o424, .function(12)),
    ])
    func keyCodes(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(.keyCode(code)) == .key(key))
    }

    @Test func resizeAndMouseNeedMoreThanTheCode() {
        #expect(KeyDecoder.decode(.keyCode(KEY_RESIZE)) == .resize)
        #expect(KeyDecoder.decode(.keyCode(KEY_MOUSE)) == .mouse)
    }

    /// Shift, Ctrl or Alt with an arrow, Home or End (xterm's `ESC [ 1 ; 2 C`, rxvt's `ESC [ c`):
    /// the dashboard gives modifiers no meaning, so the key acts as itself.
    @Test("modified cursor keys", arguments: [
        (KEY_SR, Key.up), (KEY_SF, .down), (KEY_SLEFT, .left), (KEY_SRIGHT, .right), (KEY_SHOME, .home), (KEY_SEND, .end),
    ])
    func modifiedCursorKeys(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(.keyCode(code)) == .key(key))
    }

    @Test func keyCodesWithoutAMeaningAreDropped() {
        #expect(KeyDecoder.decode(.keyCode(KEY_PRINT)) == nil)
    }

    @Test("control characters", arguments: [
        (UInt32(10), Key.enter), (13, .enter), (9, .tab), (27, .escape),
        (127, .backspace), (8, .backspace),
        // Ctrl-A is 1, Ctrl-C 3, Ctrl-Z 26: the letter is 0x60 further on.
        (1, .ctrl("a")), (3, .ctrl("c")), (12, .ctrl("l")), (26, .ctrl("z")),
        // NUL is Ctrl-@; 28 to 31 are Ctrl-\ ] ^ _, 0x40 further on.
        (0, .ctrl("@")), (28, .ctrl("\\")), (31, .ctrl("_")),
    ])
    func controlCharacters(value: UInt32, key: Key) {
        #expect(KeyDecoder.decode(.character(value)) == .key(key))
    }

    @Test("printable characters, wide ones included", arguments: ["q", "Q", " ", "?", "é", "€", "宽"])
    func printableCharacters(character: Character) {
        let value = character.unicodeScalars.first!.value
        #expect(KeyDecoder.decode(.character(value)) == .key(.character(character)))
    }

    @Test func c1ControlCharactersAreDropped() {
        #expect(KeyDecoder.decode(.character(0x9B)) == nil)
    }

    @Test func mouseButtonsComeFromTheButtonState() {
        #expect(MouseDecoder.button(from: burnrate_button1_pressed()) == .left)
        #expect(MouseDecoder.button(from: burnrate_button3_pressed()) == .right)
        #expect(MouseDecoder.button(from: burnrate_button4_pressed()) == .scrollUp)
        #expect(MouseDecoder.button(from: burnrate_button5_pressed()) == .scrollDown)
        #expect(MouseDecoder.button(from: 0) == nil)
    }
}
