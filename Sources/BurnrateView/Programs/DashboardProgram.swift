/// The dashboard as a program for the runner: `DashboardUpdate` over `AppState`, its clock
/// once a second, playback's timer while it plays, and the scenario file's changes when it
/// follows one. A save becomes a write the runner carries out; its outcome comes back as
/// `AppEvent.saveFinished`. While the state wants a simulation, a background job runs it on
/// the scenario shown; a what-if change is a new generation of the job, which cancels the old
/// run, and its reports come back as `AppEvent.simulated`. The alerts of an update become
/// effects too: the bell, a line appended to `alertLog`, and the config's command; their
/// banner's timer is a subscription.
public struct DashboardProgram: Program, Sendable {
    public enum Event: Equatable, Sendable {
        case app(AppEvent)
        /// The scenario file cannot be followed; the line says why.
        case liveReloadOff(String)
        /// An alert's line did not reach the alert log; the line says why.
        case alertNotLogged(String)
    }

    /// Nil for a built-in scenario.
    public let scenarioFile: FollowedScenario?
    /// The home folder, for a save path that starts with `~/`.
    public let home: String?
    public let engine: SimulationEngine
    /// Where alerts are logged (`AlertLog.path`); nil for no log.
    public let alertLog: String?
    private let depth: ColorDepth
    private var palettes: [Int: Palette] = [:]
    private var panels = PanelCache()

    public init(depth: ColorDepth, scenarioFile: FollowedScenario? = nil, home: String? = nil, engine: SimulationEngine = .standard,
                alertLog: String? = nil) {
        self.depth = depth
        self.alertLog = alertLog
        self.engine = engine
        self.scenarioFile = scenarioFile
        self.home = home
    }

    public func events(for input: TerminalInput) -> [Event] {
        switch input {
        case .key(let key): [.app(.key(key))]
        case .paste(let text): [.app(.paste(text))]
        case .mouse(let mouse): [.app(.mouse(mouse))]
        case .resize(let width, let height): [.app(.resize(width: width, height: height))]
        }
    }

    public func update(_ state: AppState, _ event: Event) -> (AppState, [Effect<Event>]) {
        switch event {
        case .app(let event):
            let (next, command) = DashboardUpdate.update(state, event)
            let effects: [Effect<Event>] = command.effects { path, text, overwrite in
                .writeFile(path: expandingHome(path), text: text, overwrite: overwrite) { outcome in
                    .app(.saveFinished(path: path, SaveOutcome(outcome)))
                }
            }
            return (next, effects + AlertEffects.effects(for: next.alerts.fresh, settings: next.alerts.settings, log: alertLog,
                                                          notLogged: Event.alertNotLogged))
        case .liveReloadOff(let message), .alertNotLogged(let message):
            var next = state
            next.message = message
            return (next, [])
        }
    }

    public func subscriptions(_ state: AppState) -> [Subscription<Event>] {
        var subscriptions: [Subscription<Event>] = [.clock(every: .seconds(1)) { .app(.tick(ClockTime($0))) }]
        if state.timeline.isPlaying, let year = state.timeline.year {
            // Each year has its time from when it came on screen; a new pace applies to it.
            subscriptions.append(.timer(id: "playback \(year)", every: .seconds(state.timeline.secondsPerYear)) { _ in
                .app(.timelineStep)
            })
        }
        if let scenarioFile {
            subscriptions.append(scenarioFile.subscription(changed: { .app(.scenarioFile($0)) }, off: Event.liveReloadOff))
        }
        if state.alerts.banner != nil {
            let serial = state.alerts.bannerSerial
            subscriptions.append(.timer(id: "alert banner \(serial)", every: .seconds(AlertsState.bannerSeconds)) { _ in
                .app(.alertBannerTimedOut(serial))
            })
        }
        if let request = state.simulationRequest {
            subscriptions.append(request.job(engine: engine) { .app(.simulated(revision: $0, $1)) })
        }
        return subscriptions
    }

    public mutating func view(_ state: AppState) -> Frame {
        let canvas = DashboardView.render(state, cache: &panels)
        if let palette = palettes[state.themeIndex] { return Frame(canvas: canvas, resolver: palette) }
        let palette = Palette(theme: state.theme, depth: depth)
        palettes[state.themeIndex] = palette
        return Frame(canvas: canvas, resolver: palette)
    }

    /// "~/x.yaml" as a shell would read it.
    func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home else { return path }
        return home + path.dropFirst()
    }
}

extension SaveOutcome {
    init(_ outcome: WriteOutcome) {
        switch outcome {
        case .written: self = .saved
        case .exists: self = .exists
        case .failed(let reason): self = .failed(reason)
        }
    }
}
