import BurnrateModel
import BurnrateYAML

/// One pass over a theme file: reads it into a `ThemeDefinition`, checking each value with the
/// rules of `Theme(_:)` where it stands, so that every problem is reported at its node and all
/// of them come out together.
struct ThemeReading {
    static let rootKeys = ["name", "description", "colors", "attributes", "colors16", "colors8"]
    static let colorKeys = Theme.colorRoles.map(\.rawValue) + ["series"]
    /// Stands in for a value already reported, so that reading goes on.
    static let placeholder: ThemeDefinition.Value = "default"

    /// The theme, or nil when anything was reported. `defaultName` is used when the file has no `name:`.
    static func theme(_ root: NodeReader, defaultName: String) -> Theme? {
        guard root.kind == .mapping else { return root.expected("a mapping of theme keys (name, description, colors, attributes)") }
        guard !FileKind.theme.reportsOtherKind(at: root), let fields = root.fields(rootKeys) else { return nil }
        let name = fields.optional("name") { $0.string() } ?? defaultName
        let description = fields.optional("description") { $0.string() } ?? ""
        guard let colorsReader = fields.required("colors"), let colorFields = colorsReader.fields(colorKeys) else {
            _ = fields.optional("attributes", attributes)
            return nil
        }
        var colors: [String: ThemeDefinition.Value] = [:]
        for role in Theme.colorRoles {
            colors[role.rawValue] = colorFields.required(role.rawValue, color) ?? placeholder
        }
        let seriesReader = colorFields.required("series")
        let series = seriesReader.flatMap(series) ?? [placeholder]
        let attributes = fields.optional("attributes", attributes) ?? [:]
        let colors16 = fields.optional("colors16") { fallback($0, colors: 16) }
        let colors8 = fields.optional("colors8") { fallback($0, colors: 8) }
        let definition = ThemeDefinition(name: name, description: description, colors: colors, series: series,
                                         attributes: attributes)
        do {
            var theme = try Theme(definition)
            theme.colors16 = colors16
            theme.colors8 = colors8
            return root.collector.isEmpty ? theme : nil
        } catch {
            // What only the whole definition shows (an empty series), at the node it came from.
            let readers = [colorsReader] + (seriesReader.map { [$0] } ?? [])
            (readers.first { $0.path == error.field } ?? root).report(message(error))
            return nil
        }
    }

    /// A colour: `"#rrggbb"`, a plain number 0-255, or `default`.
    static func color(_ reader: NodeReader) -> ThemeDefinition.Value? {
        guard let text = reader.scalarText else {
            let hint = reader.isNull ? ##" (quote "#rrggbb" colours: an unquoted # starts a comment)"## : ""
            return reader.expected(Theme.expectedColor, hint: hint)
        }
        let value: ThemeDefinition.Value = if reader.kind == .plainScalar, let number = Int(text) { .number(number) } else { .text(text) }
        do {
            _ = try Theme.color(value, field: reader.path)
            return value
        } catch {
            reader.report(message(error))
            return nil
        }
    }

    /// `colors16:` or `colors8:`, the theme as designed for that many colours: every role and
    /// a series, in ANSI colours, with nothing saturated behind text.
    static func fallback(_ reader: NodeReader, colors count: Int) -> ThemeFallback? {
        guard let fields = reader.fields(colorKeys) else { return nil }
        var colors: [ThemeRole: ThemeFallback.Color] = [:]
        for role in Theme.colorRoles {
            colors[role] = fields.required(role.rawValue) { fallbackColor($0, colors: count, behindText: ThemeFallback.backgroundRoles.contains(role)) }
        }
        let series = fields.required("series") { (reader: NodeReader) -> [ThemeFallback.Color?]? in
            guard reader.kind == .list else { return reader.expected("a list of colours") }
            guard let items = reader.list() else { return nil }
            guard !items.isEmpty else {
                reader.report("expected a list of at least one colour, found an empty list")
                return nil
            }
            return items.map { fallbackColor($0, colors: count, behindText: false) }
        }
        guard colors.count == Theme.colorRoles.count, let series, !series.contains(nil) else { return nil }
        return ThemeFallback(colors: colors, series: series.compactMap { $0 })
    }

    /// An ANSI colour by name or number, `default` or `reverse`; behind text only the quiet ones.
    static func fallbackColor(_ reader: NodeReader, colors count: Int, behindText: Bool) -> ThemeFallback.Color? {
        let names = ThemeFallback.names + (count > 8 ? ThemeFallback.names.map { "bright-" + $0 } : [])
        let expected = "an ANSI colour (\(names.first!) … \(names.last!), 0-\(count - 1)), default or reverse"
        guard let text = reader.scalarText else { return reader.expected(expected) }
        guard let color = ThemeFallback.color(text, colors: count) else {
            let brightAt8 = count == 8 && ThemeFallback.color(text, colors: 16) != nil
            return reader.expected(expected, hint: brightAt8 ? " (8 colours have no bright ones)"
                                   : Suggestion.hint(for: text, among: names + ["default", "reverse"]))
        }
        guard !behindText || ThemeFallback.quietBackgrounds.contains(color) else {
            let quiet = ThemeFallback.quietBackgrounds.filter { count > 8 || $0 != .ansi(8) && $0 != .ansi(15) }
            return reader.expected("\(quiet.map(\.description).joined(separator: ", ")) (no saturated colour behind text)")
        }
        return color
    }

    /// `series:`, a list of colours; a colour reported is kept as a placeholder so that the
    /// list keeps its length.
    static func series(_ reader: NodeReader) -> [ThemeDefinition.Value]? {
        guard reader.kind == .list else { return reader.expected("a list of colours") }
        return reader.list()?.map { color($0) ?? placeholder }
    }

    /// `attributes:`, a list of attribute names for each role.
    static func attributes(_ reader: NodeReader) -> [String: [String]]? {
        guard let roles = reader.fields(ThemeRole.allCases.map(\.rawValue)) else { return nil }
        var attributes: [String: [String]] = [:]
        for role in roles.entries {
            attributes[role.key] = role.value.list()?.compactMap(attribute) ?? []
        }
        return attributes
    }

    static func attribute(_ reader: NodeReader) -> String? {
        guard let name = reader.string() else { return nil }
        do {
            _ = try Theme.attributes([name], field: reader.path)
            return name
        } catch {
            reader.report(message(error) + Suggestion.hint(for: name, among: Theme.attributeNames.map(\.0)))
            return nil
        }
    }

    /// A `ThemeError` as a diagnostic's message; the reader supplies the location and the field.
    static func message(_ error: ThemeError) -> String {
        "expected \(error.expected), found \(error.found)"
    }
}
