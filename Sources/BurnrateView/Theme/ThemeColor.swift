/// A colour as a theme file gives it: `"#rrggbb"`, an xterm palette index 0–255, or
/// `default` for the terminal's own colour (for transparent backgrounds and monochrome themes).
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
    case rgb(UInt8, UInt8, UInt8)
    case indexed(UInt8)
    case terminalDefault

    /// Reads `"#rrggbb"` (either case) or `default`; nil for anything else.
    public init?(_ text: String) {
        if text == "default" {
            self = .terminalDefault
            return
        }
        let digits = text.dropFirst()
        guard text.first == "#", digits.count == 6, digits.allSatisfy(\.isHexDigit),
              let value = UInt32(digits, radix: 16) else { return nil }
        self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }

    public init?(index: Int) {
        guard let index = UInt8(exactly: index) else { return nil }
        self = .indexed(index)
    }

    public var description: String {
        switch self {
        case let .rgb(red, green, blue):
            "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        case let .indexed(index): "\(index)"
        case .terminalDefault: "default"
        }
    }
}
