import Foundation
import Testing

/// Alerts in a real terminal: a what-if from the palette takes the cash runway below its
/// alert threshold; the banner says so, the log under XDG_STATE_HOME gets its line, the
/// configured command its input, and `!` lists it.
@Suite("Alerts end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct AlertsEndToEndTests {
    private static let binary = BuiltProduct.path(of: "burnrate")

    @Test func aWhatIfAcrossAThresholdShowsABannerLogsItAndRunsTheCommand() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-alerts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home.appendingPathComponent("burnrate"), withIntermediateDirectories: true)
        let recorder = home.appendingPathComponent("record").path
        try "#!/bin/sh\ncat >> \"$1\"\n".write(toFile: recorder, atomically: true, encoding: .utf8)
        chmod(recorder, 0o755)
        let input = home.appendingPathComponent("stdin").path
        try "alerts: {bell: true, command: ['\(recorder)', '\(input)']}\n"
            .write(to: home.appendingPathComponent("burnrate/config.yaml"), atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 160, height: 48, command: "/bin/sh",
                            environment: ["LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": home.path, "XDG_STATE_HOME": home.path + "/state"])
        try tmux.typeLine("cd '\(home.path)'; '\(binary)' 2>errors; echo \"EXIT=$?\"")
        try tmux.waitFor("? help")

        try tmux.press(":")
        try tmux.typeLine("burn overrun")
        try tmux.waitFor("✗ Cash runway: watch → alert, 1.5 years → 1.3 years (! lists them)")
        let log = home.appendingPathComponent("state/burnrate/alerts.log").path
        let logged = try #require(Self.waitForLine(in: log))
        #expect(logged.contains(#""scenario":"openai-2026-02","indicator":"funding.runway","name":"Cash runway","from":"watch","to":"alert","#
            + #""value_before":1.535557644110213,"value":1.298715538847091,"cause":"what-if: burn +25 %"}"#))
        #expect(Self.waitForLine(in: input) == logged)

        try tmux.press("!")
        try tmux.waitFor(all: ["Alerts this session", "what-if: burn +25 %"])
        try tmux.press("Escape")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        #expect(try String(contentsOfFile: home.appendingPathComponent("errors").path, encoding: .utf8) == "")
    }

    /// The file's one line, once it is whole.
    static func waitForLine(in path: String) -> String? {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") { return text }
            usleep(5000)
        }
        return nil
    }
}
