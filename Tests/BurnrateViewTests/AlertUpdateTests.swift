import BurnrateModel
import Testing
@testable import BurnrateView

/// A what-if that takes the built-in scenario's cash runway (1.54 years, watch: below 3, alert
/// below 1.5) across a threshold: one banner, one log line, one run of the command, and nothing
/// more while the runway stays on the same side.
@Suite struct AlertUpdateTests {
    typealias Event = DashboardProgram.Event

    static let log = "/state/burnrate/alerts.log"
    static let program = DashboardProgram(depth: .trueColor, home: "/home/ana", alertLog: log)
    static let settings = AlertSettings(bell: true, command: ["/usr/local/bin/record", "--alert"])

    static func state(settings: AlertSettings = settings) -> AppState {
        var state = AppState(model: DashboardSnapshotTests.model, width: 120, height: 40,
                             clock: ClockTime(hour: 7, minute: 41, second: 7, epochSeconds: 1_796_452_867))
        state.alerts = AlertsState(settings: settings)
        return state
    }

    /// `:` `set SETTING` Enter: the state after, and the effects of every key.
    static func set(_ setting: String, from state: AppState) -> (AppState, [Effect<Event>]) {
        let keys = [Key.character(":")] + "set \(setting)".map(Key.character) + [.enter]
        return keys.reduce((state, [])) { result, key in
            let (next, effects) = program.update(result.0, .app(.key(key)))
            return (next, result.1 + effects)
        }
    }

    /// 25 % more burn: the runway falls from 1.54 to 1.30 years, below alert's 1.5.
    static let line = #"{"time":"2026-12-05T06:41:07Z","scenario":"openai-2026-02","indicator":"funding.runway","#
        + #""name":"Cash runway","from":"watch","to":"alert","value_before":1.535557644110213,"value":1.298715538847091,"#
        + #""cause":"what-if: burn +25 %"}"#

