import BurnrateModel

/// `--set PATH=VALUE` expressions, one a line, applied to the built-in scenario as the command
/// line applies them: read, checked against the scenario, and when accepted applied,
/// analysed and exported.
enum SettingHarness {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        guard let text = utf8Text(bytes) else { return }
        var whatIf = WhatIf()
        for setting in text.split(separator: "\n", omittingEmptySubsequences: false) {
            do {
                whatIf = try WhatIfSetting.apply(String(setting), to: whatIf)
            } catch {
                _ = error.description
                return
            }
        }
        let base = Fixtures.model.base
        guard whatIf.problems(in: base).isEmpty else { return }
        let analysis = Analysis(scenario: whatIf.apply(to: base))
        _ = whatIf.summary(in: base)
        _ = ExportReport(analysis: analysis, whatIf: whatIf, settings: text.split(separator: "\n").map(String.init))
            .json().serialized()
    }
}
