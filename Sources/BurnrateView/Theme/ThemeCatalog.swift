import BurnrateModel
import BurnrateYAML

/// Every theme burnrate knows: the built-in ones, compiled in from Themes/, and the user's own
/// files from `userThemeDirectory`, which override a built-in theme of the same name. Reading the
/// directory is left to the caller; the catalogue only parses what it is given.
public struct ThemeCatalog: Sendable {
    /// Where a theme comes from.
    public enum Source: Hashable, Sendable {
        case builtIn
        case file(path: String)
    }

    public struct Entry: Hashable, Sendable {
        /// Named as the catalogue knows it: the built-in name or the user file's name.
        public var theme: Theme
        public var source: Source
        /// True for a user theme that takes the place of the built-in one of its name.
        public var overridesBuiltIn: Bool

        public var name: String { theme.name }
    }

    /// A user theme file as read from disk, or the failure to read it.
    public struct UserThemeFile: Sendable {
        public var name: String
        public var path: String
        public var contents: Result<String, DiagnosticList>

        public init(name: String, path: String, contents: Result<String, DiagnosticList>) {
            self.name = name
            self.path = path
            self.contents = contents
        }

        public init(name: String, path: String, text: String) {
            self.init(name: name, path: path, contents: .success(text))
        }
    }

    /// The built-in themes in the order `t` cycles through them.
    public static let builtInNames = ["default", "light", "amber", "high-contrast", "monochrome", "colorblind"]

    /// The built-in themes alone.
    public static let builtIn = ThemeCatalog()

    /// Valid themes in cycle order: the built-in ones (each replaced by a user theme of its name),
    /// then the other user themes by name.
    public let entries: [Entry]
    /// User theme files that could not be read or have problems, by name: the themes are left
    /// out of `entries`, and asking for one by name gives these diagnostics.
    public let problems: [String: DiagnosticList]

    /// The built-in themes, overridden and extended by `userThemes`.
    public init(userThemes: [UserThemeFile] = []) {
        var userEntries: [String: Entry] = [:]
        var problems: [String: DiagnosticList] = [:]
        for file in userThemes {
            do {
                var theme = try ThemeLoader.load(text: file.contents.get(), file: file.path)
                theme.name = file.name
                userEntries[file.name] = Entry(theme: theme, source: .file(path: file.path),
                                               overridesBuiltIn: Self.builtInNames.contains(file.name))
            } catch {
                problems[file.name] = error
            }
        }
        let builtIn = Self.builtInNames.map { userEntries[$0] ?? Self.builtInEntry($0) }
        let added = userEntries.values.filter { !$0.overridesBuiltIn }.sorted { $0.name < $1.name }
        entries = builtIn + added
        self.problems = problems
    }

    /// Names in the order `t` cycles through them.
    public var names: [String] { entries.map(\.name) }

    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The theme `--theme` names: a theme in the catalogue by name, else a theme file at that
    /// path. A user theme file with problems, and an unknown name, throw diagnostics; the
    /// unknown name's lists the themes there are. `fileExists` and `readFile` are injected so
    /// that tests need no files.
    package func resolve(_ nameOrPath: String, fileExists: (String) -> Bool = FileSystem.isRegularFile,
                        readFile: (String) throws(DiagnosticList) -> String = TextFile.contents(ofFile:))
        throws(DiagnosticList) -> Theme {
        if let entry = entry(named: nameOrPath) { return entry.theme }
        if let problem = problems[nameOrPath] { throw problem }
        let looksLikeAPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
        if looksLikeAPath || fileExists(nameOrPath) {
            return try ThemeLoader.load(text: readFile(nameOrPath), file: nameOrPath)
        }
        let hint = Suggestion.hint(for: nameOrPath, among: names + problems.keys.sorted())
        throw DiagnosticList([Diagnostic(
            file: nameOrPath, line: 0, column: 0, path: "",
            message: "no theme of this name and no theme file at this path\(hint); themes: \(names.joined(separator: ", "))")])
    }

    /// The YAML text of a built-in theme, as `burnrate themes show` prints it.
    public static func builtInText(named name: String) -> String? {
        BuiltInThemeFiles.all.first { $0.name == name }?.text
    }

    /// Where a user keeps theme files: `$XDG_CONFIG_HOME/burnrate/themes`, or
    /// `~/.config/burnrate/themes` when XDG_CONFIG_HOME is unset, empty or relative (the XDG
    /// specification says to ignore a relative one); nil without a home directory.
    public static func userThemeDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/burnrate/themes"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/burnrate/themes"
    }

    /// A built-in theme file always parses (tests load every one); if one did not, that is a
    /// mistake in Themes/ made at build time, so stopping with its diagnostics is right.
    private static func builtInEntry(_ name: String) -> Entry {
        guard let text = builtInText(named: name) else { preconditionFailure("no built-in theme file Themes/\(name).yaml") }
        do {
            var theme = try ThemeLoader.load(text: text, file: "Themes/\(name).yaml")
            theme.name = name
            return Entry(theme: theme, source: .builtIn, overridesBuiltIn: false)
        } catch {
            preconditionFailure("built-in theme \(name) does not load:\n\(error)")
        }
    }
}
