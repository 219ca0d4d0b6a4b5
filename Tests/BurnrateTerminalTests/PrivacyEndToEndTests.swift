import Foundation
import Testing

/// `p` in the real dashboard: Hushco's confidential $12.3B goes and comes back, the header
/// says PRIVATE while it is gone; `--private` starts without it.
@Suite("Privacy end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct PrivacyEndToEndTests {
    static let scenario = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Privacy/quiet.yaml").path

    @Test func pHidesAndShowsTheConfidentialFigures() throws {
        let binary = try #require(BuiltProduct.path(of: "burnrate"), "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: 160, height: 48, environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.typeLine("'\(binary)' --scenario '\(Self.scenario)'; echo \"EXIT=$?\"")
        try tmux.waitFor(all: ["Tab panel", "$12.3B", "$17.3B of $40B"])
        try tmux.press("p")
        try tmux.waitUntil("the figures hidden") { screen in
            screen.contains("PRIVATE") && screen.contains("•••") && !screen.contains("$12.3B") && !screen.contains("$17.3B")
        }
        try tmux.press("p")
        try tmux.waitUntil("the figures back") { $0.contains("$12.3B") && !$0.contains("PRIVATE") }
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")

        try tmux.typeLine("'\(binary)' --private --scenario '\(Self.scenario)'; echo \"EXIT2=$?\"")
        let screen = try tmux.waitFor(all: ["Tab panel", "PRIVATE"])
        #expect(!screen.contains("$12.3B"))
        try tmux.press("q")
        try tmux.waitFor("EXIT2=0")
    }
}
