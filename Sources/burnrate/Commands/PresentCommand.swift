import BurnrateText
import ArgumentParser
import BurnrateModel
import BurnrateTerminal
import BurnrateView

struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Present a deck of full-screen slides, or write it out as a handout.",
        discussion: """
            Slides are drawn live from the deck's scenario: panels, big figures, text, the \
            timeline and comparisons, each with its own what-if while it is shown. A deck's \
            scenario file is reloaded whenever it is saved.

            Keys (`burnrate keys` lists them all): \(KeyTable.line(Keymap.defaults[.presentation])). \
            The what-if panel over the slide has the dashboard's what-if keys, and its \
            reset-what-if goes back to the slide's own what-if.

            `burnrate notes` in another terminal follows along with the speaker notes.

            With --export FILE.md, FILE.html or FILE.txt, every slide is written to FILE as \
            text at 100x30 with its speaker notes, followed by the sources (HTML in the \
            theme's colours, printing dark on white), and no terminal is needed; with \
            --ascii the file is ASCII. With --export FILE.svg every slide is a picture in the \
            theme's colours instead, one file each: FILE-01.svg, FILE-02.svg and so on. `burnrate deck show` prints the built-in deck to start from.
            """
    )

    @Argument(help: ArgumentHelp("A built-in deck name or a deck file.", valueName: "deck"))
    var deck: String = BuiltInDecks.defaultName

    @Option(help: ArgumentHelp("A theme name or file, over the deck's own theme.", valueName: "name|file"))
    var theme: String?

    @Option(help: ArgumentHelp("Write every slide and its notes to FILE (.md, .html or .txt), or every slide as a "
                               + "picture to FILE-01.svg, FILE-02.svg … (.svg), instead of presenting.",
                               valueName: "file"))
    var export: String?

    @Flag(help: "Draw with ASCII characters only (the default when the locale is not UTF-8).")
    var ascii = false

    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var privacy: PrivacyOptions

    func run() throws {
        try reportingFailures {
            var loaded: LoadedDeck
            do {
                loaded = try DeckCatalog.load(deck)
            } catch {
                throw CommandFailure(String(describing: error))
            }
            loaded.deck.isPrivate = loaded.deck.isPrivate || privacy.isPrivate
            let catalog = UserThemes.catalog()
            // A handout is the same on every machine: the config is for the screen.
            if let export, SlidePictures.isPicture(path: export) {
                try writePictures(loaded, to: export, theme: catalog.chosen(theme ?? loaded.deck.theme))
                return
            }
            if let export {
                try writeHandout(loaded, to: export, theme: catalog.chosen(theme ?? loaded.deck.theme))
                return
            }
            let (config, configNotice) = configOptions.forProgram(themes: catalog)
            try present(loaded, theme: catalog.chosen(theme ?? loaded.deck.theme ?? config.theme), config: config, notice: configNotice)
        }
    }

    private func writeHandout(_ loaded: LoadedDeck, to path: String, theme: Theme) throws {
        guard let format = Handout.Format(path: path) else {
            throw CommandFailure("--export \(path): expected a file ending in .md, .html, .txt or .svg")
        }
        let text = Handout.render(loaded, format: format, theme: theme, glyphs: ascii ? .ascii : .unicode)
        do {
            try HandoutFile.write(text, to: path)
        } catch {
            throw CommandFailure("--export \(path): \(error)")
        }
        print("wrote \(loaded.deck.slides.count) slides to \(TerminalSafe.escape(path))")
    }

    /// One SVG a slide, each written whole (`HandoutFile`).
    private func writePictures(_ loaded: LoadedDeck, to path: String, theme: Theme) throws {
        let pictures = SlidePictures.render(loaded, theme: theme, glyphs: ascii ? .ascii : .unicode)
        let paths = SlidePictures.paths(for: path, count: pictures.count)
        for (picture, file) in zip(pictures, paths) {
            do {
                try HandoutFile.write(picture, to: file)
            } catch {
                throw CommandFailure("--export \(file): \(error)")
            }
        }
        let shown = paths.count > 1 ? "\(paths.first!) … \(paths.last!)" : paths.first ?? path
        print("wrote \(pictures.count) slides to \(TerminalSafe.escape(shown))")
    }

    private func present(_ loaded: LoadedDeck, theme: Theme, config: Config, notice: String?) throws {
        guard TerminalCheck.stdoutIsTerminal, TerminalCheck.stdinIsTerminal else {
            throw CommandFailure("""
                burnrate: presenting needs a terminal, and standard input or output is not one.
                For a handout use: burnrate present \(deck) --export FILE.md|FILE.html|FILE.txt
                """, code: 2)
        }
        let notes = openNotesSocket()
        defer { notes?.close() }
        let screen = try openScreen()
        defer { screen.close() }
        let glyphs = ascii ? .ascii : Glyphs.detect(environment: UserThemes.processEnvironment)
        let start = ContinuousClock.now
        var deck = DeckState(loaded: loaded, width: screen.width, height: screen.height, theme: theme, glyphs: glyphs,
                             clock: ClockTime(WallClock.now()))
        deck.message = notice
        deck.keymap = config.keymap
        let path = DeckCatalog.scenarioReference(loaded.deck.scenario, forDeck: self.deck)
        // A deck's scenario that is a file is followed, so saving it changes the slides.
        let followed = FileSystem.isRegularFile(path) ? ScenarioReload.following(path) : nil
        let program = PresentProgram(start: start, palette: Palette(theme: theme, depth: screen.depth),
                                     notes: notes?.listener, scenarioFile: followed)
        _ = ProgramRunner.run(program, from: PresentState(deck: deck, notes: notes != nil), on: screen)
    }

    /// The socket `burnrate notes` follows; without one the talk goes on, without notes.
    private func openNotesSocket() -> NotesSocket? {
        do {
            let notes = try NotesSocket(deck: deck, environment: UserThemes.processEnvironment)
            if notes.instance > 1 {
                StandardError.write("burnrate: another presentation of \(deck) is running; for this one's notes run "
                                    + "`burnrate notes \(deck) --instance \(notes.instance)`")
            }
            return notes
        } catch let failure as CommandFailure {
            StandardError.write(failure.message + " (presenting without speaker notes)")
        } catch {
            StandardError.write("burnrate: speaker notes: \(error) (presenting without speaker notes)")
        }
        return nil
    }
}
