import Testing
@testable import BurnrateView

/// The update functions act on the keymap their state carries: a rebound key does the action
/// everywhere the action is bound, the old key no longer does, and help and the footer say so.
@Suite struct KeymapDispatchTests {
    static let quitOnX = try! Keymap.defaults.rebinding([.quit: [.character("x"), .ctrl("c")]]).keymap

    static func dashboard(_ keymap: Keymap = quitOnX, _ change: (inout AppState) -> Void = { _ in }) -> AppState {
        DashboardSnapshotTests.state(160, 48) {
            $0.keymap = keymap
            change(&$0)
        }
    }

    static func press(_ keys: [Key], from start: AppState) -> (AppState, AppCommand) {
        keys.reduce((start, AppCommand.none)) { DashboardUpdate.update($0.0, .key($1)) }
    }

    @Test func theDashboardQuitsOnTheReboundKeyOnly() {
        #expect(Self.press([.character("x")], from: Self.dashboard()).1 == .quit)
        #expect(Self.press([.character("q")], from: Self.dashboard()).1 == .none)
        #expect(Self.press([.ctrl("c")], from: Self.dashboard()).1 == .quit)
        // Over help, in the what-if panel and in the compare view too.
        #expect(Self.press([.character("?"), .character("x")], from: Self.dashboard()).1 == .quit)
        #expect(Self.press([.character("w"), .character("x")], from: Self.dashboard()).1 == .quit)
    }

    @Test func promptsTypeTheReboundKeyAsText() {
        let (palette, command) = Self.press([.character(":"), .character("x")], from: Self.dashboard())
        #expect(command == .none)
        #expect(palette.palette?.query == "x")
        let (filter, _) = Self.press([.character("/"), .character("x")], from: Self.dashboard())
        #expect(filter.filters[.investors] == "x")
    }

    @Test func movingTheSelectionFollowsItsKeys() throws {
        let keymap = try Keymap.defaults.rebinding([.nextRow: [.character("n")], .previousRow: [.character("p")]]).keymap
        let (moved, _) = Self.press([.character("n"), .character("n"), .character("p")], from: Self.dashboard(keymap))
        #expect(moved.selection[.investors] == 0)
        #expect(Self.press([.down], from: Self.dashboard(keymap)).0.selection[.investors] == nil)
    }

    @Test func theFooterAndHelpShowTheKeysInEffect() throws {
        let keymap = try Keymap.defaults.rebinding([.help: [.function(1)], .quit: [.character("x")]]).keymap
        let footer = DashboardSnapshotTests.screen(Self.dashboard(keymap)).split(separator: "\n").last ?? ""
        #expect(footer.hasSuffix("t theme  u simulation  F1 help  x quit"))
        let help = HelpView.paragraph(keymap).spans.map(\.text).joined().split(separator: "\n")
        #expect(help.filter { $0.hasSuffix(" quit") }.map { $0.split(separator: " ").first } == ["x"])
        #expect(help.contains { $0.hasPrefix("F1 ") && $0.hasSuffix(" this help") })
    }

    @Test func thePresentationAndTheNotesFollowTheirKeymaps() throws {
        let keymap = try Keymap.defaults.rebinding([.nextSlide: [.character("n")], .quit: [.character("x")]]).keymap
        var deck = DeckUpdateTests.start()
        deck.keymap = keymap
        #expect(DeckUpdateTests.press(deck, .character("n")).index == 1)
        #expect(DeckUpdateTests.press(deck, .character(" ")).index == 0)
        #expect(DeckUpdate.update(deck, .key(.character("x"))).1 == .quit)
        #expect(DeckUpdate.update(deck, .key(.character("q"))).1 == .none)
        var notes = NotesUpdateTests.state()
        notes.keymap = keymap
        #expect(NotesUpdate.update(notes, .key(.character("x"))).1 == .quit)
        #expect(NotesUpdate.update(notes, .key(.character("q"))).1 == .none)
    }

    @Test func theSlideNumberPromptNamesItsKeys() throws {
        let keymap = try Keymap.defaults.rebinding([.back: [.ctrl("g")]]).keymap
        var deck = DeckUpdateTests.start()
        deck.keymap = keymap
        let typing = DeckUpdateTests.press(deck, .character("3"))
        #expect(SlideView.render(typing).lines.last?.contains("go to slide: 3_   Enter jumps, Ctrl-G cancels") == true)
        #expect(DeckUpdateTests.press(typing, .ctrl("g")).jump == nil)
    }
}
