import BurnrateCore
import CNcursesw
import Glibc

/// The terminal in full-screen mode through ncursesw. Opening it takes over the terminal;
/// `close` (or the end of the program, a signal, a crash) gives it back as it was.
public final class CursesScreen {
    public private(set) var width: Int
    public private(set) var height: Int
    public let capabilities: ColorCapabilities
    public var depth: ColorDepth { capabilities.depth }
    public private(set) var lastFrame = FrameStatistics()
    public private(set) var isClosed = false

    let signals: SignalPipe
    /// Turns what ncurses reads into keys, pastes and mouse events (`CursesScreen+Input`).
    var decoder = InputDecoder()
    private let options: ScreenOptions
    private let terminal: OpaquePointer
    /// Said on stderr once the terminal is given back (a fallback description stood in for TERM).
    private let notice: String?
    private let output: FrameOutput
    /// Where frames are drawn: ncurses' virtual screen (`newscr`), which `doupdate` compares with
    /// what the terminal shows. Drawn into through stdscr, each frame would be held three times
    /// over by ncurses, 28 bytes a cell (215 KB at 160×48 each); stdscr is kept at one cell and
    /// serves only to read keys.
    private var window: UnsafeMutablePointer<WINDOW> { burnrate_newscr() }
    private var previous: Canvas?
    private var repaintTerminalOnNextFrame = false
    /// ncurses flushes its buffer at every cursor move until the screen has once come back
    /// from `endwin` (see FrameOutput).
    private var flushesAtEveryMove = true
    private var looks: [Style: Look] = [:]
    private var numbering: ColorNumbering
    private var pairs: ColorSlotCache<ColorPair>
    private var text = [wchar_t](repeating: 0, count: Int(burnrate_ccharw_max()) + 1)

    private struct ColorPair: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// A style as the resolver gave it and as ncurses takes it.
    private struct Look {
        var resolved: ResolvedStyle
        var attributes: attr_t
        var pair: Int32
    }

    public init(options: ScreenOptions = ScreenOptions()) throws {
        guard TerminalCheck.stdinIsTerminal, TerminalCheck.stdoutIsTerminal else { throw ScreenError.notATerminal }
        let terminalName = Self.environment("TERM") ?? ""
        setlocale(LC_ALL, "")
        var shellModes = termios()
        _ = tcgetattr(STDIN_FILENO, &shellModes)
        signals = try SignalPipe()
        let environment = Self.environment(["TERM", "NO_COLOR", "COLORTERM", "VTE_VERSION", "TERM_PROGRAM",
                                             "TERM_PROGRAM_VERSION", "XTERM_VERSION"])
        let hintedDepth = ColorDepth.hinted(by: environment)
        let candidates = TerminalDescription.candidates(term: terminalName, hintedDepth: hintedDepth)
        do {
            output = try FrameOutput(terminal: STDOUT_FILENO)
        } catch {
            signals.uninstall()
            throw error
        }
        guard !terminalName.isEmpty, let (terminal, description) = Self.open(candidates, output: output.cursesStream) else {
            output.close()
            signals.uninstall()
            throw ScreenError.unknownTerminal(terminalName)
        }
        // dumb and printing terminals open, and then cannot draw a screen.
        guard burnrate_terminfo_string("cup") != nil, tigetflag("hc") <= 0 else {
            endwin()
            delscreen(terminal)
            output.close()
            signals.uninstall()
            throw ScreenError.cannotAddressCursor(terminalName)
        }
        self.terminal = terminal
        notice = description.notice
        self.options = options
        let keys = burnrate_stdscr()
        raw()
        noecho()
        nonl()
        keypad(keys, true)
        for (sequence, code) in KeySequences.all where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
        nodelay(keys, true)
        leaveok(keys, true)
        leaveok(burnrate_newscr(), true)
        Self.shrinkKeyWindow()
        curs_set(0)
        set_escdelay(Int32(options.escapeDelayMilliseconds))

        var hasDefaultColors = false
        if has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == burnrate_ok()
        }
        capabilities = ColorCapabilities(
            colors: has_colors() ? Int(burnrate_colors()) : 0,
            pairs: has_colors() ? Int(burnrate_color_pairs()) : 0,
            canChangeColor: can_change_color(),
            directColor: tigetflag("RGB") > 0 || burnrate_colors() >= 1 << 24,
            hintedDepth: hintedDepth,
            noColor: !(environment["NO_COLOR"] ?? "").isEmpty,
            maximumDepth: options.maximumDepth)
        numbering = ColorNumbering(colors: min(capabilities.colors, capabilities.depth.rawValue),
                                   hasDefaultColors: hasDefaultColors, rgbMode: capabilities.rgbMode)
        pairs = ColorSlotCache(first: 1, count: capabilities.pairs - 1)
        let mouse = options.mouse && burnrate_enable_mouse() != 0
        width = Int(burnrate_cols())
        height = Int(burnrate_lines())

