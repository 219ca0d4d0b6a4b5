/// Text as a hostile file writes it: every C0 control, DEL, every C1 control, every
/// bidirectional control and the invisible format characters, after a label. BurnrateCLITests
/// reads this same file through a symbolic link.
enum HostileText {
    static let scalars: [UInt32] = Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F)
        + [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
        + [0x00AD, 0x200B, 0x200C, 0x200D, 0x2028, 0x2029, 0x2060, 0xFEFF, 0xE0041]

    static func text(_ label: String) -> String {
        label + String(String.UnicodeScalarView(scalars.map { Unicode.Scalar($0)! }))
    }

    /// The same as a YAML double-quoted scalar, in YAML's own escapes.
    static func yaml(_ label: String) -> String {
        "\"" + label + scalars.map { value in
            value < 0x100 ? "\\x" + hex(value, 2) : value < 0x10000 ? "\\u" + hex(value, 4) : "\\U" + hex(value, 8)
        }.joined() + "\""
    }

    /// The scalars of `output` that a terminal would act on or that hide themselves: any C0
    /// control but those in `allowing`, DEL, C1, and any of `scalars`.
    static func raw(in output: String, allowing: Set<UInt32> = []) -> [UInt32] {
        output.unicodeScalars.map(\.value).filter { value in
            !allowing.contains(value) && (value < 0x20 || (0x7F...0x9F).contains(value) || scalars.contains(value))
        }
    }

    private static func hex(_ value: UInt32, _ digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: digits - text.count) + text
    }
}
