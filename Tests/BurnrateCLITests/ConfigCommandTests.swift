import Foundation
import Testing

/// `burnrate config check|show`, reading config.yaml from $XDG_CONFIG_HOME/burnrate or --config.
@Suite struct ConfigCommandTests {
    /// A fresh XDG_CONFIG_HOME holding burnrate/config.yaml with `text`, or no file when nil.
    static func configHome(_ text: String?) throws -> URL {
        let home = try TemporaryDirectory.make()
        let folder = home.appendingPathComponent("burnrate")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let text { try Data(text.utf8).write(to: folder.appendingPathComponent("config.yaml")) }
        return home
    }

    static func run(_ arguments: [String], config text: String?) throws -> (BurnrateRun, path: String) {
        let home = try configHome(text)
        let run = try BurnrateRun.run(arguments, in: home, environment: ["XDG_CONFIG_HOME": home.path])
        return (run, home.path + "/burnrate/config.yaml")
    }

    @Test func checkWithoutAFileSaysWhereItWouldBe() throws {
        let (run, path) = try Self.run(["config", "check"], config: nil)
        #expect(run.status == 0)
        #expect(run.stdout == "No config file at \(path), so burnrate uses the defaults.\n")
        #expect(run.stderr == "")
    }

    @Test func checkOfAValidFile() throws {
        let (run, path) = try Self.run(["config", "check"], config: "theme: amber\n")
        #expect(run.status == 0)
        #expect(run.stdout == "\(path): ok\n")
        #expect(run.stderr == "")
    }

