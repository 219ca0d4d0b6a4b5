/// A briefing: full-screen slides drawn from one scenario (README, "Presentation mode").
public struct Deck: Sendable, Equatable {
    public var title: String
    /// A theme name or file, as `--theme` takes it; nil for the user's default.
    public var theme: String?
    /// The scenario the slides show: a built-in name or a file, a relative path counting from
    /// the deck's own folder.
    public var scenario: String
    /// Seconds a slide stays up under auto-advance when it gives no `duration`.
    public var autoAdvanceSeconds: Double?
    public var slides: [Slide]
    /// `private: true`: presented, and handed out, with confidential figures hidden (`--private`).
    public var isPrivate: Bool

    public init(title: String, theme: String? = nil, scenario: String, autoAdvanceSeconds: Double? = nil, slides: [Slide],
                isPrivate: Bool = false) {
        self.title = title
        self.theme = theme
        self.scenario = scenario
        self.autoAdvanceSeconds = autoAdvanceSeconds
        self.slides = slides
        self.isPrivate = isPrivate
    }

    /// Seconds of auto-advance when neither the slide nor the deck says.
    public static let fallbackSlideSeconds = 30.0

    /// The scenarios `slide` shows beside or instead of the deck's own, as the deck refers to
    /// them: a compare slide's other one; a league slide's `scenarios`, else every built-in
    /// scenario and then the deck's own when it is a file.
    public func references(of slide: Slide) -> [String] {
        switch slide.kind {
        case .compare: return slide.compare.map { [$0] } ?? []
        case .league:
            let builtIns = BuiltInScenarios.names
            return slide.scenarios ?? (builtIns.contains(scenario) ? builtIns : builtIns + [scenario])
        default: return []
        }
    }

    /// How long slide `index` stays up under auto-advance.
    public func seconds(ofSlide index: Int) -> Double {
        slides[index].duration ?? autoAdvanceSeconds ?? Self.fallbackSlideSeconds
    }
}

/// A deck with the scenarios it refers to, loaded and checked against each other.
public struct LoadedDeck: Sendable, Equatable {
    public var deck: Deck
    public var scenario: Scenario
    /// The scenarios compare and league slides show beside the deck's own (`Deck.references(of:)`),
    /// by the reference written in the deck.
    public let comparisons: [String: Scenario]
    /// Their analyses, worked out once when they are loaded rather than for every frame of a
    /// compare slide.
    public let comparedAnalyses: [String: Analysis]

    public init(deck: Deck, scenario: Scenario, comparisons: [String: Scenario] = [:]) {
        self.deck = deck
        self.scenario = scenario
        self.comparisons = comparisons
        comparedAnalyses = comparisons.mapValues(Analysis.init(scenario:))
    }
}
