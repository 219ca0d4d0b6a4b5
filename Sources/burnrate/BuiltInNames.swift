import BurnrateModel

enum BuiltInNames {
    static let defaultScenario = BuiltInScenarios.defaultName
}
