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

    /// The run to its end, at the usual priority, for a handout that waits for it.
    func result(of request: SimulationRequest) -> SimulationResult? {
        var request = request
        request.isBackground = false
        return run(request, { false }, { _ in })
    }
}

extension SimulationEngine {
    /// The model's Monte Carlo engine on every core; a run in the background at the lowest
    /// priority, so that drawing and keys never wait for it.
    public static let standard = SimulationEngine { request, isCancelled, progress in
        Simulation.run(request.scenario, options: SimulationOptions(paths: request.paths, seed: request.seed,
                                                                    lowPriority: request.isBackground),
                       isCancelled: isCancelled, progress: progress)
    }
}
