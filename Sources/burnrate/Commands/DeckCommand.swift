import BurnrateText
import ArgumentParser
import BurnrateModel

struct DeckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deck",
        abstract: "List, print and check presentation decks.",
        subcommands: [List.self, Show.self, Check.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the built-in decks.")

        func run() throws {
            BuiltInListing.list(BuiltInDecks.names, defaultName: BuiltInDecks.defaultName) { name in
                (try? DeckCatalog.load(name)).map { "\($0.deck.title) (\($0.deck.slides.count) slides)" } ?? ""
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a built-in deck's YAML, to start a deck of your own from it.",
            discussion: "burnrate deck show openai-2026-02 > mine.yaml"
        )

        @Argument(help: ArgumentHelp("A built-in deck name.", valueName: "name"))
        var name: String = BuiltInDecks.defaultName

        func run() throws {
            try reportingFailures {
                try BuiltInListing.show("deck", named: name, among: BuiltInDecks.names, text: BuiltInDecks.text(named:))
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate deck files against the scenarios they name.",
            discussion: """
                Reports every problem at once, one per line, as FILE:LINE:COLUMN: path.to.field: \
                what was expected, what was found; then any problems inside the scenario files \
                the deck names. Exits 0 when every deck is valid, 1 otherwise.
                """
        )

        @Argument(help: ArgumentHelp("Deck files (or built-in deck names) to check.", valueName: "deck"))
        var decks: [String]

        func run() throws {
            var failed = false
            for deck in decks {
                do {
                    let loaded = try DeckCatalog.load(deck)
                    print("\(TerminalSafe.escape(deck)): ok (\(loaded.deck.slides.count) slides on \(TerminalSafe.escape(loaded.scenario.id)))")
                } catch {
                    failed = true
                    StandardError.write(error.description)
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
