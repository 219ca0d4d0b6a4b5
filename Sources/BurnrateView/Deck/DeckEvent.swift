import BurnrateModel

/// Everything a presentation reacts to, already translated from the terminal's terms.
public enum DeckEvent: Equatable, Sendable {
    case key(Key)
    /// Text pasted into the terminal: the what-if panel's value prompt takes it.
    case paste(String)
    case resize(width: Int, height: Int)
    /// Time passed: seconds since the presentation started, and the wall clock.
    case tick(elapsed: Double, clock: ClockTime)
    /// The deck's scenario file changed on disk or is gone.
    case scenarioFile(ScenarioFileChange)
    /// How many notes terminals follow the presentation now, told as soon as one connects
    /// or goes away.
    case notesTerminals(Int)
    /// A simulation of model revision `revision` answered: a partial result, or the final one.
    case simulated(revision: Int, SimulationResult)
}
