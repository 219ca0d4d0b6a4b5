extension Keymap {
    /// The keys of a view that scrolls by rows: the compare view and the league table.
    private static let scrollKeys = [
        KeyBinding(.previousRow, [.up, .character("k")], "scroll up a row", footer: "scroll"),
        KeyBinding(.nextRow, [.down, .character("j")], "scroll down a row", footer: "scroll"),
        KeyBinding(.pageUp, [.pageUp], "scroll up a page", footer: "scroll"),
        KeyBinding(.pageDown, [.pageDown], "scroll down a page", footer: "scroll"),
        KeyBinding(.firstRow, [.home], "scroll to the top"),
        KeyBinding(.lastRow, [.end], "scroll to the end"),
    ]

    /// The built-in keys. Help lists each mode's bindings in this order, and the footer takes
    /// its hints from them in this order too.
    public static let defaults = Keymap([
        ModeKeymap(.dashboard, [
            KeyBinding(.focusNext, [.tab], "focus the next panel", footer: "panel", row: .focus),
            KeyBinding(.focusPrevious, [.backTab], "focus the previous panel", row: .focus),
            KeyBinding(.focusInvestors, [.character("1")], "focus the investors panel", row: .focusPanel),
            KeyBinding(.focusCapacity, [.character("2")], "focus the capacity panel", row: .focusPanel),
            KeyBinding(.focusRisk, [.character("3")], "focus the risk panel", row: .focusPanel),
            KeyBinding(.previousRow, [.up, .character("k")], "select the row above (above the first row: the header row)",
                       footer: "select", row: .select),
            KeyBinding(.nextRow, [.down, .character("j")], "select the row below", footer: "select", row: .select),
            KeyBinding(.focusLeft, [.left, .character("h")], "focus the panel to the left", row: .focusSide),
            KeyBinding(.focusRight, [.right, .character("l")], "focus the panel to the right", row: .focusSide),
            KeyBinding(.pageUp, [.pageUp], "move the selection up a page; scroll help or an explanation up", row: .page),
            KeyBinding(.pageDown, [.pageDown], "move the selection down a page; scroll help or an explanation down", row: .page),
            KeyBinding(.firstRow, [.home], "select the first row", row: .page),
            KeyBinding(.lastRow, [.end], "select the last row", row: .page),
            KeyBinding(.confirm, [.enter], "explain the selected figure (zoom when nothing is selected)", footer: "explain"),
            KeyBinding(.explain, [.character("e")], "explain the selected figure"),
            KeyBinding(.palette, [.character(":")], "palette: any action, preset, theme, what-if input; set PATH=VALUE",
                       footer: "commands"),
            KeyBinding(.filter, [.character("/")], "filter the focused panel's rows", footer: "filter", row: .filter),
            KeyBinding(.zoom, [.character("z")], "zoom the focused panel to full screen, or back", footer: "zoom"),
            KeyBinding(.back, [.escape], "close, unzoom, clear the selection"),
            KeyBinding(.whatIfPanel, [.character("w")], "the what-if panel of inputs, or close it", footer: "what-if", row: .whatIf),
            KeyBinding(.resetWhatIf, [.character("r")], "reset the what-if: back to the scenario as loaded"),
            KeyBinding(.save, [.character("s")], "save the what-if as a new scenario file (asks before overwriting)"),
            KeyBinding(.compare, [.character("c")], "compare side by side with another scenario, or back", footer: "compare"),
            KeyBinding(.alerts, [.character("!")], "the alerts of this session: thresholds crossed, when and why; or back"),
            KeyBinding(.playPause, [.character(" ")], "play or pause the timeline through the projection years", footer: "play"),
            KeyBinding(.previousYear, [.character("[")], "timeline: previous year", row: .year),
            KeyBinding(.nextYear, [.character("]")], "timeline: next year", row: .year),
            KeyBinding(.slower, [.character("<")], "timeline: slower playback", row: .speed),
            KeyBinding(.faster, [.character(">")], "timeline: faster playback", row: .speed),
            KeyBinding(.nextTheme, [.character("t")], "next theme", footer: "theme"),
            KeyBinding(.simulation, [.character("u")], "the simulation: fan of cash, chance of a shortfall, drivers; or back",
                       footer: "simulation"),
            KeyBinding(.nextLayout, [.character("L")], "next layout preset: default, risk focus, briefing, then the config's"),
            KeyBinding(.privacy, [.character("p")], "private mode: hide confidential figures and all worked out from them"),
            KeyBinding(.help, [.character("?")], "every key, then what every column of every panel holds", footer: "help", row: .help),
            KeyBinding(.redraw, [.ctrl("l")], "redraw the screen"),
            KeyBinding(.quit, [.character("q"), .ctrl("c")], "quit", footer: "quit"),
        ]),
        ModeKeymap(.explain, [
            KeyBinding(.back, [.escape], "close the explanation", footer: "close"),
            KeyBinding(.confirm, [.enter], "close the explanation"),
            KeyBinding(.previousRow, [.up, .character("k")], "explain the figure above", footer: "previous / next figure"),
            KeyBinding(.nextRow, [.down, .character("j")], "explain the figure below", footer: "previous / next figure"),
            KeyBinding(.pageUp, [.pageUp], "scroll the explanation up"),
            KeyBinding(.pageDown, [.pageDown], "scroll the explanation down"),
            KeyBinding(.quit, [.character("q"), .ctrl("c")], "quit", footer: "quit"),
        ]),
        ModeKeymap(.whatIf, [
            KeyBinding(.previousRow, [.up, .character("k")], "the input above", footer: "input"),
            KeyBinding(.nextRow, [.down, .character("j")], "the input below", footer: "input"),
            KeyBinding(.firstRow, [.home], "the first input"),
            KeyBinding(.lastRow, [.end], "the last input"),
            KeyBinding(.decrease, [.left, .character("h"), .character("-")], "lower the input a step (on a preset: the column to the left)",
                       footer: "change"),
            KeyBinding(.increase, [.right, .character("l"), .character("+"), .character("=")],
                       "raise the input a step (on a preset: the column to the right)", footer: "change"),
            KeyBinding(.confirm, [.enter], "type a value, or add the preset over the others", footer: "type"),
            KeyBinding(.removePreset, [.character("x"), .delete, .backspace], "take an applied preset off"),
            KeyBinding(.resetWhatIf, [.character("r")], "reset the what-if (on a slide: to the slide's own)", footer: "reset"),
            KeyBinding(.save, [.character("s")], "save the what-if as a new scenario file", footer: "save"),
            KeyBinding(.whatIfPanel, [.character("w")], "close the panel", footer: "close"),
            KeyBinding(.back, [.escape], "close the panel"),
            KeyBinding(.help, [.character("?")], "every key, then what every column of every panel holds", footer: "help"),
            KeyBinding(.quit, [.character("q"), .ctrl("c")], "quit", footer: "quit"),
        ]),
        ModeKeymap(.whatIfValue, [
            KeyBinding(.confirm, [.enter], "apply the value typed"),
            KeyBinding(.back, [.escape], "give up typing"),
            KeyBinding(.deleteCharacter, [.backspace], "delete the last character"),
            KeyBinding(.clearLine, [.ctrl("u")], "clear the value"),
            KeyBinding(.redraw, [.ctrl("l")], "redraw the screen"),
            KeyBinding(.quit, [.ctrl("c")], "quit"),
        ]),
        ModeKeymap(.compare, scrollKeys + [
            KeyBinding(.compare, [.character("c")], "close the comparison", footer: "close compare"),
            KeyBinding(.back, [.escape], "close the comparison"),
            KeyBinding(.whatIfPanel, [.character("w")], "the what-if panel", footer: "what-if"),
            KeyBinding(.help, [.character("?")], "every key, then what every column of every panel holds", footer: "help"),
            KeyBinding(.quit, [.character("q"), .ctrl("c")], "quit", footer: "quit"),
        ]),
        ModeKeymap(.simulation, [
            KeyBinding(.previousRow, [.up, .character("k")], "select the figure above (a year, then the drivers)", footer: "select"),
            KeyBinding(.nextRow, [.down, .character("j")], "select the figure below", footer: "select"),
            KeyBinding(.firstRow, [.home], "select the first year"),
            KeyBinding(.lastRow, [.end], "select the last driver"),
            KeyBinding(.confirm, [.enter], "explain how the selected figure was computed", footer: "explain"),
            KeyBinding(.explain, [.character("e")], "explain how the selected figure was computed"),
            KeyBinding(.simulation, [.character("u")], "close the simulation view", footer: "close"),
            KeyBinding(.back, [.escape], "close the simulation view"),
            KeyBinding(.whatIfPanel, [.character("w")], "the what-if panel: each change starts a new run", footer: "what-if"),
            KeyBinding(.help, [.character("?")], "every key, then what every column of every panel holds", footer: "help"),
            KeyBinding(.quit, [.character("q"), .ctrl("c")], "quit", footer: "quit"),
        ]),
        ModeKeymap(.league, scrollKeys + [
            KeyBinding(.back, [.escape], "close the league table", footer: "close"),
            KeyBinding(.help, [.character("?")], "every key, then what every column of every panel holds", footer: "help"),
            KeyBinding(.quit, [.character("q"), .ctrl("c")], "quit", footer: "quit"),
        ]),
        ModeKeymap(.palette, [
            KeyBinding(.confirm, [.enter], "run the chosen action, or apply set PATH=VALUE", footer: "run"),
            KeyBinding(.previousRow, [.up, .ctrl("p")], "choose the action above", footer: "choose"),
            KeyBinding(.nextRow, [.down, .ctrl("n")], "choose the action below", footer: "choose"),
            KeyBinding(.pageUp, [.pageUp], "choose a page up"),
            KeyBinding(.pageDown, [.pageDown], "choose a page down"),
            KeyBinding(.firstRow, [.home], "choose the first action"),
            KeyBinding(.lastRow, [.end], "choose the last action"),
            KeyBinding(.back, [.escape], "close the palette", footer: "close"),
            KeyBinding(.deleteCharacter, [.backspace], "delete the last character"),
            KeyBinding(.deleteWord, [.ctrl("w")], "delete the last word"),
            KeyBinding(.clearLine, [.ctrl("u")], "clear the query"),
            KeyBinding(.redraw, [.ctrl("l")], "redraw the screen"),
            KeyBinding(.quit, [.ctrl("c")], "quit"),
        ]),
        ModeKeymap(.filter, [
            KeyBinding(.confirm, [.enter], "keep the filter", footer: "keep filter"),
            KeyBinding(.back, [.escape], "clear the filter", footer: "clear"),
            KeyBinding(.previousRow, [.up], "select the row above among those left", footer: "select"),
            KeyBinding(.nextRow, [.down], "select the row below among those left", footer: "select"),
            KeyBinding(.pageUp, [.pageUp], "select a page up"),
            KeyBinding(.pageDown, [.pageDown], "select a page down"),
            KeyBinding(.firstRow, [.home], "select the first row"),
            KeyBinding(.lastRow, [.end], "select the last row"),
            KeyBinding(.deleteCharacter, [.backspace], "delete the last character"),
            KeyBinding(.deleteWord, [.ctrl("w")], "delete the last word"),
            KeyBinding(.clearLine, [.ctrl("u")], "clear the filter as typed"),
            KeyBinding(.redraw, [.ctrl("l")], "redraw the screen"),
            KeyBinding(.quit, [.ctrl("c")], "quit"),
        ]),
        ModeKeymap(.savePath, [
            KeyBinding(.confirm, [.enter], "save to the path typed"),
            KeyBinding(.back, [.escape], "do not save"),
            KeyBinding(.deleteCharacter, [.backspace], "delete the last character"),
            KeyBinding(.clearLine, [.ctrl("u")], "clear the path"),
            KeyBinding(.redraw, [.ctrl("l")], "redraw the screen"),
            KeyBinding(.quit, [.ctrl("c")], "quit"),
        ]),
        ModeKeymap(.saveOverwrite, [
            KeyBinding(.yes, [.character("y"), .character("Y")], "overwrite the file"),
            KeyBinding(.no, [.character("n"), .character("N")], "keep the file and type another path"),
            KeyBinding(.back, [.escape], "do not save"),
            KeyBinding(.redraw, [.ctrl("l")], "redraw the screen"),
            KeyBinding(.quit, [.ctrl("c")], "quit"),
        ]),
        ModeKeymap(.presentation, [
            KeyBinding(.nextSlide, [.right, .character(" "), .pageDown], "next slide"),
            KeyBinding(.previousSlide, [.left, .pageUp], "previous slide"),
            KeyBinding(.firstSlide, [.home], "first slide"),
            KeyBinding(.lastSlide, [.end], "last slide"),
            KeyBinding(.goToSlide, [.character("g")], "type a slide number, then enter, to jump (or just type the number)"),
            KeyBinding(.autoAdvance, [.character("a")], "auto-advance, with a progress bar for the current slide"),
            KeyBinding(.blank, [.character("b")], "blank the screen (any key brings it back)"),
            KeyBinding(.footer, [.character("f")], "hide or show the footer (slide n/N, elapsed time, clock)"),
            KeyBinding(.whatIfPanel, [.character("w")], "the dashboard's what-if panel over the slide"),
            KeyBinding(.privacy, [.character("p")], "private mode: hide confidential figures and all worked out from them"),
            KeyBinding(.redraw, [.ctrl("l")], "redraw the screen"),
            KeyBinding(.quit, [.character("q"), .ctrl("c")], "quit"),
        ]),
        ModeKeymap(.slideNumber, [
            KeyBinding(.confirm, [.enter], "jump to the slide", footer: "jumps"),
            KeyBinding(.back, [.escape], "cancel", footer: "cancels"),
            KeyBinding(.deleteCharacter, [.backspace], "delete the last digit"),
        ]),
        ModeKeymap(.notes, [
            KeyBinding(.redraw, [.ctrl("l")], "redraw the screen"),
            KeyBinding(.quit, [.character("q"), .ctrl("c")], "quit"),
        ]),
    ])
}

extension HelpRow {
    static let focus = HelpRow("focus the next / previous panel", between: " / ")
    static let focusPanel = HelpRow("focus investors, capacity, risk")
    static let select = HelpRow("move the selection (above the first row: the header row)")
    static let focusSide = HelpRow("focus the panel to the left / right")
    static let page = HelpRow("move the selection by a page, to the ends")
    static let filter = HelpRow("filter the focused panel's rows ({filter confirm} keeps it, {filter back} clears it)")
    static let whatIf = HelpRow("what-if panel: {what-if previous-row next-row} pick an input, {what-if decrease increase or} change it "
        + "({what-if decrease increase} on a preset: next column), {what-if confirm} type a value or add a preset, "
        + "{what-if remove-preset} take a preset off")
    static let year = HelpRow("timeline: previous / next year")
    static let speed = HelpRow("timeline: slower / faster playback")
    static let help = HelpRow("this help")
}

extension Keymap {
    /// A click is no key, so no binding: help lists it after the dashboard's keys.
    static let clickHelp = (keys: "mouse click", text: "focus a panel, select a row")
}
