import BurnrateCore
import CNcursesw
import Testing
@testable import BurnrateTerminal

@Suite("Mouse decoding")
struct MouseDecoderTests {
    private func report(_ x: Int32, _ y: Int32, _ state: mmask_t) -> MouseDecoder.Report {
        MouseDecoder.Report(x: x, y: y, state: state)
    }

    /// A press and its release read in one go come under one KEY_MOUSE, and getmouse gives
    /// the release first: the press behind it is the click.
    @Test func aPressBehindItsReleaseIsKept() {
        let reports = [report(5, 5, burnrate_button1_released()), report(5, 5, burnrate_button1_pressed())]
        #expect(MouseDecoder.presses(newestFirst: reports) == [MouseEvent(x: 5, y: 5, button: .left)])
    }

    @Test func pressesComeOutInTheOrderTheyHappened() {
        let reports = [report(9, 2, burnrate_button5_pressed()), report(1, 1, burnrate_button1_released()),
                       report(1, 1, burnrate_button3_pressed())]
        #expect(MouseDecoder.presses(newestFirst: reports)
            == [MouseEvent(x: 1, y: 1, button: .right), MouseEvent(x: 9, y: 2, button: .scrollDown)])
    }

    @Test func reportsOfNoPressGiveNothing() {
        #expect(MouseDecoder.presses(newestFirst: [report(3, 4, burnrate_button1_released())]).isEmpty)
        #expect(MouseDecoder.presses(newestFirst: []).isEmpty)
    }
}
