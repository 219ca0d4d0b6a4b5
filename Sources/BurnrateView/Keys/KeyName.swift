import BurnrateText

/// Key names: the canonical one `burnrate keys`, `config show` and the README print and a
/// config file writes (`q`, `ctrl-c`, `tab`, `shift-tab`, `f5`, `pgdn`), and the label help,
/// the footer and the overlays show (`Ctrl-C`, `Tab`, `PgDn`, `↑`), which a config file may write too.
public enum KeyName {
    /// Longer text is no key name; a config file's value is cut off before it sizes anything.
    public static let maximumLength = 16

    /// The highest function key ncurses reports.
    public static let highestFunctionKey = 63

    /// Keys with a name of their own, in the order the error message lists examples from.
    static let named: [(name: String, key: Key)] = [
        ("tab", .tab), ("shift-tab", .backTab), ("enter", .enter), ("esc", .escape), ("space", .character(" ")),
        ("backspace", .backspace), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("pgup", .pageUp), ("pgdn", .pageDown), ("home", .home), ("end", .end), ("insert", .insert), ("delete", .delete),
    ]

    /// Other spellings a config file may use; never shown.
    static let aliases: [String: Key] = [
        "↑": .up, "↓": .down, "←": .left, "→": .right, "escape": .escape, "return": .enter,
        "pageup": .pageUp, "pagedown": .pageDown, "backtab": .backTab, "del": .delete, "ins": .insert,
    ]

    /// Ctrl and these characters arrive as other keys, so a binding to them would never fire.
    static let ctrlArrivingAs: [Character: String] = ["h": "backspace", "i": "tab", "j": "enter", "m": "enter", "[": "esc"]

    private static let byName: [String: Key] = Dictionary(uniqueKeysWithValues: named.map { ($0.name, $0.key) })
        .merging(aliases) { first, _ in first }

    /// The key's name: the character itself for a printable one (`q`, `?`, `Q`), `space`,
    /// `ctrl-c`, `f5`, and the names above.
    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): "space"
        case .character(let character): String(character)
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .enter: "enter"
        case .escape: "esc"
        case .tab: "tab"
        case .backTab: "shift-tab"
        case .backspace: "backspace"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .home: "home"
        case .end: "end"
        case .insert: "insert"
        case .delete: "delete"
        case .function(let number): "f\(number)"
        case .ctrl(let character): "ctrl-\(character)"
        }
    }

    /// How help, the footer and the overlays show the key: `Tab`, `Shift-Tab`, `Enter`, `Esc`,
    /// `PgDn`, `Ctrl-C`, `F5`, `space`, the arrows as `↑ ↓ ← →` (an ASCII screen draws `^ v < >`),
    /// a printable character as itself. `key(named:)` reads every label back.
    public static func label(of key: Key) -> String {
        switch key {
        case .character(" "): "space"
        case .character(let character): String(character)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .insert: "Insert"
        case .delete: "Delete"
        case .function(let number): "F\(number)"
        case .ctrl(let character): "Ctrl-" + character.uppercased()
        }
    }

    /// Labels in a row, an arrow next to an arrow written without a gap (`↑↓ PgUp PgDn`).
    static func labels(_ keys: [Key], separator: String) -> String {
        var text = ""
        for (index, key) in keys.enumerated() {
            if index > 0 { text += isArrow(keys[index - 1]) && isArrow(key) ? "" : separator }
            text += label(of: key)
        }
        return text
    }

    private static func isArrow(_ key: Key) -> Bool {
        switch key {
        case .up, .down, .left, .right: true
        default: false
        }
    }

    /// The key a name stands for. A single printable character is that key as typed (`Q` is
    /// Shift-q); longer names are read without regard to case (`Ctrl-C`, `PgDn`, `F5`).
    public static func key(named text: String) throws(KeyNameError) -> Key {
        guard text.utf8.count <= maximumLength * 4, text.count <= maximumLength else { throw .tooLong(text) }
        guard !text.isEmpty else { throw .empty }
        if let key = byName[text] { return key }
        if text.count == 1, let character = text.first {
            guard !TerminalSafe.needsEscaping(character), !character.isNewline else { throw .unknown(text) }
            return .character(character)
        }
        let lowered = text.lowercased()
        if let key = byName[lowered] { return key }
        if lowered.hasPrefix("ctrl-"), lowered.count == 6, let character = lowered.last {
            if let instead = ctrlArrivingAs[character] { throw .arrivesAs(text, instead) }
            guard character.isASCII, character.isLetter || "@\\]^_".contains(character) else { throw .unknown(text) }
            return .ctrl(character)
        }
        let digits = lowered.dropFirst()
        if lowered.hasPrefix("f"), digits.count <= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }), !digits.hasPrefix("0"),
           let number = Int(digits), number <= highestFunctionKey {
            return .function(number)
        }
        throw .unknown(text)
    }
}

/// Why a text is not a key name.
public enum KeyNameError: Error, Equatable, CustomStringConvertible {
    case empty
    case tooLong(String)
    case unknown(String)
    /// Ctrl-H and the like, which the terminal sends as another key: the name to write instead.
    case arrivesAs(String, String)

    public var description: String {
        switch self {
        case .empty: "expected a key name, found nothing"
        case .tooLong(let text):
            "expected a key name (at most \(KeyName.maximumLength) characters), found \(Self.quoted(String(text.prefix(KeyName.maximumLength))))…"
        case .unknown(let text):
            "expected a key name (a single character such as q or ?, or one of ctrl-LETTER, f1 to f\(KeyName.highestFunctionKey), "
                + KeyName.named.map(\.name).joined(separator: ", ") + "), found \(Self.quoted(text))"
        case .arrivesAs(let text, let instead):
            "\(Self.quoted(text)) reaches burnrate as \(instead): write \(instead)"
        }
    }

    private static func quoted(_ text: String) -> String { "\"" + TerminalSafe.escape(text) + "\"" }
}
