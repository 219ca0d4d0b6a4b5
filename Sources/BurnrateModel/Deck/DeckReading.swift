import BurnrateYAML

/// One pass over a deck file: reads every part it can and checks every id, year and what-if
/// against the deck's scenario, so that all problems come out together.
final class DeckReading {
    static let deckKeys = ["title", "theme", "scenario", "auto_advance", "slides", "private"]
    static let slideKeys = ["view", "title", "caption", "notes", "duration", "what_if", "year", "highlight", "figure",
                            "body", "compare", "scenarios"]
    /// The keys only one kind of slide takes, and whether it must give them.
    static let keysOfKind: [(kind: SlideKind, key: String, isRequired: Bool)] = [
        (.figure, "figure", true), (.text, "body", true), (.compare, "compare", true), (.league, "scenarios", false),
    ]

    let collector: DiagnosticCollector
    private let loadScenario: (String) throws(DiagnosticList) -> Scenario
    /// Problems inside the scenario files the deck names, in their own files.
    private(set) var scenarioDiagnostics: [Diagnostic] = []
    private(set) var comparisons: [String: Scenario] = [:]
    private var failedReferences: Set<String> = []

    init(collector: DiagnosticCollector, loadScenario: @escaping (String) throws(DiagnosticList) -> Scenario) {
        self.collector = collector
        self.loadScenario = loadScenario
    }

    func deck(_ reader: NodeReader) -> LoadedDeck? {
        guard reader.kind == .mapping else {
            return reader.expected("a mapping of deck keys (title, scenario, slides, …)")
        }
        guard !FileKind.deck.reportsOtherKind(at: reader) else { return nil }
        guard let fields = reader.fields(Self.deckKeys) else { return nil }
        let title = fields.required("title") { $0.string() }
        let theme = fields.optional("theme") { $0.string() }
        let scenarioReader = fields.optional("scenario")
        let reference = scenarioReader.map { $0.string() } ?? BuiltInScenarios.defaultName
        let scenario = reference.flatMap { reference in scenarioReader.map { load(reference, at: $0) } ?? load(reference) }
        let autoAdvance = fields.optional("auto_advance", seconds)
        let isPrivate = fields.optional("private") { $0.bool() }
        let slides = fields.required("slides") { $0.list() }.map { readers -> [Slide] in
            if readers.isEmpty { fields.optional("slides")?.report("expected a list of at least one slide, found an empty list") }
            return readers.compactMap { slide($0, in: scenario) }
        }
        guard let title, let reference, let scenario, let slides,
              fields.optional("private") == nil || isPrivate != nil else { return nil }
        let deck = Deck(title: title, theme: theme, scenario: reference, autoAdvanceSeconds: autoAdvance, slides: slides,
                        isPrivate: isPrivate ?? false)
        // A league slide without `scenarios:` shows every built-in one, loaded here once.
        for slide in slides where slide.kind == .league && slide.scenarios == nil {
            for name in deck.references(of: slide) where name != reference && comparisons[name] == nil {
                comparisons[name] = load(name)
            }
        }
        return LoadedDeck(deck: deck, scenario: scenario, comparisons: comparisons)
    }

    /// A scenario the deck names; at `reader` a problem when it does not load, with the
    /// scenario file's own problems after the deck's.
    private func load(_ reference: String, at reader: NodeReader? = nil) -> Scenario? {
        do {
            return try loadScenario(reference)
        } catch {
            let what = "a built-in scenario name or a scenario file that loads"
            if let reader {
                reader.report("expected \(what), found \(reader.described)")
            } else {
                collector.report(line: 0, column: 0, path: "scenario", "expected \(what), found \(YAMLNode.quoted(reference))")
            }
            // Once for each file: a deck may name the same broken scenario on every slide.
            if failedReferences.insert(reference).inserted { scenarioDiagnostics += error.diagnostics }
            return nil
        }
    }

