import BurnrateModel
import Testing
@testable import BurnrateView

/// `s` through the pure update function: the prompt, its default path, the save command, the
/// overwrite question, and Esc.
@Suite struct SaveFlowTests {
    static let model: ModelState = {
        var model = DashboardSnapshotTests.model
        model.adjust(StressPreset.named("softbank-half")!.whatIf(for: model.base), presetID: "softbank-half")
        return model
    }()
    static let text = try! SavedScenario.text(from: model)

    func state(directory: String? = nil) -> AppState {
        var state = AppState(model: Self.model, width: 100, height: 30)
        state.saving.directory = directory
        return state
    }

    func press(_ keys: [Key], from start: AppState) -> (AppState, AppCommand) {
        var current = (start, AppCommand.none)
        for key in keys { current = DashboardUpdate.update(current.0, .key(key)) }
        return current
    }

    func type(_ text: String) -> [Key] { text.map(Key.character) }

    @Test func sOffersTheScenarioIDWithWhatIfInTheCurrentDirectoryOrBesideTheFile() {
        #expect(press([.character("s")], from: state()).0.saving.prompt == SavePrompt(path: "openai-2026-02-whatif.yaml"))
        #expect(press([.character("s")], from: state(directory: "/data/scenarios")).0.saving.prompt?.path
                == "/data/scenarios/openai-2026-02-whatif.yaml")
    }

    @Test func withoutAWhatIfThereIsNothingToSave() {
        let plain = AppState(model: DashboardSnapshotTests.model, width: 100, height: 30)
        let (next, command) = press([.character("s")], from: plain)
        #expect(next.saving.prompt == nil)
        #expect(command == .none)
        #expect(next.message == "no what-if to save: change an input first (w)")
    }

    @Test func typingEditsThePathAndEnterSendsTheSaveWithoutOverwriting() {
        // "openai-2026-02-whatif.yaml" less "yaml" (4 Backspaces), plus "yml"; q is typed, not quit
        let keys = [.character("s")] + Array(repeating: Key.backspace, count: 4) + type("yml") + type("q") + [.backspace, .enter]
        let (next, command) = press(keys, from: state())
        #expect(command == .save(path: "openai-2026-02-whatif.yml", text: Self.text, overwrite: false))
        #expect(next.saving.prompt?.stage == .saving)
        let (cleared, _) = press([.character("s"), .ctrl("u")] + type("a.yaml"), from: state())
        #expect(cleared.saving.prompt?.path == "a.yaml")
    }

    @Test func anExistingFileIsOverwrittenOnlyAfterY() {
        let (sent, _) = press([.character("s"), .enter], from: state())
        let asked = DashboardUpdate.update(sent, .saveFinished(path: "openai-2026-02-whatif.yaml", .exists)).0
        #expect(asked.saving.prompt == SavePrompt(path: "openai-2026-02-whatif.yaml", stage: .confirmingOverwrite))
        #expect(CanvasRenderer.text(DashboardView.render(asked)).contains("overwrite openai-2026-02-whatif.yaml? y/n"))
        let (ignored, nothing) = press([.character("q"), .enter, .character("x")], from: asked)
        #expect(nothing == .none)
        #expect(ignored.saving.prompt?.stage == .confirmingOverwrite)
        let (overwriting, command) = press([.character("y")], from: asked)
        #expect(command == .save(path: "openai-2026-02-whatif.yaml", text: Self.text, overwrite: true))
        let saved = DashboardUpdate.update(overwriting, .saveFinished(path: "openai-2026-02-whatif.yaml", .saved)).0
        #expect(saved.saving.prompt == nil)
        #expect(saved.message == "saved openai-2026-02-whatif.yaml")
    }

    @Test func nGoesBackToThePathAndEscCancels() {
        let (sent, _) = press([.character("s"), .enter], from: state())
        let asked = DashboardUpdate.update(sent, .saveFinished(path: "openai-2026-02-whatif.yaml", .exists)).0
        let (retyping, command) = press([.character("n")], from: asked)
        #expect(command == .none)
        #expect(retyping.saving.prompt == SavePrompt(path: "openai-2026-02-whatif.yaml", stage: .typing))
        #expect(press([.escape], from: asked).0.saving.prompt == nil)
        let (cancelled, none) = press([.character("s"), .character("x"), .escape], from: state())
        #expect(cancelled.saving.prompt == nil)
        #expect(none == .none)
        #expect(cancelled.message == "not saved")
    }

    @Test func aFailedSaveKeepsThePromptWithTheReason() {
        let (sent, _) = press([.character("s"), .enter], from: state())
        let failed = DashboardUpdate.update(sent, .saveFinished(path: "openai-2026-02-whatif.yaml", .failed("Permission denied"))).0
        #expect(failed.saving.prompt == SavePrompt(path: "openai-2026-02-whatif.yaml", stage: .typing))
        #expect(failed.message == "could not save: Permission denied")
        #expect(CanvasRenderer.text(DashboardView.render(failed)).contains("Permission denied"))
    }

    @Test func theSavedFileLoadsBackAsTheAdjustedScenarioUnderItsOwnIDAndTitle() throws {
        let loaded = try ScenarioLoader.load(text: Self.text, file: "openai-2026-02-whatif.yaml")
        #expect(loaded.id == "openai-2026-02-whatif")
        #expect(loaded.title == "OpenAI's $100B+ round, as Bloomberg reported it — what-if: SoftBank delivers half")
        var adjusted = Self.model.whatIf.apply(to: Self.model.base)
        adjusted.id = loaded.id
        adjusted.title = loaded.title
        #expect(loaded == adjusted)
        // SoftBank's 30B at half: 15B
        #expect(loaded.investor(id: "softbank")?.amount.value == .exact(15e9))
    }

    /// Issue 9: a delay of a million months moves every date 83,000 years on, where no file
    /// can hold it; the save is refused with the loader's words and nothing is written.
    @Test func aWhatIfThatWouldNotLoadBackIsNotSaved() {
        var model = DashboardSnapshotTests.model
        model.adjust(WhatIf(delayMonths: [WhatIf.everything: 1_000_000]))
        let (next, command) = press([.character("s"), .enter], from: AppState(model: model, width: 100, height: 30))
        #expect(command == .none)
        #expect(next.saving.prompt == nil)
        #expect(next.message == #"not saved: it would not load back: contracts[0].start.value: expected a date like 2026-02-20, 2026-02 or 2026, found "85359-03""#)
    }
}
