import BurnrateTerminal
import BurnrateView
import Glibc

// A tiny full-screen program for the end-to-end tests in tmux: shows its size, the colour
// depth, its pid and the last event, quits on q, crashes on ! (to test the crash restore).

struct ProbeState {
    var lastEvent = "none"
    var quitReason = "q"
}

struct ProbeResolver: StyleResolver {
    let depth: ColorDepth
    func resolve(_ style: Style) -> ResolvedStyle {
        let accent: TerminalColor = depth == .monochrome ? .terminalDefault : .indexed(2)
        return ResolvedStyle(foreground: style.foreground == .accent ? accent : .terminalDefault,
                             background: .terminalDefault, attributes: style.attributes)
    }
}

func describe(_ event: TerminalEvent) -> String {
    switch event {
    case .key(let key): return "key \(key)"
    case .paste(let text): return "paste \(text)"
    case .mouse(let mouse): return "mouse \(mouse.button) \(mouse.x),\(mouse.y)"
    case .resize(let width, let height): return "resize \(width)x\(height)"
    case .signal(let signal): return "signal \(signal)"
    case .timer: return "timer"
    case .readable(let fd): return "readable \(fd)"
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
let resolver = ProbeResolver(depth: screen.depth)
let final = EventLoop(screen: screen).run(
    initial: ProbeState(),
    update: { state, event in
        var state = state
        state.lastEvent = describe(event)
        switch event {
        case .key(.character("q")): return (state, .quit)
        case .key(.character("!")): fatalError("probe crash requested")
        case .signal(.quit): state.quitReason = "quit signal"
        case .signal(.hangup): state.quitReason = "hangup"
        default: break
        }
        return (state, .continue)
    },
    view: { state, width, height in
        var canvas = Canvas(width: width, height: height)
        canvas.put("probe \(width)x\(height)", x: 0, y: 0, style: Style(.accent, on: .background, .bold))
        canvas.put("last: \(state.lastEvent)", x: 0, y: 1)
        canvas.put("depth: \(screen.depth) colors: \(screen.capabilities.colors)", x: 0, y: 2)
        canvas.put("wide: 宽字 €█", x: 0, y: 3)
        canvas.put("pid: \(getpid())", x: 0, y: 4)
        canvas.put("end", x: max(0, width - 3), y: max(0, height - 1))
        return canvas
    },
    resolver: { _ in resolver })
screen.close()
print("probe exit: \(final.quitReason)")
