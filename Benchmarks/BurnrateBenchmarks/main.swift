import Benchmark
import BurnrateModel

// Run with: swift run -c release BurnrateBenchmarks --columns name,median,min,max,iterations
// The README's "Benchmarks" section carries the latest figures.

let defaultText = BuiltInScenarios.text(named: BuiltInScenarios.defaultName)!
let largeScenario = LargeScenario.make(investors: 10_000, contracts: 10_000)
let largeText = ScenarioWriter.yaml(largeScenario)

benchmark("load + analyse openai-2026-02") {
    let scenario = try ScenarioLoader.load(text: defaultText, file: "builtin")
    precondition(!Analysis(scenario: scenario).indicators.isEmpty)
}

benchmark("load + analyse 10,000 investors and 10,000 contracts") {
    let scenario = try ScenarioLoader.load(text: largeText, file: "large.yaml")
    precondition(!Analysis(scenario: scenario).indicators.isEmpty)
}

// The parts of the line above, to show where its time goes.
benchmark("  YAML parse only (libyaml and node tree)") {
    let document = try YAMLDocument(text: largeText, file: "large.yaml")
    precondition(document.file == "large.yaml")
}

benchmark("  load only (parse and read)") {
    let scenario = try ScenarioLoader.load(text: largeText, file: "large.yaml")
    precondition(scenario == largeScenario)
}

benchmark("  analyse only") {
    precondition(!Analysis(scenario: largeScenario).indicators.isEmpty)
}

Benchmark.main()
