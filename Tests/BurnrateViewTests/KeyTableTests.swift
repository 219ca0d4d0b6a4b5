import Testing
@testable import BurnrateView

@Suite struct KeyTableTests {
    @Test func jsonEscapesKeyNamesThatAreQuotesOrBackslashes() throws {
        let map = try Keymap.defaults.rebinding([.quit: [.character("\""), .character("\\")]]).keymap
        let json = KeyTable.json(map).serialized()
        #expect(json.contains("""
              {
                "mode": "notes",
                "action": "quit",
                "keys": [
                  "\\"",
                  "\\\\"
                ],
                "help": "quit"
              }
            """))
    }

    @Test func theLineOfAModeSkipsActionsLeftWithoutKeys() throws {
        // Quit takes ctrl-l from redraw, which is left with no key.
        let map = try Keymap.defaults.rebinding([.quit: [.ctrl("l")]]).keymap
        #expect(KeyTable.line(map[.notes]) == "ctrl-l: quit")
        #expect(KeyTable.line(map[.slideNumber]) == "enter: jump to the slide; esc: cancel; backspace: delete the last digit")
    }
}
