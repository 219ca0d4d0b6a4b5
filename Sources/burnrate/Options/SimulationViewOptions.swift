import ArgumentParser
import BurnrateModel
import BurnrateView

/// How many paths the dashboard's simulation (the `u` view and the header's headline) runs, and
/// from which seed: within the bounds `burnrate simulate` takes, so the view can show the same
/// run as the command.
struct SimulationViewOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Paths the simulation view (u) runs, 1 to 100,000,000.", valueName: "n"))
    var paths = SimulationOptions().paths

    @Option(name: .long, help: ArgumentHelp("The seed of its draws, 0 to 9007199254740991 (2^53 − 1).", valueName: "s"))
    var seed = SimulationOptions.defaultSeed

    func validate() throws {
        guard (1...SimulateCommand.maximumPaths).contains(paths) else {
            throw ValidationError("--paths \(paths): expected 1 to 100,000,000 paths")
        }
        guard seed <= SimulateCommand.maximumSeed else {
            throw ValidationError("--seed \(seed): expected 0 to \(SimulateCommand.maximumSeed) (2^53 − 1)")
        }
    }

    var run: SimulationRun { SimulationRun(paths: paths, seed: seed) }
}
