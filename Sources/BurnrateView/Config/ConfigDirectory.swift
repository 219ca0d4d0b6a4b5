/// Where burnrate keeps a user's own files (config.yaml, themes/): `$XDG_CONFIG_HOME/burnrate`,
/// or `~/.config/burnrate` when XDG_CONFIG_HOME is unset, empty or relative (the XDG
/// specification says to ignore a relative one). Found from the environment as given, which is
/// untrusted: a path too long to open is refused, not truncated.
public enum ConfigDirectory {
    /// The longest directory path used: PATH_MAX is 4096 bytes, and a theme's file name under
    /// `themes/` may take up to 255 of them.
    public static let maximumBytes = 2048

    public enum Location: Equatable, Sendable {
        case directory(String)
        /// Neither an absolute XDG_CONFIG_HOME nor a HOME.
        case none
        /// The variable the path came from, which is longer than `maximumBytes`.
        case tooLong(variable: String)
    }

    public static func locate(environment: [String: String]) -> Location {
        let (variable, base): (String, String)
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            (variable, base) = ("XDG_CONFIG_HOME", config + "/burnrate")
        } else if let home = environment["HOME"], !home.isEmpty {
            (variable, base) = ("HOME", home + "/.config/burnrate")
        } else {
            return .none
        }
        return base.utf8.count > maximumBytes ? .tooLong(variable: variable) : .directory(base)
    }

    /// The directory, when there is one that can be used.
    public static func path(environment: [String: String]) -> String? {
        if case .directory(let path) = locate(environment: environment) { path } else { nil }
    }
}
