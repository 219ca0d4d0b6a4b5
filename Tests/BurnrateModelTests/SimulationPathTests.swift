import Testing
@testable import BurnrateModel

/// One path of the simulation is the projection of the scenario under the what-if its draws
/// make: checked to the cent against `Projection` on what `WhatIf.apply` gives.
@Suite struct SimulationPathTests {
    @Test func aPathsYearEndCashIsTheProjectionOfItsWhatIf() throws {
        let scenario = try SimulationFixture.article()
        let model = PathModel(scenario: scenario)
        var checked = 0
        for path in 0..<400 {
            let random = PathRandom(seed: 99, path: path)
            let values = model.samplers.indices.map { model.samplers[$0].value(at: random.uniform($0)) }
            let whatIf = SimulationFixture.whatIf(for: values, in: scenario)
            #expect(whatIf.problems(in: scenario) == [])
            let expected = Projection(scenario: whatIf.apply(to: scenario)).years.map { try! #require($0.cash) }
            let actual = model.yearEndCash(values: values)
            #expect(zip(actual, expected).allSatisfy { abs($0 - $1) < 0.01 }, "path \(path): \(whatIf)\n\(actual)\n\(expected)")
            checked += 1
        }
        #expect(checked == 400)
    }
}