    private func slide(_ reader: NodeReader, in scenario: Scenario?) -> Slide? {
        guard let fields = reader.fields(Self.slideKeys) else { return nil }
        let kind = fields.required("view") { $0.oneOf(SlideKind.self) }
        let title = fields.required("title") { $0.string() }
        let caption = fields.optional("caption") { $0.string() }
        let notes = fields.optional("notes") { self.notes($0, in: scenario) }
        let duration = fields.optional("duration", seconds)
        let whatIf = fields.optional("what_if") { self.whatIf($0, in: scenario) }
        let year = fields.optional("year") { self.year($0, in: scenario) }
        let highlight = fields.optional("highlight") { self.highlight($0, in: scenario) }
        let figure = keyOfKind("figure", fields, kind) { self.figure($0, in: scenario) }
        let body = keyOfKind("body", fields, kind) { $0.string() }
        let compare = keyOfKind("compare", fields, kind) { reader in
            reader.string().flatMap { reference in
                self.load(reference, at: reader).map { self.comparisons[reference] = $0; return reference }
            }
        }
        let scenarios = keyOfKind("scenarios", fields, kind, scenarioList)
        // A part that did not read has been reported, and the loader throws: no need to drop the slide.
        guard let kind, let title else { return nil }
        return Slide(kind: kind, title: title, caption: caption, notes: notes, duration: duration, whatIf: whatIf,
                     year: year, highlight: highlight, figure: figure, body: body, compare: compare, scenarios: scenarios)
    }

    /// A league slide's scenarios: at least one, each once, each loaded.
    private func scenarioList(_ reader: NodeReader) -> [String]? {
        guard let elements = reader.list() else { return nil }
        guard !elements.isEmpty else {
            reader.report("expected a list of at least one built-in scenario name or scenario file, found an empty list")
            return nil
        }
        var references: [String] = []
        for element in elements {
            guard let reference = element.string() else { continue }
            guard !references.contains(reference) else {
                element.report("expected each scenario once, found \(element.described) again")
                continue
            }
            references.append(reference)
            if let scenario = load(reference, at: element) { comparisons[reference] = scenario }
        }
        return references
    }

    /// A key only slides of one kind take: required on those (or not), refused on the others.
    private func keyOfKind<Value>(_ key: String, _ fields: Fields, _ kind: SlideKind?,
                                  _ read: (NodeReader) -> Value?) -> Value? {
        guard let (owner, _, isRequired) = Self.keysOfKind.first(where: { $0.key == key }), let kind else { return nil }
        if kind == owner { return isRequired ? fields.required(key, read) : fields.optional(key, read) }
        fields.optional(key)?.report("expected a \(owner.rawValue) slide (view: \(owner.rawValue)) for this key, found a \(kind.rawValue) slide")
        return nil
    }

    private func seconds(_ reader: NodeReader) -> Double? {
        guard let value = reader.number() else { return nil }
        let longest = ReadingLimits.slideSeconds
        return value > 0 && value <= longest ? value
            : reader.expected("a number of seconds above 0 and at most \(Int(longest)) (a day)")
    }

    private func year(_ reader: NodeReader, in scenario: Scenario?) -> Int? {
        guard let year = reader.year("a year like 2028"), let horizon = scenario?.horizon else { return nil }
        guard horizon.years.contains(year) else {
            return reader.expected("a year of the scenario's horizon, \(horizon.start) to \(horizon.end)")
        }
        return year
    }

