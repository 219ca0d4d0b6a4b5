import BurnrateYAML

/// Numbers and blocks written as YAML text that burnrate's readers read back unchanged
/// (text scalars: `YAMLScalar`).
enum YAMLText {
    // MARK: Numbers

    /// Swift's shortest round-trip form, without a trailing ".0".
    static func number(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `30B`, `1.4T`, `750M` where a suffix reads well (at most four digits before the point and
    /// three after), else a plain number. A negative amount (a burn that is cash generated)
    /// keeps its sign: `-39B`. Zero is `0`, never `-0`: money reads no sign on nothing (a
    /// what-if doubling a burn that generates cash leaves -0).
    static func money(_ value: Double) -> String {
        if value < 0, value.isFinite { return "-" + money(-value) }
        guard value.isFinite, value > 0 else { return value == 0 ? "0" : number(value) }
        let decimal = DecimalText(value)
        for (exponent, suffix) in [(12, "T"), (9, "B"), (6, "M"), (3, "K")]
        where (1...4).contains(decimal.integerDigits(dividedBy: exponent)) && decimal.fractionDigits(dividedBy: exponent) <= 3 {
            return decimal.text(dividedBy: exponent) + suffix
        }
        return number(value)
    }

    /// `27%` where at most two decimals are needed, else a plain number.
    static func fraction(_ value: Double) -> String {
        guard value.isFinite, value >= 0 else { return number(value) }
        let decimal = DecimalText(value)
        return decimal.fractionDigits(dividedBy: -2) <= 2 ? decimal.text(dividedBy: -2) + "%" : number(value)
    }

    static func gigawatts(_ value: Double) -> String {
        number(value) + " GW"
    }

    /// `{key: value, …}` from pairs already written as YAML.
    static func flow(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }
}

/// A YAML block being written: scalars and flow mappings inline, mappings and lists indented.
enum YAMLBlock {
    case inline(String)
    case mapping([YAMLEntry])
    case list([YAMLBlock])

    static func map(_ pairs: [(String, YAMLBlock)]) -> YAMLBlock {
        .mapping(pairs.map { YAMLEntry(key: $0.0, value: $0.1) })
    }

    /// libyaml reads a key in `key: value` only when the colon is at most 1024 characters
    /// after the key's start; a longer one (an indicator named after a long investor id) is
    /// written as an explicit key, `? key` on a line of its own.
    static let longestImplicitKey = 1000

    /// The lines of a mapping's entries or a list's items, indented by `indent` spaces.
    func lines(indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .inline(let text):
            return [pad + text]
        case .mapping(let pairs):
            return pairs.flatMap { entry -> [String] in
                let isExplicit = entry.key.utf8.count > Self.longestImplicitKey
                let head = isExplicit ? ["\(pad)? \(entry.key)"] : []
                let colon = isExplicit ? "\(pad):" : "\(pad)\(entry.key):"
                return switch entry.value {
                case .inline(let text): head + ["\(colon) \(text)"]
                case .list(let items) where items.isEmpty: head + ["\(colon) []"]
                case .mapping, .list: head + [colon] + entry.value.lines(indent: indent + 2)
                }
            }
        case .list(let items):
            return items.flatMap { item -> [String] in
                var lines = item.lines(indent: indent + 2)
                lines[0] = pad + "- " + lines[0].dropFirst(indent + 2)
                return lines
            }
        }
    }
}

struct YAMLEntry {
    var key: String
    var value: YAMLBlock
}
