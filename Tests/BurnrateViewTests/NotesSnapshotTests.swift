import SnapshotTesting
import Testing
@testable import BurnrateView

/// The notes terminal as text, compared with golden files in __Snapshots__ that were looked at
/// by eye when recorded. A missing golden file is recorded and the test fails.
@Suite(.snapshots(record: .missing))
struct NotesSnapshotTests {
    static let message = NotesMessage(
        index: 2, count: 12, title: "Who pays: four strategic investors",
        notes: "Amazon, SoftBank, Nvidia and Microsoft put in the money. Stress that these are strategic, "
            + "partly projected commitments.\nThen turn to what the money buys: capacity.",
        nextTitle: "For what capacity", budgetSeconds: 60, slideElapsed: 30, talkElapsed: 125)

    static func screen(_ events: [NotesEvent], width: Int = 80, height: Int = 20) -> String {
        let start = NotesState(deckName: "openai-2026-02", width: width, height: height, theme: BuiltInThemes.named("default"))
        return CanvasRenderer.text(NotesView.render(events.reduce(start) { NotesUpdate.update($0, $1).0 }))
    }

    @Test func waiting() {
        assertSnapshot(of: Self.screen([]), as: .lines, named: "notes-waiting")
    }

    /// Halfway through a 60 s slide, two minutes and five seconds into the talk.
    @Test func following() {
        assertSnapshot(of: Self.screen([.received(Self.message)]), as: .lines, named: "notes-following")
    }

    /// Fifteen seconds over a 60 s budget: 30 + 45 = 75 s.
    @Test func overBudget() {
        assertSnapshot(of: Self.screen([.received(Self.message), .tick(45)], width: 60, height: 14), as: .lines,
                       named: "notes-over-budget")
    }

    @Test func ended() {
        var last = Self.message
        last.index = 11
        last.nextTitle = nil
        last.notes = ""
        assertSnapshot(of: Self.screen([.received(last), .disconnected]), as: .lines, named: "notes-ended")
    }
}
