#if canImport(Glibc)
import Glibc
#endif
import BurnrateModel
import BurnrateText
import BurnrateYAML
import BurnrateView

/// The user's config file as found, read and checked: the one place the config meets the
/// environment and the file system.
struct ConfigFile {
    static let name = "config.yaml"

    /// The file read or looked for; nil when there is nowhere to look.
    var path: String?
    /// False when there is no file: the defaults, and nothing to say about it.
    var exists: Bool
    /// What the file sets; the defaults when it has problems, of which nothing is applied.
    var config: Config
    /// Why the file could not be read, or what is wrong in it.
    var problems: DiagnosticList?

    /// `explicitPath` (`--config`) when given, which must exist; else config.yaml in the
    /// `ConfigDirectory`, if there is one.
    static func load(explicitPath: String?, environment: [String: String], themes: ThemeCatalog) -> ConfigFile {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else {
            switch ConfigDirectory.locate(environment: environment) {
            case .none:
                return ConfigFile(path: nil, exists: false, config: .defaults)
            case .tooLong(let variable):
                let problem = Diagnostic(file: "$" + variable, line: 0, column: 0, path: "",
                                         message: "longer than \(ConfigDirectory.maximumBytes) bytes, so no config file is read")
                return ConfigFile(path: nil, exists: false, config: .defaults, problems: DiagnosticList([problem]))
            case .directory(let directory):
                path = directory + "/" + name
                guard isThere(path) else { return ConfigFile(path: path, exists: false, config: .defaults) }
            }
        }
        do {
            let text = try TextFile.contents(ofFile: path)
            return ConfigFile(path: path, exists: true, config: try ConfigLoader.load(text: text, file: path, themes: themes))
        } catch {
            return ConfigFile(path: path, exists: isThere(path), config: .defaults, problems: error)
        }
    }

    /// False only when nothing is at `path`: a file that is there but cannot be read is a
    /// problem to report, not a missing config.
    private static func isThere(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 || errno != ENOENT
    }
}
