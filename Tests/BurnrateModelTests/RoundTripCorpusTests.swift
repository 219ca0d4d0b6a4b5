import Foundation
import Testing
@testable import BurnrateModel

/// Whatever loads saves into a file that loads back equal: for every scenario file in the
/// repository (fixtures, built-ins, and the fuzz corpus when it is there). Files that do not
/// load are skipped; other tests check their diagnostics.
@Suite struct RoundTripCorpusTests {
    static let root = String(#filePath.dropLast("Tests/BurnrateModelTests/RoundTripCorpusTests.swift".count))

    /// Folders of scenario files, relative to the package root: every file in them is tried.
    static let folders = ["Tests/BurnrateModelTests/Fixtures", "Sources/BurnrateModel/BuiltIn/scenarios",
                          "Tests/Fuzz/Corpus/scenario"]

    static func files(in folder: String) -> [String] {
        let path = root + folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }
    }

    @Test func everyScenarioFileThatLoadsSurvivesWritingAndLoading() {
        var loaded = 0
        for file in Self.folders.flatMap(Self.files) {
            guard let scenario = try? ScenarioLoader.load(contentsOf: file) else { continue }
            loaded += 1
            RoundTrip.check(scenario, origin: file)
        }
        // The fixture and the two built-ins at least: a test that found no file would pass on nothing.
        #expect(loaded >= 3)
    }

    @Test(arguments: BuiltInScenarios.names)
    func builtInScenarioSurvivesWritingAndLoading(name: String) throws {
        let text = try #require(BuiltInScenarios.text(named: name))
        RoundTrip.check(try ScenarioLoader.load(text: text, file: name), origin: "built-in \(name)")
    }

    /// The scenarios tests build in code and text, each a valid scenario of its own shape.
    @Test func theTestsOwnScenariosSurviveWritingAndLoading() throws {
        RoundTrip.check(ArticleScenarioFixture.scenario, origin: "ArticleScenarioFixture")
        RoundTrip.check(WhatIfFixture.scenario, origin: "WhatIfFixture")
        RoundTrip.check(AnalysisTrancheScenarioTests.scenario, origin: "AnalysisTrancheScenarioTests")
        RoundTrip.check(try ScenarioLoader.load(text: LoaderDiagnosticTests.changed([:]), file: "mini.yaml"),
                        origin: "LoaderDiagnosticTests.valid")
    }

    /// What `s` saves: each stress preset laid over each built-in.
    @Test(arguments: BuiltInScenarios.names)
    func everyPresetOverABuiltInSurvivesWritingAndLoading(name: String) throws {
        let scenario = try ScenarioLoader.load(text: try #require(BuiltInScenarios.text(named: name)), file: name)
        for preset in StressPreset.all {
            RoundTrip.check(preset.whatIf(for: scenario).apply(to: scenario), origin: "\(name) with \(preset.id)")
        }
    }
}
