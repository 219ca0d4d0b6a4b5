import BurnrateCore

public struct ScreenOptions: Hashable, Sendable {
    /// Caps the detected colour depth (a `--colors` option, or a monochrome theme).
    public var maximumDepth: ColorDepth
    /// Report mouse presses and the wheel.
    public var mouse: Bool
    /// Wrap each frame in `ESC[?2026h` … `ESC[?2026l` so the terminal shows it at once, not
    /// half-drawn (mosh, ssh); terminals without it ignore the two sequences.
    public var synchronizedOutput: Bool
    /// How long a lone Esc waits for the rest of an escape sequence.
    public var escapeDelayMilliseconds: Int

    public init(maximumDepth: ColorDepth = .trueColor, mouse: Bool = true, synchronizedOutput: Bool = true,
                escapeDelayMilliseconds: Int = 25) {
        self.maximumDepth = maximumDepth
        self.mouse = mouse
        self.synchronizedOutput = synchronizedOutput
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
    }
}

/// What the last `present` did, for benchmarks and the debug overlay.
public struct FrameStatistics: Hashable, Sendable {
    /// Runs of changed cells (see `FrameDiff`).
    public var runs: Int
    /// Cells handed to ncurses; continuation halves of wide characters are not counted.
    public var cellsWritten: Int
    /// The frame was drawn in full (first frame, resize, resume, theme change, `invalidate`).
    public var fullRepaint: Bool

    public init(runs: Int = 0, cellsWritten: Int = 0, fullRepaint: Bool = false) {
        self.runs = runs
        self.cellsWritten = cellsWritten
        self.fullRepaint = fullRepaint
    }
}
