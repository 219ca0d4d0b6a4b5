import BurnrateModel

/// Keys of the open what-if panel, by the `what-if` keymap: pick an input, step it (on a
/// preset, which has no value, step a column across), type a value (or lay a preset over the
/// others), take an applied preset off, close. Keys it does not use fall through to the host,
/// so Tab, t, ?, r and q still work; `what-if-value` keys while a value is typed.
enum WhatIfKeys {
    /// What a key did to the open panel's host.
    enum Outcome<Host: WhatIfHost> {
        case handled(Host)
        /// Enter on a preset: the host applies it in its own way.
        case applyPreset(String, Host)
    }

    static func handle(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        guard state.overlay == nil else { return nil }
        switch handleOpenPanel(state, key) {
        case nil: return nil
        case .handled(let next): return (next, .none)
        case .applyPreset(let id, let next): return AppAction.perform(.applyPreset(id), on: next)
        }
    }

    /// A key while the panel is open; nil when the panel is closed or does not use the key.
    static func handleOpenPanel<Host: WhatIfHost>(_ state: Host, _ key: Key) -> Outcome<Host>? {
        guard let panel = state.whatIfPanel else { return nil }
        if panel.typing != nil { return type(state, key).map(Outcome.handled) }
        let knobs = WhatIfKnob.all(for: state.model.base)
        var next = state
        next.message = nil
        let knob = knobs[min(panel.selected, knobs.count - 1)]
        switch state.keymap[.whatIf].action(for: key) {
        case .whatIfPanel, .back:
            next.whatIfPanel = nil
        case .previousRow:
            next.whatIfPanel?.selected = max(0, panel.selected - 1)
        case .nextRow:
            next.whatIfPanel?.selected = min(knobs.count - 1, panel.selected + 1)
        case .firstRow:
            next.whatIfPanel?.selected = 0
        case .lastRow:
            next.whatIfPanel?.selected = knobs.count - 1
        case let action? where action == .decrease || action == .increase:
            let direction = action == .decrease ? -1 : 1
            guard case .preset = knob, let dock = state.whatIfDock else {
                adjust(&next, knob.step(direction, in: state.model.whatIf, scenario: state.model.base))
                break
            }
            let moved = panel.selected + direction * WhatIfPanelView.rowsPerColumn(in: dock)
            next.whatIfPanel?.selected = knobs.indices.contains(moved) ? moved : panel.selected
        case .removePreset:
            guard case .preset(let id) = knob, state.model.presetIDs.contains(id) else { return nil }
            next.model.remove(presetID: id)
            next.message = "what-if: \(StressPreset.named(id)?.name ?? id) removed"
        case .confirm:
            if case .preset(let id) = knob { return .applyPreset(id, next) }
            next.whatIfPanel?.typing = ""
        default:
            return nil
        }
        return .handled(next)
    }

    private static func adjust<Host: WhatIfHost>(_ state: inout Host, _ whatIf: WhatIf) {
        state.model.adjustKeepingPresets(whatIf)
    }

    /// Applies one `PATH=VALUE` setting on top of the host's what-if, as `--set` would; the
    /// reason when the setting is malformed or does not fit the scenario, nil when applied.
    static func apply<Host: WhatIfHost>(_ setting: String, to state: inout Host) -> String? {
        do {
            let whatIf = try WhatIfSetting.apply(setting, to: state.model.whatIf)
            let problems = whatIf.problems(in: state.model.base)
            guard problems.isEmpty else { return problems.joined(separator: "; ") }
            adjust(&state, whatIf)
            return nil
        } catch {
            return error.description
        }
    }

    /// Typing a value: characters, and the `what-if-value` keys: Enter applies it through
    /// `WhatIfSetting` (the same parser as `--set`), Esc gives up. Nil for quit and redraw,
    /// which the host carries out; every other key is taken.
    private static func type<Host: WhatIfHost>(_ state: Host, _ key: Key) -> Host? {
        var next = state
        let knobs = WhatIfKnob.all(for: state.model.base)
        let knob = knobs[min(state.whatIfPanel?.selected ?? 0, knobs.count - 1)]
        var text = state.whatIfPanel?.typing ?? ""
        switch state.keymap[.whatIfValue].action(for: key) {
        case .quit, .redraw:
            return nil
        case .back:
            next.whatIfPanel?.typing = nil
        case .confirm:
            next.whatIfPanel?.typing = nil
            guard let path = knob.settingPath, !text.isEmpty else { break }
            next.message = apply("\(path)=\(text)", to: &next)
        case let action:
            if LineEditing.edit(&text, action: action, key: key) { next.whatIfPanel?.typing = text }
        }
        return next
    }
}
