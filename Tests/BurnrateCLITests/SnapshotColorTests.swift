import Foundation
import Testing

/// `snapshot --format ansi` has no terminal to ask: full colour by default, none with NO_COLOR
/// (no-color.org), and --depth, given on the command line, over both.
@Suite struct SnapshotColorTests {
    private let arguments = ["snapshot", "--format", "ansi", "--size", "80x24"]

    @Test func theDefaultIsTrueColor() throws {
        let run = try BurnrateRun.run(arguments, environment: ["NO_COLOR": ""])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\u{1B}[38;2;"))
    }

    @Test func noColorDrawsWithAttributesAlone() throws {
        let run = try BurnrateRun.run(arguments, environment: ["NO_COLOR": "1"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\u{1B}[1m"), "titles are still bold")
        #expect(sgrParameters(run.stdout).filter { (30...49).contains($0) || (90...107).contains($0) } == [])
    }

    /// Every parameter of every `ESC [ … m` in `text`.
    private func sgrParameters(_ text: String) -> [Int] {
        text.split(separator: "\u{1B}").compactMap { sequence -> [Int]? in
            guard sequence.hasPrefix("["), let end = sequence.firstIndex(of: "m") else { return nil }
            return sequence[sequence.index(after: sequence.startIndex)..<end].split(separator: ";").compactMap { Int($0) }
        }.flatMap { $0 }
    }

    @Test func anExplicitDepthWinsOverNoColor() throws {
        let run = try BurnrateRun.run(arguments + ["--depth", "256"], environment: ["NO_COLOR": "1"])
        #expect(run.stdout.contains("\u{1B}[38;5;"))
    }
}
