import Foundation
import Testing

/// `burnrate notes` following `burnrate present` in two real terminals, each a shell in its own
/// tmux server, both with a fresh XDG_RUNTIME_DIR: either can start first, either can go, and
/// the other keeps running; both shells are usable after.
@Suite("Notes end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct NotesEndToEndTests {
    private static let binary = BuiltProduct.path(of: "burnrate")

    /// A fresh XDG_RUNTIME_DIR, so that no other run's sockets are found.
    private static func makeRuntimeFolder() throws -> String {
        let runtime = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-e2e-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: runtime, withIntermediateDirectories: true)
        return runtime
    }

    private static func environment(runtime: String) -> [String: String] {
        ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_RUNTIME_DIR": runtime]
    }

    @Test func notesFollowThePresenterAndEitherSideCanGo() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let runtime = try Self.makeRuntimeFolder()
        defer { try? FileManager.default.removeItem(atPath: runtime) }
        let environment = Self.environment(runtime: runtime)
        let notes = try Tmux(width: 100, height: 30, command: "/bin/sh", environment: environment)
        let presenter = try Tmux(width: 120, height: 36, command: "/bin/sh", environment: environment)

        // Notes first: they wait for a presenter.
        try notes.typeLine("'\(binary)' notes; echo \"EXIT=$?\"")
        try notes.waitFor("waiting for `burnrate present openai-2026-02`")

        try presenter.typeLine("'\(binary)' present; echo \"EXIT=$?\"")
        try presenter.waitFor("1/13")
        try notes.waitFor(all: ["Set the scene.", "1/13  OpenAI keeps burning money. Vision or risk?", "next: The round"],
                          timeout: .seconds(2))

        try presenter.press("Right")
        try notes.waitFor(all: ["\"More than $100B\" is a minimum", "2/13  The round", "next: Who pays: four strategic investors"],
                          timeout: .seconds(2))

        // The notes go; the presenter keeps going.
        try notes.press("q")
        try notes.waitFor("EXIT=0")
        try presenter.press("Right")
        try presenter.waitFor("3/13")

        // Notes again, after the presenter: they catch up at once.
        try notes.typeLine("clear; '\(binary)' notes; echo \"EXIT=$?\"")
        try notes.waitFor(all: ["Amazon's $50B is \"up to\"", "3/13  Who pays: four strategic investors"], timeout: .seconds(2))

        // The presenter goes; the notes say so and keep waiting.
        try presenter.press("q")
        try presenter.waitFor("EXIT=0")
        try notes.waitFor("presentation ended", timeout: .seconds(2))
        #expect(try notes.capture().contains("3/13"), "the last slide stays readable")
        try notes.press("q")
        try notes.waitFor("EXIT=0")

        for terminal in [notes, presenter] {
            try terminal.typeLine(#"printf 'MODES=%s\n' "$(stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ,)"; echo "READY$((1 + 1))""#)
            let screen = try terminal.waitFor("READY2")
            #expect(screen.contains("MODES=icanon,echo,"))
        }
        let leftOver = try FileManager.default.contentsOfDirectory(atPath: runtime + "/burnrate")
        #expect(leftOver.isEmpty, "the presenter removes its socket when it quits")
    }

    /// The presenter's footer counts the notes terminals, and says at once, with no key
    /// pressed, when one goes: its terminal closed, or the process killed.
    @Test func thePresenterSeesANotesTerminalGoAtOnce() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let runtime = try Self.makeRuntimeFolder()
        defer { try? FileManager.default.removeItem(atPath: runtime) }
        let environment = Self.environment(runtime: runtime)
        let presenter = try Tmux(width: 120, height: 36, command: "/bin/sh", environment: environment)
        try presenter.typeLine("'\(binary)' present; echo \"EXIT=$?\"")
        try presenter.waitFor("1/13")
        #expect(!(try presenter.capture().contains("notes   1/13")))

        var closed: Tmux? = try Tmux(width: 100, height: 30, command: "/bin/sh", environment: environment)
        try closed?.typeLine("'\(binary)' notes")
        let killed = try Tmux(width: 100, height: 30, command: "/bin/sh", environment: environment)
        try killed.typeLine("echo $$ > '\(runtime)/notes.pid'; exec '\(binary)' notes")
        try presenter.waitFor("notes 2   1/13")

        closed = nil  // its tmux server goes, and the terminal with it
        try presenter.waitFor(all: ["a notes terminal went away", "notes   1/13"], timeout: .seconds(2))

        let pid = try #require(Int32(String(contentsOfFile: runtime + "/notes.pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, SIGKILL)
        try presenter.waitUntil("the footer without notes", timeout: .seconds(2)) { screen in
            screen.contains(" 1/13") && !screen.contains("notes   1/13")
        }
        try presenter.press("Right")
        let moved = try presenter.waitFor("2/13")
        #expect(!moved.contains("a notes terminal went away"), "a key clears the message")
        try presenter.press("q")
        try presenter.waitFor("EXIT=0")
    }

    @Test func aSecondPresentationOfTheSameDeckTakesItsOwnSocket() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let runtime = try Self.makeRuntimeFolder()
        defer { try? FileManager.default.removeItem(atPath: runtime) }
        let environment = Self.environment(runtime: runtime)
        let first = try Tmux(width: 120, height: 36, command: "/bin/sh", environment: environment)
        let second = try Tmux(width: 120, height: 36, command: "/bin/sh", environment: environment)
        let notes = try Tmux(width: 100, height: 30, command: "/bin/sh", environment: environment)

        try first.typeLine("'\(binary)' present; echo \"EXIT=$?\"")
        try first.waitFor("1/13")
        try second.typeLine("'\(binary)' present 2>'\(runtime)/err.txt'; echo \"EXIT=$?\"")
        try second.waitFor("1/13")
        try second.press("End")
        try second.waitFor("13/13")

        try notes.typeLine("'\(binary)' notes --instance 2; echo \"EXIT=$?\"")
        try notes.waitFor("13/13", timeout: .seconds(2))
        try notes.press("q")
        try notes.waitFor("EXIT=0")

        try second.press("q")
        try second.waitFor("EXIT=0")
        try second.typeLine("cat '\(runtime)/err.txt'")
        try second.waitFor("another presentation of openai-2026-02 is running")
        try first.press("q")
        try first.waitFor("EXIT=0")
    }
}
