/// One slide of a deck: a view of the model (or a big figure, or text), with what the
/// presenter says over it.
public struct Slide: Sendable, Equatable {
    public var kind: SlideKind
    public var title: String
    /// A line or two under the view, in large type.
    public var caption: String?
    /// Speaker notes: in handouts, not on the slide.
    public var notes: String?
    /// Seconds under auto-advance; the deck's `auto_advance` when nil.
    public var duration: Double?
    /// Applied while the slide is shown, over the deck's scenario.
    public var whatIf: SlideWhatIf?
    /// The timeline cursor while the slide is shown.
    public var year: Int?
    public var highlight: SlideHighlight?
    /// What a `figure` slide shows in block letters.
    public var figure: SlideFigure?
    /// The text of a `text` slide; lines starting "- " are bullets.
    public var body: String?
    /// The scenario a `compare` slide sets beside the deck's, as written in the deck.
    public var compare: String?
    /// The scenarios a `league` slide sets side by side, as written in the deck; nil for its
    /// default (`Deck.references(of:)`).
    public var scenarios: [String]?

    public init(kind: SlideKind, title: String, caption: String? = nil, notes: String? = nil, duration: Double? = nil,
                whatIf: SlideWhatIf? = nil, year: Int? = nil, highlight: SlideHighlight? = nil,
                figure: SlideFigure? = nil, body: String? = nil, compare: String? = nil, scenarios: [String]? = nil) {
        self.kind = kind
        self.title = title
        self.caption = caption
        self.notes = notes
        self.duration = duration
        self.whatIf = whatIf
        self.year = year
        self.highlight = highlight
        self.figure = figure
        self.body = body
        self.compare = compare
        self.scenarios = scenarios
    }
}

/// What a slide draws, as written after `view:`.
public enum SlideKind: String, Sendable, Equatable, CaseIterable {
    /// The three dashboard panels side by side.
    case dashboard
    case investors
    case capacity
    case risk
    /// Capacity, revenue, burn and cash year by year, the cursor on the slide's year.
    case timeline
    /// Key figures of the deck's scenario beside another one.
    case compare
    /// One figure in block letters.
    case figure
    case text
    /// The Monte Carlo simulation: the chance of a shortfall by the horizon in block letters,
    /// the fan chart of year-end cash, and the drivers.
    case simulation
    /// Scenarios side by side, a row per indicator, the worst in each row marked.
    case league
}

/// A big figure: an indicator's value in its unit ("44.9×"), or text as written ("$850B").
public enum SlideFigure: Sendable, Equatable {
    case indicator(String)
    case text(String)
}

/// The one row a slide picks out: an investor, a provider or an indicator.
public enum SlideHighlight: Sendable, Equatable {
    /// An investor id.
    case investor(String)
    /// A provider name, spelt as in the scenario.
    case provider(String)
    /// An indicator id.
    case indicator(String)
}

/// A slide's what-if: a stress preset, `--set` settings over it, or both.
public struct SlideWhatIf: Sendable, Equatable {
    public var preset: StressPreset?
    /// The settings folded into one what-if, in the order written.
    public var settings: WhatIf

    public init(preset: StressPreset? = nil, settings: WhatIf = WhatIf()) {
        self.preset = preset
        self.settings = settings
    }

    /// The adjustments for `scenario`: the preset's, with the settings over them.
    public func whatIf(for scenario: Scenario) -> WhatIf {
        (preset?.whatIf(for: scenario) ?? WhatIf()).merged(with: settings)
    }
}
