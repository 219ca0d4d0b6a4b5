/// The year cursor of timeline playback: which projection year the panels show, and whether
/// it moves by itself. Without a cursor the panels show the scenario as of its date.
public struct Timeline: Hashable, Sendable {
    public private(set) var year: Int?
    public private(set) var isPlaying = false
    /// How long playback stays on each year.
    public var secondsPerYear: Double = 1.5

    public static let paces: [Double] = [0.5, 1, 1.5, 2, 3, 5]

    public init(year: Int? = nil) {
        self.year = year
    }

    /// One year on (or back); from no cursor, forward starts at the first year and back at the
    /// last. Stops at the ends.
    public mutating func step(by delta: Int, through years: ClosedRange<Int>) {
        guard let current = year else {
            year = delta >= 0 ? years.lowerBound : years.upperBound
            return
        }
        year = min(max(current + delta, years.lowerBound), years.upperBound)
    }

    /// Space: play from the cursor (from the first year when there is none or it is at the
    /// end), or pause.
    public mutating func togglePlay(through years: ClosedRange<Int>) {
        if isPlaying {
            isPlaying = false
            return
        }
        if year == nil || year == years.upperBound { year = years.lowerBound }
        isPlaying = true
    }

    /// A playback tick: the next year, stopping on the last.
    public mutating func advance(through years: ClosedRange<Int>) {
        guard isPlaying else { return }
        step(by: 1, through: years)
        if year == years.upperBound { isPlaying = false }
    }

    public mutating func stop() {
        isPlaying = false
        year = nil
    }

    /// Keeps the cursor inside a horizon that changed (a reload).
    public mutating func clamp(to years: ClosedRange<Int>) {
        if let current = year { year = min(max(current, years.lowerBound), years.upperBound) }
    }

    public mutating func changePace(faster: Bool) {
        let index = Self.paces.firstIndex { $0 >= secondsPerYear } ?? Self.paces.count - 1
        secondsPerYear = Self.paces[min(max(0, index + (faster ? -1 : 1)), Self.paces.count - 1)]
    }
}
