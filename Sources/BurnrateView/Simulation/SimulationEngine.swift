import BurnrateModel

/// What runs a simulation for the programs and handouts: the model's engine, or in tests a
/// stand-in that answers with results made by hand. `progress` hears partial results as the
/// run goes; the result is nil when the run was cancelled.
public struct SimulationEngine: Sendable {
    public typealias Run = @Sendable (_ request: SimulationRequest, _ isCancelled: () -> Bool,
                                      _ progress: (SimulationResult) -> Void) -> SimulationResult?

    let run: Run

    public init(_ run: @escaping Run) {
        self.run = run
    }

    /// The run to its end on this thread, for a handout.
    func result(of request: SimulationRequest) -> SimulationResult? {
        run(request, { false }, { _ in })
    }
}

extension SimulationEngine {
    /// The model's Monte Carlo engine.
    // ENGINE CALL SITE: the one place `Simulation.run` is called from the dashboard, decks and
    // handouts; until the engine is on main it answers nothing (no result, no headline).
    public static let standard = SimulationEngine { _, _, _ in nil }
}