    /// A log that cannot take the line (a folder it may not write in, a log at its limit) says
    /// so on the status line, with the system's reason: the alert is not lost without a word.
    @Test func aLineTheLogDidNotTakeIsSaidOnTheStatusLine() throws {
        let (crossed, effects) = Self.set("burn.scale=1.25", from: Self.state())
        guard case .appendLine(_, _, _, let then) = effects[1] else { Issue.record("no log line"); return }
        #expect(then(.failed("Permission denied")) == .alertNotLogged("Alert not logged: /state/burnrate/alerts.log: Permission denied"))
        #expect(then(.full) == .alertNotLogged("Alert not logged: /state/burnrate/alerts.log has reached its limit of 4 MiB"))
        let (told, more) = Self.program.update(crossed, try #require(then(.failed("Permission denied"))))
        #expect(more.isEmpty)
        #expect(told.message == "Alert not logged: /state/burnrate/alerts.log: Permission denied")
        let screen = DashboardView.render(told).lines.joined(separator: "\n")
        #expect(screen.contains("Alert not logged: /state/burnrate/alerts.log: Permission denied"))
    }

    @Test func aWhatIfAcrossAThresholdAlertsOnceAndNotAgainWhileTheValueStaysThere() throws {
        let (crossed, effects) = Self.set("burn.scale=1.25", from: Self.state())
        #expect(effects.map(\.description) == ["bell", "append a line to /state/burnrate/alerts.log", "run /usr/local/bin/record --alert"])
        guard case .appendLine(let path, let line, let limit, let then) = effects[1] else { Issue.record("no log line"); return }
        #expect(path == Self.log)
        #expect(line == Self.line)
        #expect(limit == 4 << 20)
        #expect(then(.appended) == nil)
        guard case .run(let command, let input, let timeout) = effects[2] else { Issue.record("no command"); return }
        #expect(command == ["/usr/local/bin/record", "--alert"])
        #expect(input == Self.line + "\n")
        #expect(timeout == .seconds(5))
        #expect(crossed.alerts.banner == Banner(kind: .error, title: "Cash runway: watch → alert, 1.5 years → 1.3 years (! lists them)"))
        #expect(crossed.alerts.session.count == 1)
        let screen = DashboardView.render(crossed).lines.joined(separator: "\n")
        #expect(screen.contains("✗ Cash runway: watch → alert, 1.5 years → 1.3 years (! lists them)"))

        // half as much burn again: the runway falls further, still below 1.5 years
        let (further, none) = Self.set("burn.scale=1.5", from: crossed)
        #expect(further.analysis.indicator("funding.runway")?.level == .alert)
        #expect(none.isEmpty)
        #expect(further.alerts.session.count == 1)

        // back to the plan: across the other way, alert to watch, one alert more
        let (back, returned) = Self.set("burn.scale=1", from: further)
        #expect(returned.map(\.description) == ["bell", "append a line to /state/burnrate/alerts.log", "run /usr/local/bin/record --alert"])
        #expect(back.alerts.session.map { "\($0.crossing.from) → \($0.crossing.to)" } == ["watch → alert", "alert → watch"])
        #expect(back.alerts.banner?.kind == .warning)
    }

    @Test func withoutBellOrCommandAnAlertIsLoggedOnly() {
        let (_, effects) = Self.set("burn.scale=1.25", from: Self.state(settings: AlertSettings()))
        #expect(effects.map(\.description) == ["append a line to /state/burnrate/alerts.log"])
        let unlogged = DashboardProgram(depth: .trueColor, alertLog: nil)
        let keys = [Key.character(":")] + "set burn.scale=1.25".map(Key.character) + [.enter]
        let last = keys.reduce((Self.state(), [Effect<Event>]())) { unlogged.update($0.0, .app(.key($1))) }
        #expect(last.1.map(\.description) == ["bell", "run /usr/local/bin/record --alert"])
    }

    /// Every crossing of a preset is in one banner of one row; each is logged and each runs the command.
    @Test func severalCrossingsAtOnce() {
        let keys = [Key.character(":")] + "SoftBank delivers half".map(Key.character) + [.enter]
        let (state, effects) = keys.reduce((Self.state(), [Effect<Event>]())) { result, key in
            let (next, effects) = Self.program.update(result.0, .app(.key(key)))
            return (next, result.1 + effects)
        }
        #expect(effects.filter { if case .appendLine = $0 { true } else { false } }.count == 3)
        #expect(effects.filter { if case .run = $0 { true } else { false } }.count == 3)
        #expect(effects.filter { if case .bell = $0 { true } else { false } }.count == 1)
        #expect(state.alerts.banner == Banner(kind: .error, title: "3 thresholds crossed (! lists them): "
            + "Round coverage: ok → watch, 1.00× → 0.85×; Investor concentration (HHI): watch → alert, 3,800 → 4,325; "
            + "Cash runway: watch → alert, 1.5 years → 1.3 years"))
    }

    @Test func theBannerGoesAfterItsTimeAndAnOlderTimerLeavesANewerBanner() {
        let (crossed, _) = Self.set("burn.scale=1.25", from: Self.state())
        #expect(Self.program.subscriptions(crossed).map(\.description).contains("timer alert banner 1 every 8.0 seconds"))
        let (stale, _) = Self.program.update(crossed, .app(.alertBannerTimedOut(0)))
        #expect(stale.alerts.banner != nil)
        let (gone, _) = Self.program.update(crossed, .app(.alertBannerTimedOut(1)))
        #expect(gone.alerts.banner == nil)
        #expect(!Self.program.subscriptions(gone).map(\.description).contains { $0.hasPrefix("timer alert banner") })
    }

    /// From the as-of figures to the end of 2026 (PlaybackCompositeTests): no funding gap left
    /// (alert to ok) and commitments of 588 ÷ 30 = 19.6× revenue (alert to watch); then to 2027,
    /// an $18.5B gap (watch) and 0.7 years of runway (alert).
    @Test func playbackAcrossAThresholdNamesTheYear() {
        let (in2026, effects) = Self.program.update(Self.state(), .app(.key(.character("]"))))
        #expect(in2026.alerts.fresh.map(\.summary) == ["Infrastructure commitments ÷ annual revenue: alert → watch, 44.9× → 19.6×",
                                                       "Funding gap over the horizon: alert → ok, $154.5B → $0"])
        #expect(in2026.alerts.fresh.map(\.cause) == ["timeline: end of 2026", "timeline: end of 2026"])
        #expect(effects.count == 5)
        let (in2027, _) = Self.program.update(in2026, .app(.key(.character("]"))))
        #expect(in2027.alerts.fresh.map(\.summary) == ["Funding gap over the horizon: ok → watch, $0 → $18.5B",
                                                       "Cash runway: watch → alert, 1.7 years → 0.7 years"])
        #expect(in2027.alerts.session.count == 4)
        #expect(in2027.alerts.banner?.title.hasPrefix("2 thresholds crossed (! lists them): Funding gap") == true)
    }

    /// A save of the file with 25 % more burn, as the what-if above makes it: the same crossing,
    /// caused by the reload; the same file saved again raises nothing.
    @Test func aReloadAcrossAThresholdSaysSo() throws {
        let heavier = WhatIf(burnScale: 1.25).apply(to: DashboardSnapshotTests.model.base)
        let (reloaded, effects) = Self.program.update(Self.state(), .app(.scenarioFile(.reloaded(heavier))))
        #expect(effects.count == 3)
        let alert = try #require(reloaded.alerts.fresh.first)
        #expect(reloaded.alerts.fresh.count == 1)
        #expect(alert.summary == "Cash runway: watch → alert, 1.5 years → 1.3 years")
        #expect(alert.cause == "reload: the scenario file changed")
        let (again, none) = Self.program.update(reloaded, .app(.scenarioFile(.reloaded(heavier))))
        #expect(none.isEmpty)
        #expect(again.alerts.session.count == 1)
    }

    @Test func bangListsTheSessionsAlertsNewestFirstAndClosesAgain() {
        let (crossed, _) = Self.set("burn.scale=1.25", from: Self.state())
        let (back, _) = Self.set("burn.scale=1", from: crossed)
        let (listing, _) = Self.program.update(back, .app(.key(.character("!"))))
        #expect(listing.overlay == .alerts)
        #expect(listing.alerts.banner == nil)
        let screen = DashboardView.render(listing).lines.joined(separator: "\n")
        let newer = screen.range(of: "! Cash runway: alert → watch, 1.3 years → 1.5 years")
        let older = screen.range(of: "✗ Cash runway: watch → alert, 1.5 years → 1.3 years")
        #expect(newer != nil && older != nil && newer!.lowerBound < older!.lowerBound)
        #expect(screen.contains("Alerts this session"))
        #expect(screen.contains("what-if: burn +25 %"))
        #expect(Self.program.update(listing, .app(.key(.character("!")))).0.overlay == nil)
        #expect(Self.program.update(listing, .app(.key(.escape))).0.overlay == nil)
    }
}