    private func figure(_ reader: NodeReader, in scenario: Scenario?) -> SlideFigure? {
        guard reader.kind == .mapping else { return reader.string().map(SlideFigure.text) }
        guard let fields = reader.fields(["indicator", "text"]) else { return nil }
        switch (fields.optional("indicator"), fields.optional("text")) {
        case (let indicator?, nil):
            return indicatorID(indicator, in: scenario).map(SlideFigure.indicator)
        case (nil, let text?):
            return text.string().map(SlideFigure.text)
        case (nil, nil):
            reader.report(#"missing required key "indicator" (or "text")"#)
            return nil
        case (_?, _?):
            return reader.expected("one of indicator or text", hint: " and both")
        }
    }

    private func indicatorID(_ reader: NodeReader, in scenario: Scenario?) -> String? {
        guard let id = reader.string(), let scenario else { return nil }
        let known = Self.indicatorIDs(in: scenario)
        guard known.contains(id) else {
            let prefix = IndicatorCatalogue.ownershipPrefix
            return reader.expected("an indicator id such as commitments.revenue_multiple or \(prefix)<investor id>",
                                   hint: Suggestion.hint(for: id, among: known))
        }
        return id
    }

    /// Notes, with every `{indicator:ID}` in them naming an indicator of the scenario.
    private func notes(_ reader: NodeReader, in scenario: Scenario?) -> String? {
        guard let notes = reader.string(), let scenario else { return nil }
        let known = Self.indicatorIDs(in: scenario)
        for reference in LiveNotes.references(in: notes) where !reference.isClosed || !known.contains(reference.id) {
            let found = YAMLNode.quoted(LiveNotes.opening + reference.id + (reference.isClosed ? "}" : ""))
            if reference.isClosed {
                reader.report("expected an indicator id in {indicator:ID}, such as funding.gap or \(IndicatorCatalogue.ownershipPrefix)<investor id>, "
                              + "found \(found)\(Suggestion.hint(for: reference.id, among: known))")
            } else {
                reader.report("expected {indicator:ID} closed by } on the same line, found \(found)")
            }
        }
        return notes
    }

    private static func indicatorIDs(in scenario: Scenario) -> [String] {
        IndicatorCatalogue.all.map(\.id) + scenario.round.investors.map { IndicatorCatalogue.ownershipPrefix + $0.id }
    }

    /// An investor id, else an indicator id, else a provider name (in any case).
    private func highlight(_ reader: NodeReader, in scenario: Scenario?) -> SlideHighlight? {
        guard let name = reader.string(), let scenario else { return nil }
        if let investor = scenario.round.investors.first(where: { $0.id == name }) { return .investor(investor.id) }
        if Self.indicatorIDs(in: scenario).contains(name) { return .indicator(name) }
        let providers = scenario.contracts.map(\.provider)
        if let provider = providers.first(where: { $0.lowercased() == name.lowercased() }) { return .provider(provider) }
        let candidates = scenario.round.investors.map(\.id) + providers + Self.indicatorIDs(in: scenario)
        return reader.expected("an investor id, a provider name or an indicator id of the scenario",
                               hint: Suggestion.hint(for: name, among: candidates))
    }

    /// `preset:` and `set:` as `--preset` and `--set` take them; each setting is checked
    /// against the scenario on its own, so a problem points at the one that has it.
    private func whatIf(_ reader: NodeReader, in scenario: Scenario?) -> SlideWhatIf? {
        guard let fields = reader.fields(["preset", "set"]) else { return nil }
        guard fields.optional("preset") != nil || fields.optional("set") != nil else {
            reader.report(#"missing required key "preset" (or "set")"#)
            return nil
        }
        let preset = fields.optional("preset").flatMap { reader -> StressPreset? in
            guard let name = reader.string() else { return nil }
            if let preset = StressPreset.named(name) { return preset }
            let ids = StressPreset.all.map(\.id)
            return reader.expected("a stress preset (burnrate scenario presets lists them)", hint: Suggestion.hint(for: name, among: ids))
        }
        var settings = WhatIf()
        let settingReaders = fields.optional("set") { $0.list() } ?? []
        for element in settingReaders {
            guard let text = element.string() else { continue }
            do {
                let single = try WhatIfSetting.apply(text, to: WhatIf())
                scenario.map(single.problems(in:))?.forEach { element.report($0) }
                settings = settings.merged(with: single)
            } catch {
                element.report(error.message)
            }
        }
        return SlideWhatIf(preset: preset, settings: settings)
    }
}