        TerminalRestorer.arm(fd: STDOUT_FILENO, resetSequence: Self.resetSequence(mouse: mouse),
                             shellModes: shellModes) { [weak self] in self?.close() }
        writeToTerminal(Self.bracketedPasteOn)
    }

    /// Pasted text comes between `ESC [ 200 ~` and `ESC [ 201 ~` (`InputDecoder`), so that it
    /// reaches a prompt as text rather than as keys; terminals without it ignore the request.
    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"

    /// The first of `candidates` that ncurses can open, and the screen it opened.
    private static func open(_ candidates: [TerminalDescription],
                             output: UnsafeMutablePointer<FILE>) -> (OpaquePointer, TerminalDescription)? {
        for candidate in candidates {
            if let screen = newterm(candidate.name, output, burnrate_stdin()) { return (screen, candidate) }
        }
        return nil
    }

    deinit {
        close()
    }

    public func present(_ canvas: Canvas, resolver: some StyleResolver) {
        guard !isClosed else { return }
        if looks.contains(where: { resolver.resolve($0.key) != $0.value.resolved }) {
            looks = [:]
            previous = nil
        }
        let fullRepaint = previous == nil
        if fullRepaint {
            werase(window)
        }
        let runs = FrameDiff.runs(from: previous, to: canvas)
        var cellsWritten = 0
        for run in runs where run.y < height {
            // Cells of a run mostly share their look: it is looked up again only when it changes.
            var previousLook: (cell: Cell, look: Look)?
            for column in run.x..<min(run.x + run.count, width) where !canvas[column, run.y].isContinuation {
                let cell = canvas[column, run.y]
                let look: Look
                if let previousLook, cell.hasSameStyle(as: previousLook.cell) {
                    look = previousLook.look
                } else {
                    look = self.look(cell.style, resolver: resolver)
                    previousLook = (cell, look)
                }
                put(cell, x: column, y: run.y, attributes: look.attributes, pair: look.pair)
                cellsWritten += 1
            }
        }
        previous = canvas
        lastFrame = FrameStatistics(runs: runs.count, cellsWritten: cellsWritten, fullRepaint: fullRepaint)
        guard !runs.isEmpty || repaintTerminalOnNextFrame else { return }
        if repaintTerminalOnNextFrame {
            clearok(burnrate_curscr(), true)
            repaintTerminalOnNextFrame = false
        }
        output.capture(prefix: options.synchronizedOutput ? Self.beginSynchronizedUpdate : [],
                       suffix: options.synchronizedOutput ? Self.endSynchronizedUpdate : []) {
            // The round trip runs inside the capture: what it writes (leave and re-enter the
            // alternate screen) reaches the terminal within the frame, and the terminal modes
            // it would set through the memory file stay as they are. endwin also takes the
            // cursor keys out of application mode, which keypad puts back in the same write.
            let roundTrip = flushesAtEveryMove
            if roundTrip { endwin() }
            doupdate()
            if roundTrip {
                keypad(burnrate_stdscr(), true)
                flushesAtEveryMove = false
            }
        }
    }

    private static let beginSynchronizedUpdate = Array("\u{1B}[?2026h".utf8)
    private static let endSynchronizedUpdate = Array("\u{1B}[?2026l".utf8)

    public func invalidate() {
        previous = nil
        repaintTerminalOnNextFrame = true
    }

    /// Gives the terminal back: mouse off, cursor shown, modes and screen as before. The screen
    /// draws nothing afterwards; calling it again does nothing.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        TerminalRestorer.disarm()
        if options.mouse { burnrate_disable_mouse() }
        writeToTerminal(Self.bracketedPasteOff)
        curs_set(1)
        endwin()
        delscreen(terminal)
        output.close()
        signals.uninstall()
        if let notice {
            let line = Array((notice + "\n").utf8)
            _ = write(STDERR_FILENO, line, line.count)
        }
    }

    /// Asks the kernel for the terminal's size and, when it changed, resizes ncurses to it.
    /// Returns the new size, or nil when it is the same.
    func updateSize() -> (width: Int, height: Int)? {
        var rows: Int32 = 0, columns: Int32 = 0
        guard burnrate_window_size(STDOUT_FILENO, &rows, &columns) == burnrate_ok(),
              Int(columns) != width || Int(rows) != height else { return nil }
        resizeterm(rows, columns)
        Self.shrinkKeyWindow()
        width = Int(burnrate_cols())
        height = Int(burnrate_lines())
        invalidate()
        return (width, height)
    }

    /// Ctrl-Z: leaves full-screen mode and stops; returns once continued (SIGCONT).
    func suspend() {
        if options.mouse { burnrate_disable_mouse() }
        writeToTerminal(Self.bracketedPasteOff)
        endwin()
        signals.stopProcess()
    }

    /// After SIGCONT: the terminal may have been used by the shell meanwhile, so everything
    /// is drawn again on the next frame (doupdate re-enters full-screen mode).
    func resume() {
        if options.mouse { _ = burnrate_enable_mouse() }
        writeToTerminal(Self.bracketedPasteOn)
        curs_set(0)
        // Re-entering full-screen mode sets the terminal's modes through ncurses' descriptor,
        // so it happens here, not in a captured frame.
        doupdate()
        invalidate()
    }

    /// stdscr down to one cell, left untouched: touched, the next key read would refresh it onto
    /// the screen outside a frame. Again after each resizeterm, which leaves a one-cell stdscr
    /// as it is unless the screen itself was one cell, and then grows it with the screen.
    private static func shrinkKeyWindow() {
        let keys = burnrate_stdscr()
        wresize(keys, 1, 1)
        untouchwin(keys)
    }

    private func put(_ cell: Cell, x: Int, y: Int, attributes: attr_t, pair: Int32) {
        var length = 0
        if let scalar = cell.scalar {
            text[0] = Self.drawable(scalar)
            length = 1
        } else {
            for scalar in cell.character.unicodeScalars where length < text.count - 1 {
                text[length] = Self.drawable(scalar)
                length += 1
            }
        }
        text[length] = 0
        _ = text.withUnsafeBufferPointer { buffer in
            burnrate_put_cell(window, Int32(y), Int32(x), buffer.baseAddress, attributes, pair)
        }
    }

    /// The last guard: `Canvas.put` already draws control characters as escapes, but a cell
    /// set some other way must still not move the cursor or start a sequence (C0, DEL, C1): a
    /// space stands in.
    private static func drawable(_ scalar: Unicode.Scalar) -> wchar_t {
        let value = scalar.value
        return wchar_t(bitPattern: value < 0x20 || (0x7F..<0xA0).contains(value) ? 0x20 : value)
    }

    private func look(_ style: Style, resolver: some StyleResolver) -> Look {
        if let look = looks[style] { return look }
        let resolved = resolver.resolve(style)
        let look = Look(resolved: resolved, attributes: Self.attributes(resolved.attributes), pair: colorPair(resolved))
        looks[style] = look
        return look
    }

    private func colorPair(_ style: ResolvedStyle) -> Int32 {
        guard depth != .monochrome else { return 0 }
        let foreground = colorNumber(style.foreground, foreground: true)
        let background = colorNumber(style.background, foreground: false)
        if foreground == -1 && background == -1 { return 0 }
        switch pairs.lookup(ColorPair(foreground: foreground, background: background)) {
        case .cached(let pair):
            return pair
        case .allocated(let pair):
            init_extended_pair(pair, foreground, background)
            return pair
        case .full:
            return 0
        }
    }

    private func colorNumber(_ color: TerminalColor, foreground: Bool) -> Int32 {
        let (number, newEntry) = numbering.number(for: color, foreground: foreground)
        if let entry = newEntry {
            let scale = { (component: UInt8) in Int32(component) * 1000 / 255 }
            init_extended_color(entry.number, scale(UInt8(entry.color.red)), scale(UInt8(entry.color.green)), scale(UInt8(entry.color.blue)))
        }
        return number
    }

    private static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = burnrate_a_normal()
        if attributes.contains(.bold) { result |= burnrate_a_bold() }
        if attributes.contains(.dim) { result |= burnrate_a_dim() }
        if attributes.contains(.italic) { result |= burnrate_a_italic() }
        if attributes.contains(.underline) { result |= burnrate_a_underline() }
        if attributes.contains(.reverse) { result |= burnrate_a_reverse() }
        return result
    }

    /// What leaves full-screen mode, taken from terminfo while ncurses runs, for the crash
    /// handler to write without ncurses.
    private static func resetSequence(mouse: Bool) -> [UInt8] {
        var sequence: [UInt8] = []
        let capability = { (name: String) in
            if let value = burnrate_terminfo_string(name) { sequence += Array(String(cString: value).utf8) }
        }
        capability("sgr0")
        if mouse { sequence += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l".utf8) }
        sequence += endSynchronizedUpdate + Array(bracketedPasteOff.utf8)
        capability("cnorm")
        capability("rmkx")
        capability("rmcup")
        return sequence
    }

    /// Outside a frame (bracketed paste on and off): straight to the terminal, never into the
    /// frame being captured.
    private func writeToTerminal(_ sequence: String) {
        output.writeAll(Array(sequence.utf8))
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func environment(_ names: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: names.compactMap { name in environment(name).map { (name, $0) } })
    }
}
