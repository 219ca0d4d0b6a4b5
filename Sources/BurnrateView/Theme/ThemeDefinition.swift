import BurnrateYAML

/// A theme as read from a file, before checking: what the YAML reader hands over. Keys and
/// values are still strings and numbers, so `Theme(_:)` can say exactly what is wrong where.
public struct ThemeDefinition: Hashable, Sendable {
    public enum Value: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case number(Int)

        public init(stringLiteral text: String) { self = .text(text) }
        public init(integerLiteral number: Int) { self = .number(number) }
    }

    public var name: String
    public var description: String
    /// `colors:` without its `series` list.
    public var colors: [String: Value]
    /// `colors.series`.
    public var series: [Value]
    public var attributes: [String: [String]]

    public init(name: String, description: String = "", colors: [String: Value], series: [Value],
                attributes: [String: [String]] = [:]) {
        self.name = name
        self.description = description
        self.colors = colors
        self.series = series
        self.attributes = attributes
    }
}

/// What is wrong with a theme definition, by field: "colors.ok: expected a colour …, found "#12345"".
/// The YAML reader puts FILE:LINE:COLUMN in front.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var field: String
    public var expected: String
    public var found: String

    public init(field: String, expected: String, found: String) {
        self.field = field
        self.expected = expected
        self.found = found
    }

    public var description: String { "\(field): expected \(expected), found \(found)" }
}

extension Theme {
    static let colorRoles = ThemeRole.allCases.filter { $0 != .series }
    static let attributeNames: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]
    static let expectedColor = "a colour: \"#rrggbb\", 0-255 or default"

    /// Checks a definition field by field; the first problem found is thrown. Fields are
    /// checked in the order of the file format, so the error is the one nearest the top.
    public init(_ definition: ThemeDefinition) throws(ThemeError) {
        let roleNames = Self.colorRoles.map(\.rawValue)
        if let unknown = definition.colors.keys.sorted().first(where: { !roleNames.contains($0) }) {
            throw ThemeError(field: "colors.\(unknown)", expected: "one of \(roleNames.joined(separator: ", ")), series",
                             found: "\"\(unknown)\"")
        }
        var colors: [ThemeRole: ThemeColor] = [:]
        for role in Self.colorRoles {
            guard let value = definition.colors[role.rawValue] else {
                throw ThemeError(field: "colors.\(role.rawValue)", expected: Self.expectedColor, found: "nothing")
            }
            colors[role] = try Self.color(value, field: "colors.\(role.rawValue)")
        }
        guard !definition.series.isEmpty else {
            throw ThemeError(field: "colors.series", expected: "a list of at least one colour", found: "an empty list")
        }
        let series = try definition.series.enumerated().map { (index, value) throws(ThemeError) in
            try Self.color(value, field: "colors.series[\(index)]")
        }
        var attributes: [ThemeRole: TextAttributes] = [:]
        for (roleName, names) in definition.attributes.sorted(by: { $0.key < $1.key }) {
            guard let role = ThemeRole(rawValue: roleName) else {
                throw ThemeError(field: "attributes.\(roleName)", expected: "one of \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))",
                                 found: "\"\(roleName)\"")
            }
            attributes[role] = try Self.attributes(names, field: "attributes.\(roleName)")
        }
        self.init(name: definition.name, description: definition.description, background: colors[.background]!,
                  text: colors[.text]!, muted: colors[.muted]!, border: colors[.border]!, title: colors[.title]!,
                  accent: colors[.accent]!, selection: colors[.selection]!, ok: colors[.ok]!, watch: colors[.watch]!,
                  alert: colors[.alert]!, series: series, attributes: attributes)
    }

    /// One colour checked as `Theme(_:)` checks it; the theme reader calls it where the value stands.
    static func color(_ value: ThemeDefinition.Value, field: String) throws(ThemeError) -> ThemeColor {
        switch value {
        case let .text(text):
            guard let color = ThemeColor(text) else { throw ThemeError(field: field, expected: expectedColor, found: "\"\(text)\"") }
            return color
        case let .number(number):
            guard let color = ThemeColor(index: number) else { throw ThemeError(field: field, expected: expectedColor, found: "\(number)") }
            return color
        }
    }

    static func attributes(_ names: [String], field: String) throws(ThemeError) -> TextAttributes {
        var attributes: TextAttributes = []
        for name in names {
            guard let attribute = attributeNames.first(where: { $0.0 == name })?.1 else {
                throw ThemeError(field: field, expected: "one of \(attributeNames.map(\.0).joined(separator: ", "))", found: "\"\(name)\"")
            }
            attributes.insert(attribute)
        }
        return attributes
    }
}
