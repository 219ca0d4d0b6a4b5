import BurnrateModel

/// The presentation's update function: the next state for an event, and what the terminal
/// must do. Pure, so every key can be tested without a terminal or a clock.
///
/// Keys by the `presentation` keymap: next, previous, first and last slide, a number then
/// Enter (or go-to-slide, a number, Enter) to jump, auto-advance, blank, footer, the what-if
/// panel (its own `what-if` keys while open), quit.
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
        case .simulated(let revision, let result):
            next.simulation.receive(result, revision: revision, model: next.model)
            return (next, .none)
        }
    }

    private static func press(_ state: DeckState, _ key: Key) -> (DeckState, AppCommand) {
        var next = state
        // A typed what-if value takes q as a letter; its own keys say what quits.
        let quitting = state.whatIfPanel?.typing != nil ? state.keymap[.whatIfValue] : state.keymap[.presentation]
        if quitting.action(for: key) == .quit { return (next, .quit) }
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
        switch state.keymap[.presentation].action(for: key) {
        case .nextSlide: next.show(next.index + 1)
        case .previousSlide: next.show(next.index - 1)
        case .firstSlide: next.show(0)
        case .lastSlide: next.show(next.slideCount - 1)
        case .goToSlide: next.jump = ""
        case .autoAdvance: next.toggleAutoAdvance()
        case .blank: next.isBlank = true
        case .footer: next.showsFooter.toggle()
        case .whatIfPanel: next.whatIfPanel = WhatIfPanelState()
        case .privacy: next.model.setPrivate(!next.model.isPrivate)
        case .redraw: return (next, .redrawAll)
        case nil:
            if case .character(let digit) = key, digit.isASCII, digit.isNumber { next.jump = String(digit) }
        default: break
        }
        return (next, .none)
    }

    /// Keys of the open what-if panel, as on the dashboard; reset-what-if goes back to the
    /// slide's own what-if. Nil while the panel is closed or for keys it does not use, so that
    /// space, PgUp, PgDn and q still work with it open.
    private static func whatIfKey(_ key: Key, in state: DeckState) -> DeckState? {
        if let panel = state.whatIfPanel, panel.typing == nil, state.keymap[.whatIf].action(for: key) == .resetWhatIf {
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

    /// Keys while a slide number is being typed, by the `slide-number` keys; nil for keys that
    /// end the typing and act as usual.
    private static func typing(_ key: Key, after typed: String, in state: DeckState) -> DeckState? {
        var next = state
        switch state.keymap[.slideNumber].action(for: key) {
        case .deleteCharacter:
            next.jump = String(typed.dropLast())
        case .back:
            next.jump = nil
        case .confirm:
            if let number = Int(typed) { next.show(number - 1) } else { next.jump = nil }
        case nil:
            guard case .character(let digit) = key, digit.isASCII, digit.isNumber else { return nil }
            next.jump = typed.count < 4 ? typed + String(digit) : typed
        default:
            return nil
        }
        return next
    }
}
