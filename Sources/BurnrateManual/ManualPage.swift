/// burnrate(1) in man(7) form: the synopsis, description, commands and options from the
/// command definitions, the keys from the keymaps, then the environment and files.
struct ManualPage {
    var tool: CommandInfo
    var keys: [KeyBinding]
    /// The day the page is of (the commit's), YYYY-MM-DD.
    var date: String
    /// `burnrate --version`'s line.
    var version: String

    var text: String {
        var lines = [
            #".TH BURNRATE 1 "\#(date)" "\#(Roff.text(version))" "User Commands""#,
            ".SH NAME",
            "burnrate \\- " + Roff.text(tool.abstract ?? ""),
            ".SH SYNOPSIS",
        ]
        for command in tool.commandsDepthFirst where command.subcommands?.isEmpty ?? true || command.fullName == tool.commandName {
            lines += [".br", synopsis(command)]
        }
        lines += [".SH DESCRIPTION"] + Roff.paragraphs(tool.discussion ?? "")
        lines += options(tool.shownArguments)
        lines += [".SH COMMANDS"]
        for command in tool.commandsDepthFirst.dropFirst() {
            lines += [".SS " + Roff.bold(command.fullName)] + Roff.paragraphs(command.abstract ?? "")
            if let discussion = command.discussion, !discussion.isEmpty {
                lines += [".PP"] + Roff.paragraphs(discussion)
            }
            lines += options(command.shownArguments)
        }
        lines += keySection + Self.fixedSections
        return lines.joined(separator: "\n") + "\n"
    }

    /// "burnrate check [options] <file> ...": the positional arguments in full, the options
    /// summed up, as `--help`'s usage line does for long ones.
    private func synopsis(_ command: CommandInfo) -> String {
        var words = command.fullName.split(separator: " ").map { Roff.bold($0) }
        let arguments = command.shownArguments
        if arguments.contains(where: { $0.kind != .positional }) { words.append("[" + Roff.italic("options") + "]") }
        for argument in arguments where argument.kind == .positional {
            var word = Roff.italic("<" + (argument.valueName ?? "value") + ">")
            if argument.isRepeating { word += " ..." }
            words.append(argument.isOptional ? "[" + word + "]" : word)
        }
        if command.subcommands.map({ !$0.isEmpty }) == true { words.append("[" + Roff.italic("command") + "]") }
        return words.joined(separator: " ")
    }

    private func options(_ arguments: [ArgumentInfo]) -> [String] {
        arguments.flatMap { argument -> [String] in
            [".TP", tag(argument)] + Roff.paragraphs(description(argument))
        }
    }

    /// "--scenario <name|file>", "-h, --help", "<file> ...".
    private func tag(_ argument: ArgumentInfo) -> String {
        let value = Roff.italic("<" + (argument.valueName ?? "value") + ">")
        var tag: String
        switch argument.kind {
        case .positional: tag = value
        case .flag: tag = (argument.names ?? []).map { Roff.bold($0.spelled) }.joined(separator: ", ")
        case .option: tag = (argument.names ?? []).map { Roff.bold($0.spelled) + " " + value }.joined(separator: ", ")
        }
        return argument.isRepeating ? tag + " ..." : tag
    }

    /// The help text, with the values and default `--help` shows in parentheses.
    private func description(_ argument: ArgumentInfo) -> String {
        var notes: [String] = []
        if let values = argument.allValues, !values.isEmpty { notes.append("values: " + values.joined(separator: ", ")) }
        if let value = argument.defaultValue, argument.kind != .flag { notes.append("default: " + value) }
        var text = argument.abstract ?? ""
        if !notes.isEmpty { text += (text.isEmpty ? "" : " ") + "(" + notes.joined(separator: "; ") + ")" }
        if let discussion = argument.discussion, !discussion.isEmpty { text += "\n\n" + discussion }
        return text
    }

    /// Every key by mode, in the order `burnrate keys` lists them.
    private var keySection: [String] {
        var lines = [".SH KEYS", "The built\\-in keys; a config file's " + Roff.bold("keys:") + " changes them, and "
            + Roff.bold("burnrate keys") + " lists those in effect."]
        var mode: String?
        for binding in keys {
            if binding.mode != mode {
                lines.append(".SS " + Roff.bold(binding.mode))
                mode = binding.mode
            }
            lines += [".TP 14", binding.keys.map { Roff.bold($0) }.joined(separator: ", "),
                      Roff.text(binding.help) + " (" + Roff.italic(binding.action) + ")"]
        }
        return lines
    }
}
