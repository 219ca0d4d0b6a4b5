import ArgumentParser
import BurnrateModel

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run the Monte Carlo simulation of the scenario's uncertain inputs and write what it found.",
        discussion: """
            Each path draws every input of the scenario's `uncertainty:` section (commitments, \
            revenue growth gap, burn scale, delays) and projects cash year by year. The result \
            depends only on the scenario, --paths and --seed, never on --threads. \
            json: one document (layout in the README, stable across versions: fields are only ever \
            added). csv: a row per year, for the runway, the funding gap and each driver. \
            markdown: tables for a report. Money in the scenario's currency, probabilities 0 to 1.
            """
    )

    static let maximumPaths = 100_000_000
    /// The largest seed a JSON number holds exactly.
    static let maximumSeed: UInt64 = (1 << 53) - 1

    @OptionGroup var scenario: ScenarioOptions
    @OptionGroup var revealing: RevealOptions

    @Option(name: .long, help: ArgumentHelp("Paths to run, 1 to 100,000,000.", valueName: "n"))
    var paths = 100_000

    @Option(name: .long, help: ArgumentHelp("The seed of the draws, 0 to 9007199254740991 (2^53 − 1).", valueName: "s"))
    var seed = SimulationOptions.defaultSeed

    @Option(name: .long, help: ArgumentHelp("Worker threads, 1 to \(Simulation.maximumThreads); the processors online by default.",
                                            valueName: "n"))
    var threads: Int?

    @Option(name: .long, help: "Output format: json, csv or markdown.")
    var format: ExportFormat = .json

    func validate() throws {
        guard (1...Self.maximumPaths).contains(paths) else {
            throw ValidationError("--paths \(paths): expected 1 to 100,000,000 paths")
        }
        guard seed <= Self.maximumSeed else {
            throw ValidationError("--seed \(seed): expected 0 to \(Self.maximumSeed) (2^53 − 1, which JSON numbers hold exactly)")
        }
        if let threads, !(1...Simulation.maximumThreads).contains(threads) {
            throw ValidationError("--threads \(threads): expected 1 to \(Simulation.maximumThreads) threads")
        }
    }

    func run() throws {
        try reportingFailures {
            let (_, whatIf, resolved) = try scenario.choice.resolve()
            let adjusted = revealing.reveal ? resolved : resolved.masked
            if adjusted.uncertainty.isEmpty {
                StandardError.write("note: scenario \(adjusted.id) has no uncertainty section: every path is the projection")
            }
            // No partial results: nothing would read them.
            let options = SimulationOptions(paths: paths, seed: seed, threads: threads ?? SimulationOptions.activeCores,
                                            firstReport: paths)
            guard var result = Simulation.run(adjusted, options: options) else { return }
            if let year = scenario.year { result.years.removeAll { $0.year != year } }
            switch format {
            case .json: print(result.json(whatIf: whatIf.summary(in: adjusted)).serialized(), terminator: "")
            case .csv: print(result.csv(), terminator: "")
            case .markdown: print(result.markdown(currency: adjusted.currency), terminator: "")
            }
        }
    }
}
