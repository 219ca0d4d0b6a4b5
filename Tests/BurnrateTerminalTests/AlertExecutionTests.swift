import BurnrateCore
import BurnrateModel
import BurnrateTerminal
import Foundation
import Synchronization
import Testing
@testable import BurnrateView

/// The alert effects as the runner carries them out: the log line appended under a temporary
/// XDG_STATE_HOME, the configured command run with the alert on its standard input, and a
/// command that outlasts its timeout killed.
@Suite("Alerts at the edge", .serialized)
struct AlertExecutionTests {
    /// A folder of its own under /tmp, with a script that appends its standard input to the
    /// file named by its first argument.
    /// A fresh folder, and a command that appends its standard input to the file its next
    /// argument names. The command is sh with the script as text: a script file written here and
    /// run at once can fail with "Text file busy" while another test's spawn holds it open.
    static func folder() throws -> (path: String, recorder: [String]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-alerts-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return (path, ["/bin/sh", "-c", "cat >> \"$1\"", "record"])
    }

    /// The file's lines once it has `count` of them, sorted; nil if it never does.
    static func waitForLines(_ count: Int, in path: String, timeout: Duration = .seconds(10)) -> [String]? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n"),
               text.split(separator: "\n").count == count {
                return text.split(separator: "\n").map(String.init).sorted()
            }
            usleep(2000)
        }
        return nil
    }

    /// The time stamp aside, which is the runner's clock when the key arrived.
    static func withoutTime(_ line: String) -> String {
        line.replacing(/"time":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/, with: #""time":"…""#)
    }

    /// `]` moves playback from the as-of figures to the end of 2026, where the built-in
    /// scenario has no funding gap left (alert to ok) and commitments of 19.6× revenue (alert to
    /// watch): two alerts, each logged and handed to a run of the command.
    @Test func aYearOfPlaybackAcrossAThresholdIsLoggedAndRunsTheCommand() throws {
        let (folder, recorder) = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = try #require(AlertLog.path(environment: ["XDG_STATE_HOME": folder + "/state", "HOME": "/nonexistent"]))
        #expect(log == folder + "/state/burnrate/alerts.log")
        var state = AppState(model: ModelState(base: try ScenarioCatalog.load(BuiltInScenarios.defaultName)), width: 60, height: 20,
                             clock: ClockTime(hour: 7, minute: 41, second: 7, epochSeconds: 1_796_452_867))
        state.alerts = AlertsState(settings: AlertSettings(command: recorder + [folder + "/stdin"]))
        state.simulation = SimulationRun()
        let expected = DashboardUpdate.update(state, .key(.character("]"))).0.alerts.fresh.map { $0.json.line() }
        #expect(expected.count == 2)

        let terminal = PipeTerminal()
        let finished = Mutex(false)
        let program = DashboardProgram(depth: .trueColor, alertLog: log)
        Thread.detachNewThread { [state] in
            _ = ProgramRunner.run(program, from: state, on: terminal)
            finished.withLock { $0 = true }
        }
        terminal.press("]")
        let input = Self.waitForLines(2, in: folder + "/stdin")
        terminal.press("q")
        let logged = try #require(Self.waitForLines(2, in: log))
        #expect(logged.map(Self.withoutTime) == expected.sorted().map(Self.withoutTime))
        #expect(logged.allSatisfy { Self.withoutTime($0) != $0 })
        #expect(input == logged)
        #expect(logged.map(Self.withoutTime) == [
            #"{"time":"…","scenario":"openai-2026-02","indicator":"commitments.revenue_multiple","#
                + #""name":"Infrastructure commitments ÷ annual revenue","from":"alert","to":"watch","value_before":44.88549618320611,"#
                + #""value":19.6,"cause":"timeline: end of 2026"}"#,
            #"{"time":"…","scenario":"openai-2026-02","indicator":"funding.gap","name":"Funding gap over the horizon","#
                + #""from":"alert","to":"ok","value_before":154500000000,"value":0,"cause":"timeline: end of 2026"}"#,
        ])
        var info = stat()
        #expect(stat(folder + "/state/burnrate", &info) == 0 && info.st_mode & 0o777 == 0o700)
        #expect(stat(log, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let deadline = ContinuousClock.now + .seconds(10)
        while !finished.withLock({ $0 }) && ContinuousClock.now < deadline { usleep(1000) }
    }

    /// The runner hands the log's answer back to the program: a log it cannot write (no folder
    /// can be made under /proc) ends on the status line, with the system's reason.
    @Test func aLogThatCannotBeWrittenIsSaidOnTheStatusLine() throws {
        var state = AppState(model: ModelState(base: try ScenarioCatalog.load(BuiltInScenarios.defaultName)), width: 160, height: 20,
                             clock: ClockTime(hour: 7, minute: 41, second: 7, epochSeconds: 1_796_452_867))
        state.simulation = SimulationRun()
        let terminal = PipeTerminal()
        let program = DashboardProgram(depth: .trueColor, alertLog: "/proc/burnrate/alerts.log")
        let finished = Mutex(false)
        Thread.detachNewThread { [state] in
            _ = ProgramRunner.run(program, from: state, on: terminal)
            finished.withLock { $0 = true }
        }
        let said = "Alert not logged: /proc/burnrate/alerts.log: No such file or directory"
        terminal.press("]")
        let deadline = ContinuousClock.now + .seconds(10)
        while !terminal.bottomLinesSoFar.contains(where: { $0.contains(said) }) && ContinuousClock.now < deadline { usleep(1000) }
        terminal.press("q")
        #expect(terminal.bottomLinesSoFar.contains { $0.contains(said) })
        while !finished.withLock({ $0 }) && ContinuousClock.now < deadline { usleep(1000) }
    }

    @Test func linesAreAppendedWholeAndAFullLogIsLeftAlone() throws {
        let (folder, _) = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = folder + "/a/b/alerts.log"
        #expect(LineAppend.append(#"{"n":1}"#, to: log, limit: 16) == .appended)
        #expect(LineAppend.append(#"{"n":2}"#, to: log, limit: 16) == .appended)
        // 16 bytes now: full
        #expect(LineAppend.append(#"{"n":3}"#, to: log, limit: 16) == .full)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "{\"n\":1}\n{\"n\":2}\n")
        #expect(LineAppend.append("x", to: "/proc/burnrate/alerts.log", limit: 16) == .failed("No such file or directory"))
    }

    @Test func theCommandGetsItsInputAndArgumentsAsGivenWithoutAShell() throws {
        let (folder, recorder) = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/out $HOME; rm -rf x"
        #expect(CommandRun.run(recorder + [target], input: "{\"a\":\"b\"}\n", timeout: .seconds(10)) == .exited(0))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "{\"a\":\"b\"}\n")
        #expect(CommandRun.run(["/nonexistent/notify"], input: "", timeout: .seconds(1))
            == .failed("/nonexistent/notify: No such file or directory"))
        #expect(CommandRun.run(["sh", "-c", "exit 7"], input: "", timeout: .seconds(10)) == .exited(7))
    }

    /// A command still running at its timeout is killed with its children; the wait ends then.
    @Test func aCommandPastItsTimeoutIsKilled() throws {
        let (folder, _) = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let started = ContinuousClock.now
        let ending = CommandRun.run(["sh", "-c", "echo $$ > \(folder)/pid; sleep 30 & echo $! > \(folder)/child; wait"],
                                    input: "", timeout: .milliseconds(300))
        let took = ContinuousClock.now - started
        #expect(ending == .timedOut)
        #expect(took < .seconds(5))
        for file in ["pid", "child"] {
            let pid = try #require(Int32(String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
            usleep(100_000)
            // gone, or a zombie its new parent has yet to reap
            let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
            #expect(status == nil || status!.contains(") Z "), "\(file) \(pid) still running: \(status ?? "")")
        }
    }
}
