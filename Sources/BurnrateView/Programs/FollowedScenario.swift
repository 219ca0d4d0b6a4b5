/// The scenario file a program follows, and how to read it again: the executable's loader,
/// handed in so that the program itself reads no file. The runner watches the file; each
/// change becomes the `ScenarioFileChange` the dashboard and a presentation react to.
public struct FollowedScenario: Sendable {
    /// The file as the user named it, for loading and for what the screen says.
    public let path: String
    private let read: @Sendable (String) -> ScenarioFileChange

    public init(path: String, read: @escaping @Sendable (String) -> ScenarioFileChange) {
        self.path = path
        self.read = read
    }

    /// The watch on the file: `changed` hears what each change means for the scenario, `off`
    /// the line to show when the file cannot be watched.
    func subscription<Event>(changed: @escaping @Sendable (ScenarioFileChange) -> Event,
                             off: @escaping @Sendable (_ message: String) -> Event) -> Subscription<Event> {
        .file(path: path) { [path, read] change in
            switch change {
            case .written: changed(read(path))
            case .removed: changed(.deleted(path: path))
            case .unwatchable(let reason): off("live reload is off: \(reason)")
            }
        }
    }
}
