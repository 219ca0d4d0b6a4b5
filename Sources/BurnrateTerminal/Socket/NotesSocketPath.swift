/// Where a presentation listens for notes terminals: `$XDG_RUNTIME_DIR/burnrate/DECK.sock`,
/// or `/tmp/burnrate-UID/DECK.sock` without a runtime directory. A second presentation of the
/// same deck takes `DECK-2.sock`, a third `DECK-3.sock`, so that they are kept apart.
public enum NotesSocketPath {
    /// How many presentations of one deck may run at once.
    public static let maximumInstances = 9

    public static func directory(environment: [String: String], uid: UInt32) -> String {
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
            return (runtime.hasSuffix("/") ? runtime : runtime + "/") + "burnrate"
        }
        return "/tmp/burnrate-\(uid)"
    }

    /// The deck's name as it appears in socket names: a file's name without folder or
    /// `.yaml`/`.yml`, and no slashes.
    public static func deckName(_ deck: String) -> String {
        var name = deck.split(separator: "/").last.map(String.init) ?? deck
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        return name.isEmpty ? "deck" : name
    }

    /// The socket of presentation `instance` (from 1) of `deck`.
    public static func path(directory: String, deck: String, instance: Int = 1) -> String {
        directory + "/" + deckName(deck) + (instance == 1 ? "" : "-\(instance)") + ".sock"
    }

    /// The instance a new presentation takes: the first whose socket no live presenter holds
    /// (a file left by a dead one is free); nil when all are taken.
    public static func freeInstance(directory: String, deck: String, isLive: (String) -> Bool) -> Int? {
        (1...maximumInstances).first { !isLive(path(directory: directory, deck: deck, instance: $0)) }
    }
}
