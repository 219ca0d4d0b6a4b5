import ArgumentParser

/// `--compare A B`: open on A, with the compare view showing A and B side by side.
struct CompareOptions: ParsableArguments {
    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Compare two scenarios side by side (built-in names or files): A is shown with any what-if options, B as it is; c toggles the view.",
        valueName: "A B"))
    var compare: [String] = []

    func validate() throws {
        guard compare.isEmpty || compare.count == 2 else {
            throw ValidationError("--compare takes two scenarios, A and B (got \(compare.count))")
        }
    }

    var choice: CompareChoice { CompareChoice(scenarios: compare) }
}
