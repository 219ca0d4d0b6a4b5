/// What the config's `alerts:` asks for when an indicator crosses a threshold, besides the
/// banner and the log line, which always come.
public struct AlertSettings: Hashable, Sendable {
    /// Ring the terminal's bell.
    public var bell: Bool
    /// A program and its arguments, run without a shell with the alert as JSON on its standard
    /// input; empty for none.
    public var command: [String]

    public init(bell: Bool = false, command: [String] = []) {
        self.bell = bell
        self.command = command
    }

    /// Longest a command may run before it is killed.
    public static let commandTimeout = Duration.seconds(5)
    /// A command's arguments, counted with the program.
    public static let maximumArguments = 64
}
