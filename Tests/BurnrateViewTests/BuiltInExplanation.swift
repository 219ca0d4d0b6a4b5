import BurnrateModel
@testable import BurnrateView

/// What explain says of a row of the built-in scenario, as plain text.
enum BuiltInExplanation {
    static let analysis = Analysis(scenario: try! ScenarioCatalog.load(BuiltInScenarios.defaultName))

    static func text(_ target: ExplainTarget) -> String {
        Explanation(target, in: analysis, glyphs: .unicode).spans.map(\.text).joined()
    }
}
