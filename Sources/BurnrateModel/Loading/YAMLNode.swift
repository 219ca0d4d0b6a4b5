/// A value in a YAML file and where it starts, for diagnostics that point at it.
public struct YAMLNode: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// `isPlain` is false for quoted and block scalars: `"null"` is text, `null` is nothing.
        case scalar(String, isPlain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// 1-based.
    public var line: Int
    /// 1-based, counted in Unicode scalars as libyaml does.
    public var column: Int

    public init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// True for an empty plain value, `~` and `null`: YAML's way of writing nothing.
    public var isNull: Bool {
        guard case .scalar(let text, true) = content else { return false }
        // By length first: this is asked of nearly every value in a file.
        return switch text.utf8.count {
        case 0: true
        case 1: text == "~"
        case 4: text == "null" || text == "Null" || text == "NULL"
        default: false
        }
    }

    /// How the value reads in a message: scalars quoted as written, other kinds by name.
    public var described: String {
        switch content {
        case .scalar where isNull: "nothing"
        case .scalar(let text, _): YAMLNode.quoted(text)
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    /// At most 40 characters, double-quoted and escaped as YAML would write it.
    static func quoted(_ text: String) -> String {
        let limit = 40
        return YAMLText.quoted(text.count > limit ? String(text.prefix(limit)) + "…" : text)
    }
}

public struct YAMLPair: Sendable, Equatable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
