import ArgumentParser
import BurnrateModel
import BurnrateView

/// A terminal size given as WIDTHxHEIGHT.
struct TerminalSize: ExpressibleByArgument {
    let width: Int
    let height: Int

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...1000).contains(width), (1...1000).contains(height) else { return nil }
        self.width = width
        self.height = height
    }

    var defaultValueDescription: String { "\(width)x\(height)" }
}

enum SnapshotFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case ansi
    case svg
}

/// The colour depth an ANSI snapshot is drawn at, to see what a lesser terminal shows.
enum SnapshotDepth: String, ExpressibleByArgument, CaseIterable {
    case truecolor
    case colors256 = "256"
    case colors16 = "16"
    case colors8 = "8"
    case mono

    var depth: ColorDepth {
        switch self {
        case .truecolor: .trueColor
        case .colors256: .indexed256
        case .colors16: .sixteen
        case .colors8: .eight
        case .mono: .monochrome
        }
    }
}

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Draw one frame of the dashboard to standard output, without a terminal.",
        discussion: """
            The frame comes from the same view code the screen uses, so it shows exactly what \
            the dashboard would. Use it for documentation, tests and scripts: text for plain \
            characters, ansi for colours (in the chosen theme, at 24-bit colour unless --depth \
            says otherwise, or without colours when NO_COLOR is set), svg for a picture in the \
            same colours with text as monospaced text and box-drawing, block and braille \
            characters as shapes (`burnrate snapshot --format svg > frame.svg`).
            """
    )

    @OptionGroup var scenario: ScenarioOptions
    @OptionGroup var themeOptions: ThemeOptions
    @OptionGroup var comparing: CompareOptions
    @OptionGroup var layoutOptions: LayoutOptions
    @OptionGroup var privacy: PrivacyOptions

    @Option(help: ArgumentHelp("Frame size, e.g. 120x40.", valueName: "WxH"))
    var size = TerminalSize(argument: "120x40")!

    @Option(help: ArgumentHelp("Show one panel full size: investors, capacity or risk.", valueName: "name"))
    var panel: PanelName?

    @Option(help: "Output: text, ansi or svg.")
    var format: SnapshotFormat = .text

    @Option(help: ArgumentHelp("Colours of an ansi or svg snapshot: truecolor, 256, 16, 8 or mono (default: truecolor, "
                               + "or mono when NO_COLOR is set).", valueName: "depth"))
    var depth: SnapshotDepth?

    @Flag(help: "Draw with ASCII characters only, as on a terminal without UTF-8.")
    var ascii = false

    func run() throws {
        try reportingFailures {
            let scenario = try comparing.choice.scenarioChoice(scenario.choice)
            let (base, whatIf, _) = try scenario.resolve()
            let (themes, themeIndex) = try themeOptions.themes()
            var state = AppState(model: ModelState(base: base, whatIf: whatIf, presetID: scenario.preset, isPrivate: privacy.isPrivate), width: size.width, height: size.height,
                                 themes: themes, themeIndex: themeIndex, glyphs: ascii ? .ascii : .unicode)
            state.timeline = Timeline(year: scenario.year)
            state.layoutIndex = try layoutOptions.index(among: state.layouts)
            if !comparing.compare.isEmpty {
                state.compare = CompareState(target: try comparing.choice.target(for: base), open: OpenComparison(against: .target))
            }
            if let panel {
                state.focus = panel.id
                state.isZoomed = true
            }
            if state.layout.simulation != nil { state.simulateNow() }
            let canvas = DashboardView.render(state)
            let palette = { Palette(theme: state.theme, depth: depth?.depth ?? Self.defaultDepth(UserThemes.processEnvironment)) }
            switch format {
            case .text: print(CanvasRenderer.text(canvas))
            case .ansi: print(CanvasRenderer.ansi(canvas, palette: palette()), terminator: "")
            case .svg: print(SVGRenderer.svg(canvas, palette: palette()), terminator: "")
            }
        }
    }

    /// No terminal to ask: full colour, unless NO_COLOR (set and not empty) asks for none.
    static func defaultDepth(_ environment: [String: String]) -> ColorDepth {
        (environment["NO_COLOR"] ?? "").isEmpty ? .trueColor : .monochrome
    }
}

struct PanelName: ExpressibleByArgument {
    let id: PanelID

    init?(argument: String) {
        guard let id = PanelID.allCases.first(where: { $0.name == argument.lowercased() }) else { return nil }
        self.id = id
    }

    static var allValueStrings: [String] { PanelID.allCases.map(\.name) }
}
