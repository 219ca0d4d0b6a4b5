/// The save prompt's part of the app state: where a saved what-if goes by default, and the
/// prompt when it is open.
public struct SaveState: Hashable, Sendable {
    /// The directory the default path is in: beside the scenario file, or nil for the current
    /// directory (a built-in scenario).
    public var directory: String?
    public var prompt: SavePrompt?

    public init(directory: String? = nil, prompt: SavePrompt? = nil) {
        self.directory = directory
        self.prompt = prompt
    }
}

/// The line at the bottom that asks where to save, then, if the file exists, whether to
/// overwrite it.
public struct SavePrompt: Hashable, Sendable {
    public enum Stage: Hashable, Sendable {
        /// Typing the path.
        case typing
        /// The file exists: y overwrites it, n goes back to the path.
        case confirmingOverwrite
        /// The save was sent and its outcome has not come back yet.
        case saving
    }

    public var path: String
    public var stage: Stage

    public init(path: String, stage: Stage = .typing) {
        self.path = path
        self.stage = stage
    }
}

/// How a save went, as the executable reports it back.
public enum SaveOutcome: Hashable, Sendable {
    case saved
    /// Not written: the file exists and overwriting was not asked for.
    case exists
    /// Not written, with the reason (the system's error text).
    case failed(String)
}
