import ArgumentParser
import BurnrateModel
import BurnrateView

enum KeysFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print every key of the dashboard, the presentation and the notes view.",
        discussion: """
            Keys are listed by mode (the dashboard, the what-if panel, the compare view, each \
            prompt, the presentation, the notes terminal), each with the name of its action \
            and what it does. Keys are written as a config file writes them: q, ctrl-c, tab, \
            shift-tab, f5, pgdn, space, esc, enter, up. With --format json, the list is an \
            array of {"mode", "action", "keys", "help"} objects.

            The keys are those in effect: the config file's keys: over the built-in ones. A \
            config with problems has them written to standard error, and the built-in keys are \
            listed.
            """
    )

    @Option(name: .long, help: "Output format: text or json.")
    var format: KeysFormat = .text

    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let keymap = configOptions.forProgram(themes: UserThemes.catalog()).config.keymap
        switch format {
        case .text: print(KeyTable.text(keymap), terminator: "")
        case .json: print(KeyTable.json(keymap).serialized(), terminator: "")
        }
    }
}
