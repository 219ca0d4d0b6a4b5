import BurnrateView

/// Config files: whatever loads binds no key to two actions of a mode, and `config show` prints
/// it as text that loads back as the same config; whatever is refused says why.
enum ConfigHarness {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        guard let text = utf8Text(bytes) else { return }
        let config: Config
        do {
            config = try ConfigLoader.load(text: text, file: "fuzz.yaml", themes: .builtIn)
        } catch {
            guard !error.diagnostics.isEmpty else { throw FuzzFailure("refused with no diagnostic") }
            _ = error.description
            return
        }
        for mode in config.keymap.all {
            for binding in mode.bindings {
                for key in binding.keys where mode.action(for: key) != binding.action {
                    throw FuzzFailure("\(KeyName.name(of: key)) is bound to \(binding.action.name) and another action in \(mode.mode.name)")
                }
            }
        }
        let shown = ConfigText.render(config, origin: "fuzz")
        let again: Config
        do {
            again = try ConfigLoader.load(text: shown, file: "shown.yaml", themes: .builtIn)
        } catch {
            throw FuzzFailure("config show's text does not load: \(error)")
        }
        guard again.keymap == config.keymap, again.theme ?? "default" == config.theme ?? "default" else {
            throw FuzzFailure("config show's text loads as another config:\n\(shown)")
        }
    }
}
