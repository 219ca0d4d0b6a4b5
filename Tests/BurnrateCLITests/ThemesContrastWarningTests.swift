import Foundation
import Testing

/// `themes --check` warns about colours that read below WCAG AA, without failing the file.
@Suite struct ThemesContrastWarningTests {
    /// Black on white, except muted #aaaaaa: luminance 0.402 against white's 1, (1 + 0.05) /
    /// (0.402 + 0.05) = 2.3:1; at 256 colours grey 248 (#a8a8a8) on 231 (#ffffff), 2.3:1 too.
    static let theme = """
        colors:
          background: "#ffffff"
          text: "#000000"
          muted: "#aaaaaa"
          border: "#777777"
          title: "#000080"
          accent: "#000080"
          selection: "#444444"
          ok: "#006400"
          watch: "#8b4500"
          alert: "#b00000"
          series: ["#000080"]
        """

    @Test func aThemeBelowAAIsValidWithAWarningPerDepth() throws {
        let directory = try TemporaryDirectory.with(["pale.yaml": Array(Self.theme.utf8)])
        let run = try BurnrateRun.run(["themes", "--check", "pale.yaml"], in: directory)
        #expect(run.status == 0)
        #expect(run.stdout == "pale.yaml: ok (theme pale)\n")
        let used = "(panels: names and figures, headings, column headers, level badges, explain, help)"
        #expect(run.stderr == """
            pale.yaml: warning: muted on background \(used) is 2.3:1 in truecolor, below 4.5:1
            pale.yaml: warning: muted on background \(used) is 2.3:1 at 256 colours, below 4.5:1

            """)
    }

    @Test func theBuiltInThemesCheckWithoutWarnings() throws {
        let directory = try TemporaryDirectory.make()
        let show = try BurnrateRun.run(["themes", "show", "light"], in: directory)
        try Data(show.stdout.utf8).write(to: directory.appendingPathComponent("light.yaml"))
        let run = try BurnrateRun.run(["themes", "--check", "light.yaml"], in: directory)
        #expect(run.status == 0)
        #expect(run.stderr == "")
    }
}
