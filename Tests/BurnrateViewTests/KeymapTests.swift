import Testing
@testable import BurnrateView

@Suite struct KeymapTests {
    @Test func theDefaultsBindNoKeyTwiceInAMode() throws {
        for mode in Keymap.defaults.all {
            #expect(mode.conflicts.isEmpty, "\(mode.mode.name)")
        }
        #expect(try Keymap.defaults.rebinding([:]) == Rebound(keymap: Keymap.defaults, taken: []))
    }

    @Test func everyActionIsBoundInSomeModeAndEveryModeHasKeys() {
        let bound = Set(Keymap.defaults.all.flatMap { $0.bindings.map(\.action) })
        #expect(bound == Set(KeyAction.allCases))
        #expect(Keymap.defaults.all.allSatisfy { !$0.bindings.isEmpty })
    }

    @Test func actionNamesAreKebabCase() {
        for action in KeyAction.allCases {
            #expect(action.name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(action.name)")
        }
        #expect(KeyAction(rawValue: "next-theme") == .nextTheme)
        #expect(KeyAction(rawValue: "reset-what-if") == .resetWhatIf)
    }

    @Test func aKeyLooksUpItsActionInItsMode() {
        let map = Keymap.defaults
        #expect(map[.dashboard].action(for: .character("q")) == .quit)
        #expect(map[.dashboard].action(for: .ctrl("c")) == .quit)
        #expect(map[.dashboard].action(for: .tab) == .focusNext)
        #expect(map[.dashboard].action(for: .character("x")) == nil)
        #expect(map[.presentation].action(for: .character(" ")) == .nextSlide)
        #expect(map[.notes].action(for: .character("q")) == .quit)
        #expect(map[.saveOverwrite].action(for: .character("Y")) == .yes)
    }

    @Test func rebindingAnActionRebindsItInEveryMode() throws {
        let rebound = try Keymap.defaults.rebinding([.quit: [.character("x"), .ctrl("c")]])
        let map = rebound.keymap
        for mode in [KeyMode.dashboard, .presentation, .notes, .whatIf, .compare, .explain] {
            #expect(map[mode].action(for: .character("x")) == .quit, "\(mode.name)")
            #expect(map[mode].action(for: .character("q")) == nil, "\(mode.name)")
        }
        // The what-if panel's x now quits rather than taking a preset off, which keeps Delete.
        #expect(map[.whatIf].keys(.removePreset) == [.delete, .backspace])
        #expect(rebound.taken == [KeyTaken(mode: .whatIf, key: .character("x"), from: .removePreset, by: .quit)])
        #expect(rebound.taken.map(\.description) == ["x now does quit in the what-if keys, no longer remove-preset"])
    }

    @Test func printableKeysStayTextInPrompts() throws {
        let map = try Keymap.defaults.rebinding([.quit: [.character("x"), .ctrl("c")], .confirm: [.enter, .character("o")]]).keymap
        #expect(map[.palette].action(for: .character("x")) == nil)
        #expect(map[.palette].keys(.quit) == [.ctrl("c")])
        #expect(map[.palette].keys(.confirm) == [.enter])
        #expect(map[.dashboard].action(for: .character("o")) == .confirm)
        #expect(map[.saveOverwrite].action(for: .character("x")) == .quit)
    }

    @Test func promptsKeepTheirKeysForAnActionGivenOnlyLetters() throws {
        let map = try Keymap.defaults.rebinding([.back: [.character("x")], .confirm: [.character("o"), .function(2)]]).keymap
        #expect(map[.dashboard].keys(.back) == [.character("x")])
        #expect(map[.palette].keys(.back) == [.escape])
        #expect(map[.savePath].keys(.back) == [.escape])
        // A key that is no letter replaces them, as everywhere.
        #expect(map[.palette].keys(.confirm) == [.function(2)])
        #expect(map[.saveOverwrite].keys(.back) == [.character("x")])
    }

    @Test func aKeyGivenToTwoActionsOfAModeIsRefused() {
        #expect(throws: KeymapError(problems: [
            .conflict(mode: .dashboard, key: .character("t"), actions: [.zoom, .nextTheme]),
            .conflict(mode: .presentation, key: .character("v"), actions: [.nextSlide, .autoAdvance]),
        ])) {
            try Keymap.defaults.rebinding([.zoom: [.character("t")], .nextTheme: [.character("t")],
                                           .nextSlide: [.character("v")], .autoAdvance: [.character("v")]])
        }
        let error = KeymapError(problems: [.conflict(mode: .dashboard, key: .character("t"), actions: [.zoom, .nextTheme])])
        #expect(error.description == "t is bound to both zoom and next-theme in the dashboard keys")
        // Actions in different modes may share a key.
        #expect(throws: Never.self) { try Keymap.defaults.rebinding([.zoom: [.character("v")], .nextSlide: [.character("v")]]) }
    }

    @Test func aKeyGivenToOneActionIsTakenFromTheBuiltInOneThatHadIt() throws {
        let rebound = try Keymap.defaults.rebinding([.zoom: [.character("t")]])
        #expect(rebound.keymap[.dashboard].action(for: .character("t")) == .zoom)
        #expect(rebound.keymap[.dashboard].keys(.nextTheme) == [])
        #expect(rebound.keymap[.dashboard].action(for: .character("z")) == nil)
        #expect(rebound.taken == [KeyTaken(mode: .dashboard, key: .character("t"), from: .nextTheme, by: .zoom)])
    }

    @Test func anActionNeedsOneKeyAndAtMostEight() {
        #expect(throws: KeymapError(problems: [.noKeys(.quit), .tooManyKeys(.help)])) {
            try Keymap.defaults.rebinding([.quit: [], .help: (1...9).map { .function($0) }])
        }
        #expect(KeymapProblem.noKeys(.quit).description == "quit: expected at least one key")
        #expect(KeymapProblem.tooManyKeys(.help).description == "help: expected at most 8 keys")
    }

    @Test func aKeyListedTwiceForOneActionCountsOnce() throws {
        let map = try Keymap.defaults.rebinding([.help: [.function(1), .function(1)]]).keymap
        #expect(map[.dashboard].keys(.help) == [.function(1)])
    }
}
