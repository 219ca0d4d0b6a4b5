import BurnrateTerminal
import BurnrateView
import Glibc

// A tiny full-screen program for the end-to-end tests in tmux: shows its size, the colour
// depth, its pid and the last input, quits on q, crashes on ! (to test the crash restore).

struct ProbeResolver: StyleResolver {
    let depth: ColorDepth
    func resolve(_ style: Style) -> ResolvedStyle {
        let accent: TerminalColor = depth == .monochrome ? .terminalDefault : .indexed(2)
        return ResolvedStyle(foreground: style.foreground == .accent ? accent : .terminalDefault,
                             background: .terminalDefault, attributes: style.attributes)
    }
}

struct ProbeState {
    var lastEvent = "none"
    var width: Int
    var height: Int
}

struct Probe: Program {
    let screen: CursesScreen

    func events(for input: TerminalInput) -> [TerminalInput] { [input] }

    func update(_ state: ProbeState, _ input: TerminalInput) -> (ProbeState, [Effect<TerminalInput>]) {
        var state = state
        switch input {
        case .key(let key): state.lastEvent = "key \(key)"
        case .paste(let text): state.lastEvent = "paste \(text)"
        case .mouse(let mouse): state.lastEvent = "mouse \(mouse.button) \(mouse.x),\(mouse.y)"
        case .resize(let width, let height):
            state.lastEvent = "resize \(width)x\(height)"
            (state.width, state.height) = (width, height)
        }
        switch input {
        case .key(.character("q")): return (state, [.quit])
        case .key(.character("!")): fatalError("probe crash requested")
        default: return (state, [])
        }
    }

    func subscriptions(_ state: ProbeState) -> [Subscription<TerminalInput>] { [] }

    func view(_ state: ProbeState) -> Frame {
        let (width, height) = (state.width, state.height)
        var canvas = Canvas(width: width, height: height)
        canvas.put("probe \(width)x\(height)", x: 0, y: 0, style: Style(.accent, on: .background, .bold))
        canvas.put("last: \(state.lastEvent)", x: 0, y: 1)
        canvas.put("depth: \(screen.depth) colors: \(screen.capabilities.colors)", x: 0, y: 2)
        canvas.put("wide: 宽字 €█", x: 0, y: 3)
        canvas.put("pid: \(getpid())", x: 0, y: 4)
        canvas.put("end", x: max(0, width - 3), y: max(0, height - 1))
        return Frame(canvas: canvas, resolver: ProbeResolver(depth: screen.depth))
    }
}

let screen: CursesScreen
do {
    screen = try CursesScreen()
} catch {
    let message = Array("burnrate-probe: \(error)\n".utf8)
    _ = write(STDERR_FILENO, message, message.count)
    exit(2)
}
let (_, ending) = ProgramRunner.run(Probe(screen: screen), from: ProbeState(width: screen.width, height: screen.height),
                                    on: screen)
screen.close()
switch ending {
case .quit: print("probe exit: q")
case .interrupted: print("probe exit: quit signal")
case .hangup: print("probe exit: hangup")
}
