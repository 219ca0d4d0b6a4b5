import Foundation
import Testing

/// `burnrate present` in a real terminal: a shell in tmux starts the built-in deck, keys walk
/// it, and after `q` the shell must be usable again.
@Suite("Present end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct PresentEndToEndTests {
    private static let binary = BuiltProduct.path(of: "burnrate")

    @Test func walksTheDeckForwardAndBackJumpsAndQuitsCleanly() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: 120, height: 36, command: "/bin/sh", environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.typeLine("'\(binary)' present; echo \"EXIT=$?\"")
        try tmux.waitFor("1/12")
        #expect(try tmux.capture().contains("OpenAI keeps burning money. Vision or risk?"))

        try tmux.press("Right", "Space")
        try tmux.waitFor("3/12")
        #expect(try tmux.capture().contains("Who pays: four strategic investors"))
        try tmux.press("Left")
        try tmux.waitFor("2/12")

        try tmux.press("g", "9", "Enter")
        let stressed = try tmux.waitFor("9/12")
        #expect(stressed.contains("WHAT-IF SoftBank delivers 50 %"), "the slide's what-if applies")
        try tmux.press("PageDown")
        let timeline = try tmux.waitFor("10/12")
        #expect(!timeline.contains("WHAT-IF"), "the what-if ends with its slide")

        try tmux.press("End")
        try tmux.waitFor("12/12")
        try tmux.press("Home")
        try tmux.waitFor("1/12")

        try tmux.press("b")
        _ = try tmux.waitUntil("the screen is blank") { !$0.contains("1/12") && !$0.contains("Vision or risk") }
        try tmux.press("b")
        try tmux.waitFor("1/12")

        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try tmux.typeLine(#"printf 'MODES=%s\n' "$(stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ,)"; echo "READY$((1 + 1))""#)
        let screen = try tmux.waitFor("READY2")
        #expect(screen.contains("MODES=icanon,echo,"))
    }
}
