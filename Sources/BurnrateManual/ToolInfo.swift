/// The parts of argument-parser's `--experimental-dump-help` JSON (its ToolInfoV0, a module it
/// does not export) that the manual reads.
struct ToolInfo: Decodable {
    var serializationVersion: Int
    var command: CommandInfo
}

struct CommandInfo: Decodable {
    var superCommands: [String]?
    var shouldDisplay: Bool?
    var commandName: String
    var abstract: String?
    var discussion: String?
    var subcommands: [CommandInfo]?
    var arguments: [ArgumentInfo]?

    /// "burnrate scenario show".
    var fullName: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }

    var isShown: Bool { shouldDisplay ?? true }

    /// Its arguments as --help lists them, without --help and --version, which every command
    /// has (the page names them once, under burnrate itself).
    var shownArguments: [ArgumentInfo] {
        let isRoot = (superCommands ?? []).isEmpty
        return (arguments ?? []).filter { $0.shouldDisplay && (isRoot || !($0.isFlag(named: "help") || $0.isFlag(named: "version"))) }
    }

    /// This command and every shown command under it, depth first.
    var commandsDepthFirst: [CommandInfo] {
        [self] + (subcommands ?? []).filter(\.isShown).flatMap(\.commandsDepthFirst)
    }
}

struct ArgumentInfo: Decodable {
    enum Kind: String, Decodable { case positional, option, flag }

    struct Name: Decodable {
        enum Kind: String, Decodable { case long, short, longWithSingleDash }
        var kind: Kind
        var name: String

        var spelled: String {
            switch kind {
            case .long: "--" + name
            case .short: "-" + name
            case .longWithSingleDash: "-" + name
            }
        }
    }

    var kind: Kind
    var shouldDisplay: Bool
    var isOptional: Bool
    var isRepeating: Bool
    var names: [Name]?
    var valueName: String?
    var defaultValue: String?
    var allValues: [String]?
    var abstract: String?
    var discussion: String?

    func isFlag(named name: String) -> Bool {
        kind == .flag && (names ?? []).contains { $0.kind == .long && $0.name == name }
    }
}
