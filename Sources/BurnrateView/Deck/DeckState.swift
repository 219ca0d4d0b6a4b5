import BurnrateModel

/// A presentation in progress, as a value: `DeckUpdate.update` makes the next one,
/// `SlideView.render` draws it.
public struct DeckState: Sendable, WhatIfHost {
    /// The deck and its scenarios; the scenario is replaced when its file is saved.
    public private(set) var loaded: LoadedDeck
    /// The slide shown, counted from 0.
    public private(set) var index = 0
    /// The deck's scenario with the shown slide's what-if applied, or what the presenter
    /// changed it to with the what-if panel.
    public internal(set) var model: ModelState
    public var width: Int
    public var height: Int
    public var theme: Theme
    public var glyphs: Glyphs
    /// The wall clock for the footer; nil leaves the clock and elapsed time out (handouts).
    public var clock: ClockTime?
    /// Seconds since the presentation started, as of the last tick.
    public private(set) var elapsed: Double = 0
    /// `elapsed` when the shown slide came up, or when auto-advance was last turned on.
    public private(set) var slideStartedAt: Double = 0
    public var isAutoAdvancing = false
    /// `b`: the screen is blank until the next key.
    public var isBlank = false
    /// `f` hides the footer.
    public var showsFooter = true
    /// The slide number being typed (after `g`, or after a digit), nil when none is.
    public var jump: String?
    /// `w`: the dashboard's what-if panel over the slide, to answer a question live.
    public var whatIfPanel: WhatIfPanelState?
    /// A line for the footer: a typed what-if value that does not fit, a preset applied.
    public var message: String?
    /// Over the slide while the scenario file is broken or deleted: the last good model stays.
    public var banner: Banner?
    /// Notes terminals following the presentation, for the footer; nil when none can (no
    /// socket, a handout).
    public internal(set) var notesTerminals: Int?

    /// The keys, as built in or as a config file rebinds them.
    public var keymap: Keymap = .defaults
    /// The simulation of the shown slide's scenario, for a simulation slide.
    public internal(set) var simulation = SimulationRun()

    public init(loaded: LoadedDeck, width: Int, height: Int, theme: Theme, glyphs: Glyphs = .unicode,
                clock: ClockTime? = nil) {
        self.loaded = loaded
        self.width = width
        self.height = height
        self.theme = theme
        self.glyphs = glyphs
        self.clock = clock
        model = ModelState(base: loaded.scenario, isPrivate: loaded.deck.isPrivate)
        show(0)
    }

    public var deck: Deck { loaded.deck }
    public var slide: Slide { deck.slides[index] }
    public var slideCount: Int { deck.slides.count }
    public var isLastSlide: Bool { index == slideCount - 1 }

    /// The shown slide's speaker notes, each `{indicator:ID}` in them the figure as the slide
    /// now shows it: with the slide's what-if, or the one the presenter changed it to.
    public var notes: String? {
        let analysis = model.analysis
        let figures = Figures(analysis.scenario)
        return slide.notes.map { notes in
            LiveNotes.filled(notes) { reference in analysis.indicator(reference.id).map(figures.indicator) }
        }
    }

    /// Seconds the shown slide stays up under auto-advance.
    public var slideSeconds: Double { deck.seconds(ofSlide: index) }

    /// How far through its time the shown slide is, from 0 to 1.
    public var slideProgress: Double {
        min(1, max(0, (elapsed - slideStartedAt) / slideSeconds))
    }

    /// Seconds since the start at which auto-advance moves on, nil when it will not.
    public var nextAdvance: Double? {
        isAutoAdvancing && !isLastSlide ? slideStartedAt + slideSeconds : nil
    }

    /// Shows slide `index` (clamped to the deck) with its what-if, its timer starting now.
    public mutating func show(_ index: Int) {
        self.index = min(max(0, index), slideCount - 1)
        slideStartedAt = elapsed
        jump = nil
        resetWhatIf()
    }

    /// Back to the shown slide's own what-if (none for most slides).
    public mutating func resetWhatIf() {
        model = ModelState(base: loaded.scenario, whatIf: slide.whatIf?.whatIf(for: loaded.scenario) ?? WhatIf(),
                           presetID: slide.whatIf?.preset?.id, after: model)
    }

    /// A scenario file that loaded again: the slide and the what-if on it stay, parts of the
    /// what-if that no longer fit are dropped (see `ModelState.replaceBase`).
    mutating func replaceScenario(_ scenario: Scenario) {
        loaded.scenario = scenario
        model.replaceBase(scenario)
    }

    /// The time moved on; auto-advance moves to the next slide when the shown one's time is up,
    /// and stops on the last.
    mutating func advanceClock(to seconds: Double) {
        elapsed = max(elapsed, seconds)
        guard let due = nextAdvance, elapsed >= due else {
            if isAutoAdvancing && isLastSlide && slideProgress >= 1 { isAutoAdvancing = false }
            return
        }
        show(index + 1)
    }

    mutating func toggleAutoAdvance() {
        isAutoAdvancing.toggle()
        if isAutoAdvancing { slideStartedAt = elapsed }
    }
}

extension DeckState {
    var whatIfDock: Rect? { SlideView.whatIfDock(self) }

    /// The run a simulation slide wants, nil on other slides or when its result is final.
    public var simulationRequest: SimulationRequest? {
        simulation.request(for: model, wanted: slide.kind == .simulation)
    }
}
