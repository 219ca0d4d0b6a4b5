import BurnrateModel
import BurnrateView
import BurnrateYAML

/// Fuzz bytes read as what a terminal session brings: most bytes are a key, 0xF0 and the two
/// bytes after it a resize to 1×1…300×100, and 0xF1…0xFF an event each program reads in its
/// own way, with argument bytes it takes with `byte()` or `bytes(_:)`.
struct KeySequence {
    enum Step {
        case key(Key)
        case resize(width: Int, height: Int)
        /// 0…14.
        case event(Int)
    }

    private var rest: ArraySlice<UInt8>

    init(_ bytes: [UInt8]) { rest = bytes[...] }

    mutating func next() -> Step? {
        guard let byte = rest.popFirst() else { return nil }
        switch byte {
        case 0xF0:
            return .resize(width: 1 + Int(self.byte()) * 299 / 255, height: 1 + Int(self.byte()) * 99 / 255)
        case 0xF1...:
            return .event(Int(byte - 0xF1))
        default:
            return .key(Self.keys[Int(byte) % Self.keys.count])
        }
    }

    /// The next byte, 0 once they are used up.
    mutating func byte() -> UInt8 { rest.popFirst() ?? 0 }

    /// Up to `count` bytes.
    mutating func bytes(_ count: Int) -> ArraySlice<UInt8> {
        let taken = rest.prefix(count)
        rest = rest.dropFirst(count)
        return taken
    }

    /// Every key the decoder can report: printable ASCII, a few wide and combining
    /// characters, the named keys, F1–F12 and Ctrl with each letter and symbol.
    static let keys: [Key] = {
        var keys: [Key] = (0x20...0x7E).map { .character(Character(UnicodeScalar(UInt8($0)))) }
        keys += ["é", "€", "你", "👍", "e\u{301}", "\u{202E}"].map { .character($0) }
        keys += [.up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace,
                 .pageUp, .pageDown, .home, .end, .insert, .delete]
        keys += (1...12).map { .function($0) }
        keys += "abcdefghijklmnopqrstuvwxyz@[\\]^_".map { .ctrl($0) }
        return keys
    }()
}

/// What the key harnesses start from and feed in: the built-in scenarios, a broken reload.
enum Fixtures {
    static let builtInScenarios = Dictionary(uniqueKeysWithValues: BuiltInScenarios.names.map { ($0, builtIn($0)) })
    static let model = ModelState(base: builtIn(BuiltInScenarios.defaultName))
    static let otherScenario = builtIn(BuiltInScenarios.names.last ?? BuiltInScenarios.defaultName)
    static let theme = ThemeCatalog.builtIn.entries[0].theme
    static let brokenFile = DiagnosticList([Diagnostic(file: "fuzz.yaml", line: 3, column: 7, path: "horizon.end",
                                                       message: "expected a year, found \"soon\"")])
    static let deck: LoadedDeck = {
        do {
            return try DeckCatalog.load(BuiltInDecks.names[0], fileExists: { _ in false })
        } catch {
            fatalError("the built-in deck does not load: \(error)")
        }
    }()

    private static func builtIn(_ name: String) -> Scenario {
        do {
            return try ScenarioCatalog.load(name, fileExists: { _ in false })
        } catch {
            fatalError("built-in scenario \(name) does not load: \(error)")
        }
    }
}