    @Test func checkListsEveryProblem() throws {
        let (run, path) = try Self.run(["config", "check"], config: "theme: ambr\ncolour: red\n")
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            \(path):1:8: theme: expected a theme name (burnrate themes lists them), found "ambr" (did you mean "amber"?)
            \(path):2:1: colour: unknown key "colour"; expected one of theme, keys, layouts, alerts

            """)
    }

    @Test func anExplicitFileMustExist() throws {
        let directory = try TemporaryDirectory.with(["mine.yaml": Array("theme: light\n".utf8)])
        let found = try BurnrateRun.run(["config", "check", "--config", "mine.yaml"], in: directory)
        #expect(found.status == 0)
        #expect(found.stdout == "mine.yaml: ok\n")
        let missing = try BurnrateRun.run(["config", "check", "--config", "gone.yaml"], in: directory)
        #expect(missing.status == 1)
        #expect(missing.stderr == "gone.yaml: cannot read the file: No such file or directory\n")
    }

    /// The environment is untrusted: a path longer than any real one is refused, and control
    /// characters in it are shown escaped.
    @Test func theEnvironmentIsBoundedAndEscaped() throws {
        let long = try BurnrateRun.run(["config", "check"], environment: ["XDG_CONFIG_HOME": "/" + String(repeating: "a", count: 3000)])
        #expect(long.status == 1)
        #expect(long.stderr == "$XDG_CONFIG_HOME: longer than 2048 bytes, so no config file is read\n")
        let hostile = try BurnrateRun.run(["config", "check"], environment: ["XDG_CONFIG_HOME": "/nowhere/\u{1B}[2J\u{202E}"])
        #expect(hostile.status == 0)
        #expect(hostile.stdout == "No config file at /nowhere/\\e[2J\\u{202E}/burnrate/config.yaml, so burnrate uses the defaults.\n")
    }

    @Test func showPrintsTheConfigInUse() throws {
        let (run, path) = try Self.run(["config", "show"], config: "theme: amber\nkeys: {quit: [x, ctrl-c]}\n")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix(Self.shown(origin: "Read from \(path).", theme: "amber")))
        #expect(run.stdout.contains("\n  quit: [x, ctrl-c]\n  redraw: ctrl-l\n  help: \"?\"\n  next-theme: t\n"))
        #expect(run.stdout.hasSuffix("""
              footer: f

            # Keys given to other actions than they had:
            #   x now does quit in the what-if keys, no longer remove-preset

            """))
        #expect(run.stderr == "")
    }

    @Test func showOfABrokenFilePrintsTheDefaults() throws {
        let (run, path) = try Self.run(["config", "show"], config: "theme: ambr\n")
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix(Self.shown(origin: "\(path) has problems (burnrate config check), so these are the defaults.",
                                                  theme: "default")))
        #expect(run.stdout.contains("\n  # quit: [q, ctrl-c]\n"))
        #expect(run.stderr == #"\#(path):1:8: theme: expected a theme name (burnrate themes lists them), found "ambr" (did you mean "amber"?)"# + "\n")
    }

    /// What `config show` prints is a config that reads back as it is.
    @Test func whatShowPrintsChecksClean() throws {
        let (shown, _) = try Self.run(["config", "show"], config: "theme: light\nkeys: {zoom: Z, quit: x}\n")
        let (checked, path) = try Self.run(["config", "check"], config: shown.stdout)
        #expect(checked.stdout == "\(path): ok\n")
        let (again, _) = try Self.run(["config", "show"], config: shown.stdout)
        // The same, but for where it was read and the note on x, which the copy gives remove-preset no more.
        let compared = { (text: String) in
            text.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.hasPrefix("# Keys given to other") }
                .filter { !$0.hasPrefix("# Read from ") }
        }
        #expect(compared(again.stdout) == compared(shown.stdout))
        #expect(shown.stdout.contains("#   x now does quit in the what-if keys, no longer remove-preset"))
    }

    /// `burnrate keys` lists the keys in effect; a broken config's problems go to standard error
    /// and the built-in keys are listed.
    @Test func keysListsTheConfigsKeys() throws {
        func quitKeys(_ run: BurnrateRun) throws -> [String: [String]] {
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            var keys: [String: [String]] = [:]
            for entry in entries where entry["action"] as? String == "quit" {
                keys[try #require(entry["mode"] as? String)] = try #require(entry["keys"] as? [String])
            }
            return keys
        }
        let (rebound, _) = try Self.run(["keys", "--format", "json"], config: "keys: {quit: [x, ctrl-c]}\n")
        #expect(rebound.status == 0)
        let quit = try quitKeys(rebound)
        #expect(quit["dashboard"] == ["x", "ctrl-c"])
        #expect(quit["palette"] == ["ctrl-c"], "a prompt types x")
        let (broken, path) = try Self.run(["keys", "--format", "json"], config: "keys: {quit: [x, ctrl-cc]}\n")
        #expect(try quitKeys(broken)["dashboard"] == ["q", "ctrl-c"])
        #expect(broken.stderr.hasPrefix("\(path):1:18: keys.quit[1]: expected a key name"))
    }

    static func shown(origin: String, theme: String) -> String {
        """
        # burnrate's config (burnrate config show)
        # \(origin)
        # A field left out keeps its default.

        # The theme the dashboard, presentations and speaker notes start with (burnrate themes
        # lists them). --theme wins over it, and so does a deck's own theme.
        theme: \(theme)

        # Layout presets L cycles through after the built-in ones (default, risk focus, briefing;
        # one of those names replaces it): rows of panels (investors, capacity, risk, simulation, what-if),
        # each row's height a share by its weight in sizes. --layout NAME starts in one.
        layouts: {}
        #  mine: {rows: [[risk, simulation], [investors, capacity]], sizes: [2, 1]}

        # When an indicator crosses a threshold: a banner, a line in alerts.log (under
        # $XDG_STATE_HOME/burnrate), the bell if asked, and a command if given (no shell; the
        # alert as JSON on its standard input; killed after 5 s).
        alerts:
          bell: false
          # command: [notify-send, burnrate]

        # Each action's keys (burnrate keys says what each does): a key or a list of keys, named
        # as help shows them. Keys given to an action replace its keys in every mode that has it;
        # a key it takes from another action there no longer does that action.
        keys:

        """
    }
}
