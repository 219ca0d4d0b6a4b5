import BurnrateModel

/// The presentation's update function: the next state for an event, and what the terminal
/// must do. Pure, so every key can be tested without a terminal or a clock.
///
/// → space PgDn next, ← PgUp previous, Home End first and last; digits then Enter (or `g`,
/// digits, Enter) jump to a slide; `a` auto-advance, `b` blank, `f` footer, `w` the what-if
/// panel, `q` quit.
public enum DeckUpdate {
    public static func update(_ state: DeckState, _ event: DeckEvent) -> (DeckState, AppCommand) {
        var next = state
        switch event {
        case .resize(let width, let height):
            next.width = width
            next.height = height
            return (next, .redrawAll)
        case .tick(let elapsed, let clock):
            next.clock = clock
            next.advanceClock(to: elapsed)
            return (next, .none)
        case .key(let key):
            return press(state, key)
        case .paste(let text):
            return (Pasting.paste(text, into: state), .none)
        case .scenarioFile(let change):
            next.follow(change)
            return (next, .none)
        case .notesTerminals(let count):
            if count < state.notesTerminals ?? 0 { next.message = "a notes terminal went away" }
            next.notesTerminals = count
            return (next, .none)
        }
    }

    private static func press(_ state: DeckState, _ key: Key) -> (DeckState, AppCommand) {
        var next = state
        let isTypingWhatIf = next.whatIfPanel?.typing != nil
        if key == .ctrl("c") || (key == .character("q") && !isTypingWhatIf) { return (next, .quit) }
        next.message = nil
        if next.isBlank {
            next.isBlank = false
            return (next, .none)
        }
        if let handled = whatIfKey(key, in: next) { return (handled, .none) }
        if let typed = next.jump {
            if let handled = typing(key, after: typed, in: next) { return (handled, .none) }
            next.jump = nil
        }
        switch key {
        case .right, .character(" "), .pageDown: next.show(next.index + 1)
        case .left, .pageUp: next.show(next.index - 1)
        case .home: next.show(0)
        case .end: next.show(next.slideCount - 1)
        case .character("g"): next.jump = ""
        case .character(let digit) where digit.isASCII && digit.isNumber: next.jump = String(digit)
        case .character("a"): next.toggleAutoAdvance()
        case .character("b"): next.isBlank = true
        case .character("f"): next.showsFooter.toggle()
        case .character("w"): next.whatIfPanel = WhatIfPanelState()
        case .ctrl("l"): return (next, .redrawAll)
        default: break
        }
        return (next, .none)
    }

    /// Keys of the open what-if panel, as on the dashboard; `r` goes back to the slide's own
    /// what-if. Nil while the panel is closed or for keys it does not use, so that space, PgUp,
    /// PgDn and q still work with it open.
    private static func whatIfKey(_ key: Key, in state: DeckState) -> DeckState? {
        if key == .character("r"), let panel = state.whatIfPanel, panel.typing == nil {
            var next = state
            next.resetWhatIf()
            next.message = "what-if reset: the slide's own"
            return next
        }
        switch WhatIfKeys.handleOpenPanel(state, key) {
        case nil: return nil
        case .handled(let next): return next
        case .applyPreset(let id, var next):
            guard let preset = StressPreset.named(id) else { return next }
            next.model.stack(preset)
            next.message = "what-if: \(preset.name)"
            return next
        }
    }

    /// Keys while a slide number is being typed; nil for keys that end the typing and act as usual.
    private static func typing(_ key: Key, after typed: String, in state: DeckState) -> DeckState? {
        var next = state
        switch key {
        case .character(let digit) where digit.isASCII && digit.isNumber:
            next.jump = typed.count < 4 ? typed + String(digit) : typed
        case .backspace:
            next.jump = String(typed.dropLast())
        case .escape:
            next.jump = nil
        case .enter:
            if let number = Int(typed) { next.show(number - 1) } else { next.jump = nil }
        default:
            return nil
        }
        return next
    }
}
