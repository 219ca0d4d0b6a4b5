import BurnrateModel

/// Something the user can ask for, by a key or from the command palette: one piece of code
/// serves both.
public enum AppAction: Hashable, Sendable {
    case focus(PanelID)
    case toggleZoom
    case explainSelection
    case openPalette
    /// Type a filter for the focused panel's rows.
    case filterRows
    case toggleHelp
    case nextTheme
    case useTheme(Int)
    case nextLayout
    case useLayout(Int)
    case applyPreset(String)
    /// Ask for a what-if input's value: the palette reopens on `set PATH=`.
    case askWhatIf(path: String)
    case resetWhatIf
    case toggleWhatIfPanel
    case playPause
    case stepYear(Int)
    case clearYear
    /// Playback: less (`faster`) or more time on each year.
    case changePace(faster: Bool)
    case toggleCompare
    /// Open the simulation view, or close it.
    case toggleSimulation
    /// Open the league table of every scenario, or close it.
    case toggleLeague
    /// The list of the session's alerts, or close it.
    case toggleAlerts
    /// Private mode on or off (`ModelState.isPrivate`).
    case togglePrivacy
    case saveWhatIf
    case redraw
    case quit

    /// Carries the action out.
    public static func perform(_ action: AppAction, on state: AppState) -> (AppState, AppCommand) {
        var next = state
        next.message = nil
        switch action {
        case .focus(let panel):
            next.focus = panel
            next.overlay = nil
        case .toggleZoom:
            next.isZoomed.toggle()
            next.overlay = nil
        case .explainSelection:
            if next.selection[next.focus] == nil { next.selection[next.focus] = 0 }
            next.overlay = next.selectedTarget.map(Overlay.explain)
        case .openPalette:
            next.palette = CommandPalette()
        case .filterRows:
            next.overlay = nil
            next.editingFilter = next.focus
        case .toggleHelp:
            next.overlay = next.overlay == .help ? nil : .help
        case .nextTheme:
            return perform(.useTheme((next.themeIndex + 1) % next.themes.count), on: next)
        case .useTheme(let index):
            next.themeIndex = min(max(0, index), next.themes.count - 1)
            next.message = "theme: \(next.themeName)"
            return (next, .redrawAll)
        case .nextLayout:
            return perform(.useLayout((next.layoutIndex + 1) % max(1, next.layouts.count)), on: next)
        case .useLayout(let index):
            next.layoutIndex = min(max(0, index), next.layouts.count - 1)
            next.isZoomed = false
            // A preset that leaves the focused panel out focuses the first it shows.
            if next.layout.mode == .preset, next.layout.panels[next.focus] == nil {
                next.focus = PanelID.allCases.first { next.layout.panels[$0] != nil } ?? next.focus
            }
            next.message = "layout: \(next.layoutPreset.name)"
        case .applyPreset(let id):
            guard let preset = StressPreset.named(id) else { return (next, .none) }
            let under = next.model.presetIDs.filter { $0 != preset.id }.compactMap(StressPreset.named).map(\.name)
            next.model.stack(preset)
            next.message = "what-if: \(preset.name)" + (under.isEmpty ? "" : ", on top of \(under.joined(separator: ", "))")
        case .askWhatIf(let path):
            next.palette = CommandPalette(query: CommandPalette.setPrefix + path + "=")
        case .toggleWhatIfPanel:
            next.whatIfPanel = next.whatIfPanel == nil ? WhatIfPanelState() : nil
        case .togglePrivacy:
            next.model.setPrivate(!next.model.isPrivate)
            next.message = next.model.isPrivate ? "private: confidential figures hidden" : "private mode off"
        case .resetWhatIf:
            next.model.adjust(WhatIf())
            next.message = "what-if reset: the scenario as loaded"
        case .playPause:
            next.timeline.togglePlay(through: next.years)
        case .stepYear(let delta):
            next.timeline.step(by: delta, through: next.years)
        case .clearYear:
            next.timeline.stop()
        case .changePace(let faster):
            next.timeline.changePace(faster: faster)
            next.message = "timeline: \(FigureSeconds.text(next.timeline.secondsPerYear)) a year"
        case .toggleCompare:
            return (CompareKeys.toggle(next), .none)
        case .toggleSimulation:
            return (SimulationKeys.toggle(next), .none)
        case .toggleLeague:
            return (LeagueKeys.toggle(next), .none)
        case .toggleAlerts:
            next.overlay = next.overlay == .alerts ? nil : .alerts
            next.alerts.dismissBanner()
        case .saveWhatIf:
            return (SaveKeys.open(next), .none)
        case .redraw:
            return (next, .redrawAll)
        case .quit:
            return (next, .quit)
        }
        return (next, .none)
    }

    /// Every action the command palette offers, with the words it is found by.
    public static func catalogue(for state: AppState) -> [(title: String, action: AppAction)] {
        var entries: [(String, AppAction)] = PanelID.allCases.map { ("Focus \($0.title)", .focus($0)) }
        entries += WhatIfKnob.all(for: state.model.base).compactMap { knob in
            guard let title = knob.paletteTitle(in: state.model.shownBase), let path = knob.settingPath else { return nil }
            return (title, .askWhatIf(path: path))
        }
        entries += [
            ("Zoom the focused panel (or back)", .toggleZoom),
            ("Explain the selected figure", .explainSelection),
            ("Filter the rows of the focused panel", .filterRows),
            ("Help: every key", .toggleHelp),
            ("Timeline: play / pause", .playPause),
            ("Timeline: next year", .stepYear(1)),
            ("Timeline: previous year", .stepYear(-1)),
            ("Timeline: back to the as-of view", .clearYear),
            ("Timeline: faster", .changePace(faster: true)),
            ("Timeline: slower", .changePace(faster: false)),
            ("What-if: open or close the panel of inputs", .toggleWhatIfPanel),
            ("What-if: reset to the scenario as loaded", .resetWhatIf),
            ("What-if: save as a new scenario file", .saveWhatIf),
            ("Compare with another scenario (or back)", .toggleCompare),
            ("Simulation: cash across paths, the chance of a shortfall, its drivers (or back)", .toggleSimulation),
            ("League table: every built-in scenario's indicators side by side (or back)", .toggleLeague),
            ("Alerts: the thresholds crossed this session (or back)", .toggleAlerts),
            ("Private mode: hide confidential figures (or show them)", .togglePrivacy),
        ]
        entries += StressPreset.all.map { ("Preset: \($0.name)", .applyPreset($0.id)) }
        entries += state.themes.enumerated().map { ("Theme: \($1.name)", .useTheme($0)) }
        entries += state.layouts.enumerated().map { ("Layout: \($1.name)", .useLayout($0)) }
        entries += [("Redraw the screen", .redraw), ("Quit", .quit)]
        return entries
    }
}

extension AppState {
    /// The figure the focused panel's selected row stands for.
    var selectedTarget: ExplainTarget? {
        selectedTarget(focus)
    }
}
