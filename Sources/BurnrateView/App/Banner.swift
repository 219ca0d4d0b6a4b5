import BurnrateModel
import BurnrateYAML

/// A message across the top of the panels that stays until its cause goes away: a scenario
/// file that no longer loads (the last good model stays on screen), or one that was deleted.
public struct Banner: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case error
        case warning
    }

    public var kind: Kind
    public var title: String
    public var lines: [String]

    public init(kind: Kind, title: String, lines: [String] = []) {
        self.kind = kind
        self.title = title
        self.lines = lines
    }

    public static func broken(_ diagnostics: DiagnosticList) -> Banner {
        Banner(kind: .error, title: "The scenario file has problems; showing the last good version",
               lines: diagnostics.diagnostics.map(\.description))
    }

    public static func deleted(_ path: String) -> Banner {
        Banner(kind: .warning, title: "\(path) was deleted; showing the last version loaded")
    }
}
