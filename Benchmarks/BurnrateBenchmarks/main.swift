import Benchmark
import BurnrateModel
import BurnrateTerminal
import BurnrateView
import BurnrateYAML

// Run with: swift build -c release --product BurnrateBenchmarks
//           .build/release/BurnrateBenchmarks --columns name,median,min,max,iterations
// Benchmarks/RESULTS.md carries the latest figures; Benchmarks/TerminalBenchmarks measures
// the real binary on a pseudo-terminal.

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

// What its 1,000 debts, leases and customers cost the analysis.
var largeWithoutFinancing = largeScenario
(largeWithoutFinancing.debt, largeWithoutFinancing.leases, largeWithoutFinancing.customers) = ([], [], [])

benchmark("  analyse only, without debt, leases and customers") {
    precondition(!Analysis(scenario: largeWithoutFinancing).indicators.isEmpty)
}

// A file of 160,000 investors that are each a number, not a mapping: 100 diagnostics and a
// count of the rest, in time linear in the file (it once took 22-26 s).
let badItemsText = defaultText.replacing("  investors:\n", with: "  investors:\n" + String(repeating: "    - 1\n", count: 160_000))

benchmark("check a file of 160,000 bad list items") {
    do throws(DiagnosticList) {
        _ = try ScenarioLoader.load(text: badItemsText, file: "bad.yaml")
        preconditionFailure("the file loaded")
    } catch {
        precondition(error.diagnostics.last?.message == "… and 159900 more problems")
    }
}

benchmark("parse the six built-in themes") {
    precondition(ThemeCatalog().entries.count == ThemeCatalog.builtInNames.count)
}

let dashboard = DashboardFrames()

benchmark("render dashboard 160×48") {
    precondition(DashboardView.render(dashboard.fresh).width == 160)
}

benchmark("keypress → update + render (↓ in the investors panel)") {
    let (next, _) = DashboardUpdate.update(dashboard.fresh, .key(.down))
    precondition(DashboardView.render(next).width == 160)
}

benchmark("what-if step → recompute + render (SoftBank 100 % → 90 %)") {
    let (next, _) = DashboardUpdate.update(dashboard.whatIfOpen, .key(.left))
    precondition(next.model.isAdjusted && DashboardView.render(next).width == 160)
}

// The dashboard's own path, with the panels of the frame before kept: a ↓ or ↑ draws the
// investors panel alone, a what-if step all three.
let selectionMoves = KeyCycle(from: DashboardUpdate.update(dashboard.fresh, .key(.down)).0, pressing: [.down, .up])
let whatIfSteps = KeyCycle(from: dashboard.whatIfOpen, pressing: [.left, .right])

benchmark("keypress → update + render, panels kept (↓ ↑ in the investors panel)") {
    precondition(selectionMoves.pressNext().width == 160)
}

benchmark("what-if step → recompute + render, panels kept (SoftBank 100 % ↔ 90 %)") {
    precondition(whatIfSteps.pressNext().width == 160)
}

benchmark("FrameDiff between frames a selection move apart") {
    precondition(!FrameDiff.runs(from: dashboard.before, to: dashboard.after).isEmpty)
}

benchmark("FrameDiff between identical frames (idle)") {
    precondition(FrameDiff.runs(from: dashboard.before, to: dashboard.before).isEmpty)
}

// The simulation on every core, of the default scenario and its uncertainty section.
let defaultScenario = try ScenarioLoader.load(text: defaultText, file: "builtin")

benchmark("simulate 100k paths (default scenario)") {
    precondition(Simulation.run(defaultScenario, options: SimulationOptions())?.paths == 100_000)
}

// What a run costs before its first path, its samplers kept from the run before (as when the
// dashboard runs again after a what-if change).
benchmark("simulate 1 path (default scenario): set-up") {
    precondition(Simulation.run(defaultScenario, options: SimulationOptions(paths: 1, threads: 1))?.paths == 1)
}

SamplingBenchmarks.register()

Benchmark.main()
