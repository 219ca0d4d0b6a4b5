#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// WCAG 2 contrast: the relative luminance of sRGB colours and the ratio between two, from 1:1
/// (the same) to 21:1 (black on white). Text needs 4.5:1 against what it is drawn on (level AA,
/// 1.4.3); lines, bars and highlights 3:1 (1.4.11).
enum Contrast {
    static let text = 4.5
    static let graphics = 3.0

    /// 0 for black to 1 for white: the channels made linear and weighted as the eye weighs them.
    static func luminance(_ color: RGB) -> Double {
        func linear(_ channel: Int) -> Double {
            let value = Double(channel) / 255
            return value <= 0.040_45 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }

    static func ratio(_ a: RGB, _ b: RGB) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }
}

extension TerminalColor {
    /// The colour as most terminals show it; nil for the terminal's own colours, which only the
    /// terminal knows.
    var rgb: RGB? {
        switch self {
        case .terminalDefault: nil
        case let .indexed(index): XtermColors.rgb(index)
        case let .rgb(red, green, blue): RGB(red: Int(red), green: Int(green), blue: Int(blue))
        }
    }
}
