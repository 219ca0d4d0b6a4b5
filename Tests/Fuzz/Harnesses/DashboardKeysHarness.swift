import BurnrateModel
import BurnrateView

/// The dashboard's update fed keys, resizes, mouse presses, ticks, playback steps, reloads and
/// save outcomes; after every step the state holds together and draws at its size.
enum DashboardKeysHarness {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        var sequence = KeySequence(bytes)
        var state = AppState(model: Fixtures.model, width: 80, height: 24)
        var cache = PanelCache()
        var pendingSave: String?
        while let step = sequence.next() {
            let event: AppEvent
            switch step {
            case .key(let key): event = .key(key)
            case .resize(let width, let height): event = .resize(width: width, height: height)
            case .event(let kind):
                switch kind {
                case 0: event = .tick(ClockTime(hour: 12, minute: 0, second: Int(sequence.byte()) % 60))
                case 1: event = .timelineStep
                case 2:
                    let buttons: [MouseButton] = [.left, .middle, .right, .scrollUp, .scrollDown]
                    event = .mouse(MouseEvent(x: Int(sequence.byte()) * 2, y: Int(sequence.byte()),
                                              button: buttons[Int(sequence.byte()) % buttons.count]))
                case 3: event = .scenarioFile(.reloaded(Fixtures.otherScenario))
                case 4: event = .scenarioFile(.reloaded(Fixtures.model.base))
                case 5: event = .scenarioFile(.broken(Fixtures.brokenFile))
                case 6: event = .scenarioFile(.deleted(path: "fuzz.yaml"))
                case 7: event = .saveFinished(path: pendingSave ?? "fuzz.yaml", .exists)
                case 8: event = .saveFinished(path: pendingSave ?? "fuzz.yaml", .failed("Permission denied"))
                default: event = .saveFinished(path: pendingSave ?? "fuzz.yaml", .saved)
                }
            }
            let command: AppCommand
            (state, command) = DashboardUpdate.update(state, event)
            if case .save(let path, _, _) = command { pendingSave = path }
            if case .resize(let width, let height) = event, state.width != width || state.height != height {
                throw FuzzFailure("resized to \(width)×\(height), the state says \(state.width)×\(state.height)")
            }
            try check(state, DashboardView.render(state, cache: &cache))
        }
    }

    /// A state the dashboard can go on from, drawn at its own size.
    static func check(_ state: AppState, _ canvas: Canvas) throws(FuzzFailure) {
        guard canvas.width == state.width, canvas.height == state.height else {
            throw FuzzFailure("a \(state.width)×\(state.height) state drew a \(canvas.width)×\(canvas.height) canvas")
        }
        guard state.themes.indices.contains(state.themeIndex) else {
            throw FuzzFailure("theme \(state.themeIndex) of \(state.themes.count)")
        }
        guard state.overlayScroll >= 0, state.selection.values.allSatisfy({ $0 >= -1 }) else {
            throw FuzzFailure("a negative scroll, or a selection above the header row: \(state.overlayScroll), \(state.selection)")
        }
        if let year = state.timeline.year, !state.years.contains(year) {
            throw FuzzFailure("timeline year \(year) outside \(state.years)")
        }
    }
}
