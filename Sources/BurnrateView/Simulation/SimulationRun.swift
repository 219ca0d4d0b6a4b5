import BurnrateModel

/// A simulation as a state keeps it: how many paths and which seed to run, and the latest
/// result with the version of the model (`ModelState.revision`) it was run on. A result of an
/// older version stays until the first answer for the new one replaces it, shown as
/// provisional, so that a what-if never blanks the figures.
public struct SimulationRun: Sendable, Equatable {
    public var paths: Int
    public var seed: UInt64
    public private(set) var result: SimulationResult?
    /// The model revision `result` was simulated from.
    public private(set) var revision: Int?

    public init(paths: Int = SimulationOptions().paths, seed: UInt64 = SimulationOptions.defaultSeed) {
        self.paths = paths
        self.seed = seed
    }

    /// A progress report or the final result of the run on model revision `revision`; one of
    /// another revision than the model's now (a run the runner had not yet cancelled) is dropped.
    public mutating func receive(_ result: SimulationResult, revision: Int, model: ModelState) {
        guard revision == model.revision else { return }
        self.result = result
        self.revision = revision
    }

    /// Whether `result` is of the model as it is now.
    public func isCurrent(for model: ModelState) -> Bool {
        result != nil && revision == model.revision
    }

    /// Whether `result` is still being refined: a partial answer, or one of an older model.
    public func isProvisional(for model: ModelState) -> Bool {
        !isCurrent(for: model) || result?.isComplete != true
    }

    /// The run to do when a simulation of `model` is `wanted` and none is complete for it.
    public func request(for model: ModelState, wanted: Bool) -> SimulationRequest? {
        guard wanted, isProvisional(for: model) else { return nil }
        return SimulationRequest(scenario: model.analysis.scenario, revision: model.revision, paths: paths, seed: seed)
    }
}

/// One run to do: the scenario as shown (its what-if applied), and the model revision its
/// results belong to.
public struct SimulationRequest: Sendable {
    public var scenario: Scenario
    public var revision: Int
    public var paths: Int
    public var seed: UInt64
    /// Run while the user goes on working (at the lowest priority), or waited for.
    public var isBackground = true

    /// Its background job: a new revision is a new generation, so the runner cancels the run
    /// of the old one and starts this. Every report and the result come back through `event`.
    public func job<Event: Sendable>(engine: SimulationEngine,
                                     event: @escaping @Sendable (_ revision: Int, SimulationResult) -> Event) -> Subscription<Event> {
        .job(id: "simulation", generation: revision) { [self] context in
            engine.run(self, { context.isCancelled }, { context.report(event(revision, $0)) }).map { event(revision, $0) }
        }
    }
}

extension AppState {
    /// A simulation is wanted while its view is open or the layout preset has a cell for it, and whenever
    /// the scenario has uncertain inputs, for the headline probability in the header.
    var wantsSimulation: Bool {
        simulationView != nil || !scenario.uncertainty.isEmpty || layoutPreset.rows?.joined().contains(.simulation) == true
    }

    /// The run the dashboard should have going, nil when none is wanted or the result is final.
    public var simulationRequest: SimulationRequest? { simulation.request(for: model, wanted: wantsSimulation) }

    /// Runs the wanted simulation to its end, for a still picture (a snapshot whose layout
    /// shows it).
    public mutating func simulateNow(with engine: SimulationEngine = .standard) {
        guard let request = simulationRequest, let result = engine.result(of: request) else { return }
        simulation.receive(result, revision: request.revision, model: model)
    }
}
