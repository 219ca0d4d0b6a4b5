import BurnrateModel

/// Everything the dashboard reacts to, already translated from the terminal's terms.
public enum AppEvent: Equatable, Sendable {
    case key(Key)
    /// Text pasted into the terminal: the prompt being typed takes it (`Pasting`).
    case paste(String)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The clock moved on (once a second at most).
    case tick(ClockTime)
    /// Playback's time on the current year is up.
    case timelineStep
    /// The scenario file changed on disk or is gone.
    case scenarioFile(ScenarioFileChange)
    /// How an `AppCommand.save` went.
    case saveFinished(path: String, SaveOutcome)
    /// A simulation of model revision `revision` answered: a partial result, or the final one.
    case simulated(revision: Int, SimulationResult)
    /// The alert banner numbered so (`AlertsState.bannerSerial`) has been up long enough.
    case alertBannerTimedOut(Int)
}

/// What the dashboard asks of the terminal after an event.
public enum AppCommand: Hashable, Sendable {
    case none
    case quit
    /// Repaint every cell, e.g. after a theme change.
    case redrawAll
    /// Write `text` to the file at `path` atomically, replacing an existing file only when
    /// `overwrite`; answer with `AppEvent.saveFinished`.
    case save(path: String, text: String, overwrite: Bool)
}
