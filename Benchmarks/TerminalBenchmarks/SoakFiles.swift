import Glibc

/// The soak's files in a fresh folder: the scenario the dashboard and the presentation both
/// follow (`data/s.yaml`), the deck (`deck/deck.yaml`, in a folder of its own so that the
/// scenario's folder can be deleted and made again), and the notes sockets' runtime folder.
struct SoakFiles {
    let root: String
    var folder: String { root + "/data" }
    var scenario: String { folder + "/s.yaml" }
    var deck: String { root + "/deck/deck.yaml" }
    var runtime: String { root + "/runtime" }
    /// The built-in scenario as `burnrate scenario show` prints it.
    let original: String
    /// The line saves change: SoftBank's amount.
    static let amountLine = "      name: SoftBank\n      amount: 30B\n"

    init(executable: String) throws(HarnessError) {
        var template = Array("/tmp/burnrate-soak-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw HarnessError("cannot make a folder in /tmp") }
        root = String(cString: made)
        for folder in [root + "/data", root + "/deck", root + "/runtime"] where mkdir(folder, 0o700) != 0 {
            throw HarnessError("cannot make \(folder)")
        }
        original = try Self.output(of: executable, ["scenario", "show", "openai-2026-02"])
        guard original.contains(Self.amountLine) else { throw HarnessError("the built-in scenario has no SoftBank amount of 30B") }
        let deckText = try Self.output(of: executable, ["deck", "show", "openai-2026-02"])
        guard deckText.contains("\nscenario: openai-2026-02") else { throw HarnessError("the built-in deck names no scenario") }
        try Self.write(original, to: scenario)
        try Self.write(deckText.replacing("\nscenario: openai-2026-02", with: "\nscenario: ../data/s.yaml"), to: deck)
    }

    /// The scenario with SoftBank's amount changed: a save that loads.
    func good(softBankBillions: Int) -> String {
        original.replacing(Self.amountLine, with: Self.amountLine.replacing("30B", with: "\(softBankBillions)B"))
    }

    /// Saves that do not load: a value of the wrong kind, and YAML that does not parse.
    func broken(_ kind: Int) -> String {
        kind % 2 == 0
            ? original.replacing(Self.amountLine, with: Self.amountLine.replacing("30B", with: "thirty"))
            : original.replacing(Self.amountLine, with: Self.amountLine.replacing("30B", with: "[30B"))
    }

    /// Writes over the scenario in place, as an editor that keeps the file does.
    func saveInPlace(_ text: String) throws(HarnessError) {
        try Self.write(text, to: scenario)
    }

    /// Writes a new file and renames it over the scenario, as vim and most IDEs do.
    func saveByRename(_ text: String) throws(HarnessError) {
        let temporary = folder + "/.s.yaml.tmp"
        try Self.write(text, to: temporary)
        guard rename(temporary, scenario) == 0 else { throw HarnessError("cannot rename over \(scenario)") }
    }

    /// `rm -rf data; mkdir data`, then the file written again.
    func remakeFolder(_ text: String) throws(HarnessError) {
        try Self.removeTree(folder)
        guard mkdir(folder, 0o700) == 0 else { throw HarnessError("cannot make \(folder)") }
        try Self.write(text, to: scenario)
    }

    func remove() {
        try? Self.removeTree(root)
    }

    private static func write(_ text: String, to path: String) throws(HarnessError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw HarnessError("cannot write \(path)") }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
            throw HarnessError("cannot write \(path)")
        }
    }

    private static func removeTree(_ path: String) throws(HarnessError) {
        guard let stream = opendir(path) else { throw HarnessError("cannot list \(path)") }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        closedir(stream)
        for name in names {
            var info = stat()
            let child = path + "/" + name
            if lstat(child, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { try removeTree(child) } else { unlink(child) }
        }
        guard rmdir(path) == 0 else { throw HarnessError("cannot remove \(path)") }
    }

    /// What `executable arguments` prints on standard output, through a file.
    private static func output(of executable: String, _ arguments: [String]) throws(HarnessError) -> String {
        var template = Array("/tmp/burnrate-soak-out-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw HarnessError("cannot make a file in /tmp") }
        let path = String(cString: template)
        defer {
            close(descriptor)
            unlink(path)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, descriptor, STDOUT_FILENO)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawn(&child, executable, &actions, nil, argv, environ) == 0 else {
            throw HarnessError("cannot start \(executable)")
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw HarnessError("\(executable) \(arguments.joined(separator: " ")) failed (wait status \(status))") }
        lseek(descriptor, 0, SEEK_SET)
        return FileContents.text(reading: descriptor)
    }
}
