/// Something a key can be bound to, by the name a config file and `burnrate keys` use. One
/// name means one thing in every mode it appears in, so rebinding it rebinds it everywhere.
public enum KeyAction: String, CaseIterable, Hashable, Sendable {
    case quit
    case redraw
    case help
    case nextTheme = "next-theme"
    case nextLayout = "next-layout"
    case focusNext = "focus-next"
    case focusPrevious = "focus-previous"
    case focusInvestors = "focus-investors"
    case focusCapacity = "focus-capacity"
    case focusRisk = "focus-risk"
    case focusLeft = "focus-left"
    case focusRight = "focus-right"
    /// The row above: the selection, the palette's choice, the what-if input, the compare view's scroll.
    case previousRow = "previous-row"
    case nextRow = "next-row"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case firstRow = "first-row"
    case lastRow = "last-row"
    /// Do what the choice in front of the user says: explain, run, keep, type, save, jump.
    case confirm
    case explain
    case zoom
    /// Close, cancel or step back out of whatever is open.
    case back
    case palette
    case filter
    case whatIfPanel = "what-if-panel"
    case decrease
    case increase
    case removePreset = "remove-preset"
    case resetWhatIf = "reset-what-if"
    case save
    case compare
    /// The simulation view: fan chart, shortfall probability, drivers.
    case simulation
    /// The session's alerts: the thresholds crossed.
    case alerts
    /// Private mode: confidential figures, and every figure computed from one, shown as •••.
    case privacy
    case playPause = "play-pause"
    case previousYear = "previous-year"
    case nextYear = "next-year"
    case slower
    case faster
    case deleteCharacter = "delete-character"
    case deleteWord = "delete-word"
    case clearLine = "clear-line"
    case yes
    case no
    case nextSlide = "next-slide"
    case previousSlide = "previous-slide"
    case firstSlide = "first-slide"
    case lastSlide = "last-slide"
    case goToSlide = "go-to-slide"
    case autoAdvance = "auto-advance"
    case blank
    case footer

    /// The name a config file writes.
    public var name: String { rawValue }
}
