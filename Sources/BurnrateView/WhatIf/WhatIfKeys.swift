import BurnrateModel

/// Keys of the open what-if panel: ↑↓ pick a knob, ←→ or -/+ step it (on a preset, which has
/// no value, ←→ move a column across), Enter types a value (or
/// lays a preset over the others), x or Delete takes an applied preset off, r resets, w or Esc closes. Keys it does not use fall through to the
/// dashboard, so Tab, t, ? and q still work.
enum WhatIfKeys {
    /// What a key did to the open panel's host.
    enum Outcome<Host: WhatIfHost> {
        case handled(Host)
        /// Enter on a preset: the host applies it in its own way.
        case applyPreset(String, Host)
    }

    static func handle(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        if key == .character("w") && state.whatIfPanel == nil && state.overlay == nil {
            return AppAction.perform(.toggleWhatIfPanel, on: state)
        }
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
        if panel.typing != nil { return .handled(type(state, key)) }
        let knobs = WhatIfKnob.all(for: state.model.base)
        var next = state
        next.message = nil
        let knob = knobs[min(panel.selected, knobs.count - 1)]
        switch key {
        case .character("w"), .escape:
            next.whatIfPanel = nil
        case .up, .character("k"):
            next.whatIfPanel?.selected = max(0, panel.selected - 1)
        case .down, .character("j"):
            next.whatIfPanel?.selected = min(knobs.count - 1, panel.selected + 1)
        case .home:
            next.whatIfPanel?.selected = 0
        case .end:
            next.whatIfPanel?.selected = knobs.count - 1
        case .left, .right, .character("h"), .character("l"):
            let direction = key == .left || key == .character("h") ? -1 : 1
            guard case .preset = knob, let dock = state.whatIfDock else {
                adjust(&next, knob.step(direction, in: state.model.whatIf, scenario: state.model.base))
                break
            }
            let moved = panel.selected + direction * WhatIfPanelView.rowsPerColumn(in: dock)
            next.whatIfPanel?.selected = knobs.indices.contains(moved) ? moved : panel.selected
        case .character("-"):
            adjust(&next, knob.step(-1, in: state.model.whatIf, scenario: state.model.base))
        case .character("+"), .character("="):
            adjust(&next, knob.step(1, in: state.model.whatIf, scenario: state.model.base))
        case .character("x"), .delete, .backspace:
            guard case .preset(let id) = knob, state.model.presetIDs.contains(id) else { return nil }
            next.model.remove(presetID: id)
            next.message = "what-if: \(StressPreset.named(id)?.name ?? id) removed"
        case .enter:
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

    /// Typing a value: characters, Backspace, Enter applies it through `WhatIfSetting` (the
    /// same parser as `--set`), Esc gives up.
    private static func type<Host: WhatIfHost>(_ state: Host, _ key: Key) -> Host {
        var next = state
        let knobs = WhatIfKnob.all(for: state.model.base)
        let knob = knobs[min(state.whatIfPanel?.selected ?? 0, knobs.count - 1)]
        let text = state.whatIfPanel?.typing ?? ""
        switch key {
        case .character(let character):
            next.whatIfPanel?.typing = text + String(character)
        case .backspace:
            next.whatIfPanel?.typing = String(text.dropLast())
        case .ctrl("u"):
            next.whatIfPanel?.typing = ""
        case .escape:
            next.whatIfPanel?.typing = nil
        case .enter:
            next.whatIfPanel?.typing = nil
            guard let path = knob.settingPath, !text.isEmpty else { break }
            next.message = apply("\(path)=\(text)", to: &next)
        default:
            break
        }
        return next
    }
}
