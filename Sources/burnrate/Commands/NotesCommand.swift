#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import BurnrateModel
import BurnrateTerminal
import BurnrateView

struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Follow a presentation in another terminal with its speaker notes.",
        discussion: """
            Shows the notes of the slide `burnrate present DECK` is showing, the next slide's \
            title, and the slide's time against its budget. Start it before or after the \
            presentation; it waits for one, and for the next when one ends. q quits.

            The two find each other through a socket under $XDG_RUNTIME_DIR/burnrate (or \
            /tmp/burnrate-UID), named after the deck.
            """
    )

    @Argument(help: ArgumentHelp("The deck being presented, as given to `burnrate present`.", valueName: "deck"))
    var deck: String = BuiltInDecks.defaultName

    @Option(help: ArgumentHelp("Which presentation of the deck to follow when several run at once.", valueName: "n"))
    var instance = 1

    @Option(help: ArgumentHelp("A theme name or file. (default: default, or the config file's theme)", valueName: "name|file"))
    var theme: String?

    @Flag(help: "Draw with ASCII characters only (the default when the locale is not UTF-8).")
    var ascii = false

    @OptionGroup var configOptions: ConfigOptions

    func validate() throws {
        guard (1...NotesSocketPath.maximumInstances).contains(instance) else {
            throw ValidationError("--instance must be from 1 to \(NotesSocketPath.maximumInstances)")
        }
    }

    func run() throws {
        try reportingFailures {
            let catalog = UserThemes.catalog()
            let (config, _) = configOptions.forProgram(themes: catalog)
            let chosenTheme = try catalog.chosen(theme ?? config.theme)
            guard TerminalCheck.stdoutIsTerminal, TerminalCheck.stdinIsTerminal else {
                throw CommandFailure("burnrate: speaker notes need a terminal, and standard input or output is not one.",
                                     code: 2)
            }
            let environment = UserThemes.processEnvironment
            let directory = NotesSocketPath.directory(environment: environment, uid: getuid())
            let screen = try openScreen()
            defer { screen.close() }
            let glyphs = ascii ? .ascii : Glyphs.detect(environment: environment)
            var state = NotesState(deckName: deck, width: screen.width, height: screen.height, theme: chosenTheme,
                                   glyphs: glyphs)
            state.keymap = config.keymap
            let program = NotesProgram(start: .now, path: NotesSocketPath.path(directory: directory, deck: deck, instance: instance),
                                       palette: Palette(theme: chosenTheme, depth: screen.depth))
            _ = ProgramRunner.run(program, from: state, on: screen)
        }
    }
}
