/// The save prompt: `s` opens it with a default path; characters and the `save-path` keys
/// edit the path, Enter saves, Esc cancels. It never overwrites without asking: when the file
/// exists it asks "overwrite? y/n" (the `save-overwrite` keys), and only yes sends the save
/// with `overwrite: true`.
enum SaveKeys {
    /// Takes every key while the prompt is open but quit and redraw, so that typing "q" types a q.
    static func handle(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        guard let prompt = state.saving.prompt else { return nil }
        var next = state
        next.message = nil
        switch prompt.stage {
        case .typing:
            var path = prompt.path
            switch state.keymap[.savePath].action(for: key) {
            case .quit: return AppAction.perform(.quit, on: state)
            case .redraw: return AppAction.perform(.redraw, on: state)
            case .back: return cancel(next)
            case .confirm:
                guard !prompt.path.isEmpty else {
                    next.message = "type a path to save to" + (state.keymap[.savePath].keyLabels(.back).map { ", or \($0)" } ?? "")
                    return (next, .none)
                }
                return save(next, overwrite: false)
            case let action:
                if LineEditing.edit(&path, action: action, key: key) { next.saving.prompt?.path = path }
            }
        case .confirmingOverwrite:
            switch state.keymap[.saveOverwrite].action(for: key) {
            case .quit: return AppAction.perform(.quit, on: state)
            case .redraw: return AppAction.perform(.redraw, on: state)
            case .yes: return save(next, overwrite: true)
            case .no:
                next.saving.prompt?.stage = .typing
                next.message = "not overwritten: type another path"
            case .back: return cancel(next)
            default: break
            }
        case .saving:
            break
        }
        return (next, .none)
    }

    /// `s`: asks where to save the what-if.
    static func open(_ state: AppState) -> AppState {
        var next = state
        guard state.model.isAdjusted else {
            next.message = "no what-if to save: change an input first (w)"
            return next
        }
        next.saving.prompt = SavePrompt(path: SavedScenario.defaultPath(for: state.model, in: state.saving.directory))
        return next
    }

    /// The executable's report on a save.
    static func finished(_ state: AppState, path: String, outcome: SaveOutcome) -> AppState {
        var next = state
        switch outcome {
        case .saved:
            next.saving.prompt = nil
            next.message = "saved \(path)"
        case .exists:
            next.saving.prompt = SavePrompt(path: path, stage: .confirmingOverwrite)
        case .failed(let reason):
            next.saving.prompt = SavePrompt(path: path)
            next.message = "could not save: \(reason)"
        }
        return next
    }

    private static func save(_ state: AppState, overwrite: Bool) -> (AppState, AppCommand) {
        var next = state
        guard let path = state.saving.prompt?.path else { return (next, .none) }
        let text: String
        do {
            text = try SavedScenario.text(from: state.model)
        } catch {
            next.saving.prompt = nil
            next.message = "not saved: \(error)"
            return (next, .none)
        }
        next.saving.prompt?.stage = .saving
        return (next, .save(path: path, text: text, overwrite: overwrite))
    }

    private static func cancel(_ state: AppState) -> (AppState, AppCommand) {
        var next = state
        next.saving.prompt = nil
        next.message = "not saved"
        return (next, .none)
    }
}
