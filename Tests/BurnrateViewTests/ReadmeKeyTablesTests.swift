import Foundation
import Testing
@testable import BurnrateView

/// The README's key tables are the keymap's: each block between `<!-- keys: MODE… -->` and
/// `<!-- /keys -->` is what `KeyTable.markdown` makes of those modes' default bindings.
@Suite struct ReadmeKeyTablesTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    struct Block {
        let modes: [String]
        let text: String
    }

    static func blocks(in readme: String) -> [Block] {
        var blocks: [Block] = []
        var current: (modes: [String], lines: [Substring])?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<!-- keys:"), line.hasSuffix("-->") {
                let names = line.dropFirst("<!-- keys:".count).dropLast("-->".count)
                current = (names.split(separator: " ").map(String.init), [])
            } else if line == "<!-- /keys -->", let block = current {
                blocks.append(Block(modes: block.modes, text: block.lines.joined(separator: "\n") + "\n"))
                current = nil
            } else {
                current?.lines.append(line)
            }
        }
        return blocks
    }

    @Test func everyKeyTableOfTheReadmeIsTheKeymaps() throws {
        let blocks = Self.blocks(in: try String(contentsOf: Self.readme, encoding: .utf8))
        #expect(blocks.map(\.modes) == [["dashboard", "what-if", "compare", "simulation", "league"], ["presentation", "slide-number"], ["notes"]])
        for block in blocks {
            let modes = try block.modes.map { name in try #require(KeyMode(rawValue: name)) }
            let expected = KeyTable.markdown(modes.map { Keymap.defaults[$0] })
            #expect(block.text == expected, "README block \(block.modes) should read:\n\(expected)")
        }
    }

    @Test func tablesEscapeWhatWouldEndACell() throws {
        let map = try Keymap.defaults.rebinding([.quit: [.character("|"), .character("`")]]).keymap
        #expect(KeyTable.markdown([map[.notes]]) == """
            | keys | action | what it does |
            |---|---|---|
            | `ctrl-l` | `redraw` | redraw the screen |
            | `\\|` `` ` `` | `quit` | quit |

            """)
    }
}
