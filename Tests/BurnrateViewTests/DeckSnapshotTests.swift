import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// Every slide of the built-in deck as text, compared with golden files in __Snapshots__ that
/// were looked at by eye when recorded. A missing golden file is recorded and the test fails.
@Suite(.snapshots(record: .missing))
struct DeckSnapshotTests {
    static let loaded = try! DeckCatalog.load(BuiltInDecks.defaultName)
    static let slideNumbers = Array(1...loaded.deck.slides.count)

    /// Slide `number` (from 1) nine and a half minutes into the talk, at five past two; a
    /// simulation slide with the hand-made result.
    static func state(slide number: Int, width: Int, height: Int) -> DeckState {
        var state = DeckState(loaded: loaded, width: width, height: height, theme: BuiltInThemes.named("default"))
        state.show(number - 1)
        if let request = state.simulationRequest {
            state = DeckUpdate.update(state, .simulated(revision: request.revision, SimulationFixture.result())).0
        }
        state = DeckUpdate.update(state, .tick(elapsed: 570, clock: ClockTime(hour: 14, minute: 5, second: 0))).0
        return state
    }

    static func screen(_ state: DeckState) -> String {
        CanvasRenderer.text(SlideView.render(state))
    }

    @Test(arguments: slideNumbers)
    func slideAt160x48(number: Int) {
        assertSnapshot(of: Self.screen(Self.state(slide: number, width: 160, height: 48)), as: .lines,
                       named: "slide-\(number)")
    }

    @Test(arguments: slideNumbers, [(100, 30), (60, 20)])
    func smallerSlide(number: Int, size: (Int, Int)) {
        assertSnapshot(of: Self.screen(Self.state(slide: number, width: size.0, height: size.1)), as: .lines,
                       named: "slide-\(number)-\(size.0)x\(size.1)")
    }

    /// The what-if panel over slide 3 (the investors), SoftBank taken down to 50 %: the slide
    /// keeps the top half and its figures show the change.
    @Test(arguments: [(160, 48), (100, 30)])
    func whatIfPanelOverASlide(size: (Int, Int)) {
        let keys: [Key] = [.character("w"), .down] + Array(repeating: .left, count: 5)
        let state = keys.reduce(Self.state(slide: 3, width: size.0, height: size.1)) { DeckUpdate.update($0, .key($1)).0 }
        assertSnapshot(of: Self.screen(state), as: .lines, named: "\(size.0)x\(size.1)")
    }

    /// Big figures alone, as large as their area allows: the block letters scale by whole steps.
    @Test(arguments: ["$850B", "22×", "3 OF 4"], [(60, 12), (30, 6)])
    func bigFigure(text: String, size: (Int, Int)) {
        var canvas = Canvas(width: size.0, height: size.1)
        canvas.render(BigText(text, alignment: .center), in: canvas.bounds)
        assertSnapshot(of: CanvasRenderer.text(canvas), as: .lines, named: "\(text)-\(size.0)x\(size.1)")
    }
}
