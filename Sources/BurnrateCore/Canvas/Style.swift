/// How a cell looks, in roles rather than colours.
public struct Style: Hashable, Sendable {
    public var foreground: Role
    public var background: Role
    public var attributes: TextAttributes

    public init(_ foreground: Role = .text, on background: Role = .background, _ attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    public func with(_ extra: TextAttributes) -> Style {
        Style(foreground, on: background, attributes.union(extra))
    }

    public func on(_ newBackground: Role) -> Style {
        Style(foreground, on: newBackground, attributes)
    }
}
