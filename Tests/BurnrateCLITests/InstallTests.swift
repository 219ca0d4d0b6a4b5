import Foundation
import Testing

/// `.install/install.sh`: what it puts under a prefix, that the page renders and the binary runs
/// from anywhere, that `--uninstall` leaves the prefix as it found it, and its refusals.
@Suite struct InstallTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let script = package.appendingPathComponent(".install/install.sh")
    static let installed = ["bin/burnrate", "share/man/man1/burnrate.1", "share/bash-completion/completions/burnrate",
                            "share/zsh/site-functions/_burnrate", "share/fish/vendor_completions.d/burnrate.fish",
                            "share/burnrate/install-manifest"]

    static func bash(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> BurnrateRun {
        try BurnrateRun.run(executable: URL(fileURLWithPath: "/bin/bash"), arguments, in: directory, environment: environment)
    }

    /// Every path under `root` with its kind and, for a file, its mode and bytes.
    static func listing(_ root: URL) throws -> [String: String] {
        var entries: [String: String] = [:]
        let files = FileManager.default
        for case let path as String in files.enumerator(atPath: root.path)! {
            let url = root.appendingPathComponent(path)
            let attributes = try files.attributesOfItem(atPath: url.path)
            let mode = String((attributes[.posixPermissions] as? Int) ?? 0, radix: 8)
            if attributes[.type] as? FileAttributeType == .typeDirectory {
                entries[path] = "directory \(mode)"
            } else {
                entries[path] = "file \(mode) " + (try Data(contentsOf: url)).base64EncodedString()
            }
        }
        return entries
    }

    /// A prefix that already holds someone else's files under bin/ and share/man/man1/.
    static func usedPrefix() throws -> URL {
        let prefix = try TemporaryDirectory.make()
        for (path, text) in [("bin/other", "#!/bin/sh\n"), ("share/man/man1/other.1", ".TH OTHER 1\n")] {
            let url = prefix.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return prefix
    }

    /// Installs with `script` and `arguments` into a used prefix, checks the result and
    /// uninstalls.
    static func installChecksAndUninstalls(script: URL = script, _ arguments: [String], from directory: URL) throws {
        let prefix = try usedPrefix()
        let before = try listing(prefix)
        let install = try bash([script.path, "--prefix", prefix.path] + arguments, in: directory)
        #expect(install.status == 0, "\(install.stderr)")
        // Only a build, when there is one, says anything on standard error.
        #expect(arguments.isEmpty || install.stderr.isEmpty, "\(install.stderr)")
        let after = try listing(prefix)
        let added = Set(after.keys).subtracting(before.keys)
        #expect(added == Set(installed + ["share/bash-completion", "share/bash-completion/completions", "share/zsh",
                                          "share/zsh/site-functions", "share/fish", "share/fish/vendor_completions.d",
                                          "share/burnrate"]))
        #expect(after["bin/burnrate"]?.hasPrefix("file 755 ") == true)
        #expect(after["share/man/man1/burnrate.1"]?.hasPrefix("file 644 ") == true)

        let binary = prefix.appendingPathComponent("bin/burnrate")
        let elsewhere = try TemporaryDirectory.make()
        let version = try BurnrateRun.run(executable: binary, ["--version"], in: elsewhere)
        #expect(version.stdout.hasPrefix("burnrate 0.1.0 ("))
        #expect(install.stdout.contains("installed " + version.stdout))
        let snapshot = try BurnrateRun.run(executable: binary, ["snapshot", "--size", "100x30"], in: elsewhere)
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        #expect(snapshot.stdout == (try BurnrateRun.run(["snapshot", "--size", "100x30"])).stdout)
        #expect(snapshot.stdout.contains("OpenAI"))

        // man -l renders the page without a groff warning, with the commands, options and keys.
        let page = try BurnrateRun.run(executable: URL(fileURLWithPath: "/usr/bin/man"),
                                       ["--warnings", "-l", prefix.appendingPathComponent("share/man/man1/burnrate.1").path],
                                       in: elsewhere, environment: ["MANWIDTH": "100", "MANPAGER": "cat", "PAGER": "cat", "MAN_KEEP_FORMATTING": ""])
        #expect(page.status == 0)
        #expect(page.stderr.isEmpty, "\(page.stderr)")
        for text in ["BURNRATE(1)", "burnrate - The money, compute capacity and risk", "burnrate check [options] <file> ...",
                     "burnrate scenario show", "--scenario <name|file>", "(values: text, json; default: text)",
                     "KEYS", "ENVIRONMENT", "XDG_CONFIG_HOME", "~/.config/burnrate/config.yaml", "EXIT STATUS"] {
            #expect(page.stdout.contains(text), "the page lacks \(text)")
        }
        // No text line of the page became a request: every line that starts with a dot is one of
        // the generator's own.
        let source = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/burnrate.1"), encoding: .utf8)
        let requests = Set(source.split(separator: "\n").filter { $0.hasPrefix(".") || $0.hasPrefix("'") }
            .map { $0.split(separator: " ")[0] })
        #expect(requests == [".TH", ".SH", ".SS", ".TP", ".PP", ".br"])
        // The completions are those of the binary's own commands, where each shell finds them.
        let completions = ["bash": "share/bash-completion/completions/burnrate", "zsh": "share/zsh/site-functions/_burnrate",
                           "fish": "share/fish/vendor_completions.d/burnrate.fish"]
        for (shell, path) in completions {
            let script = try BurnrateRun.run(executable: binary, ["--generate-completion-script", shell], in: elsewhere)
            #expect(try String(contentsOf: prefix.appendingPathComponent(path), encoding: .utf8) == script.stdout)
        }
        try completesInEachShell(prefix: prefix)

        let uninstall = try bash([script.path, "--uninstall", "--prefix", prefix.path], in: directory)
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(uninstall.stdout == "removed burnrate from \(prefix.path)\n")
        #expect(try listing(prefix) == before)
    }

    /// Each shell that is here (.ci/run installs them) completes `burnrate sn` to `snapshot`
    /// from the prefix, as it would with the prefix being ~/.local (XDG_DATA_HOME's default)
    /// and its bin on the PATH; zsh, which cannot be asked outside a prompt, names the function.
    static func completesInEachShell(prefix: URL) throws {
        let home = try TemporaryDirectory.make()
        let environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.path, "XDG_DATA_HOME": prefix.appendingPathComponent("share").path,
                           "PATH": prefix.appendingPathComponent("bin").path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]
        let bashCompletion = "/usr/share/bash-completion/bash_completion"
        if FileManager.default.fileExists(atPath: bashCompletion) {
            let run = try bash(["-c", """
                source \(bashCompletion); __load_completion burnrate || exit 1
                COMP_WORDS=(burnrate sn); COMP_CWORD=1; COMP_LINE="burnrate sn"; COMP_POINT=11
                _burnrate burnrate sn burnrate; printf '%s\\n' "${COMPREPLY[@]}"
                """], in: home, environment: environment)
            #expect(run.stdout == "snapshot\n", "\(run.stderr)")
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/fish") {
            let run = try BurnrateRun.run(executable: URL(fileURLWithPath: "/usr/bin/fish"),
                                          ["-c", "complete -C 'burnrate sn'; complete -C 'burnrate export --format '"],
                                          in: home, environment: environment)
            #expect(run.stdout == """
                snapshot\tDraw one frame of the dashboard to standard output, without a terminal.
                json\tOutput format: json, csv or markdown.
                csv\tOutput format: json, csv or markdown.
                markdown\tOutput format: json, csv or markdown.

                """, "\(run.stderr)")
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh") {
            let functions = prefix.appendingPathComponent("share/zsh/site-functions").path
            let run = try BurnrateRun.run(executable: URL(fileURLWithPath: "/usr/bin/zsh"),
                                          ["-f", "-c", "fpath=(\(functions) $fpath); autoload -U compinit; compinit -u -D; print -r -- $_comps[burnrate]"],
                                          in: home, environment: environment)
            #expect(run.stdout == "_burnrate\n", "\(run.stderr)")
        }
    }

    @Test func installsTheBuiltProductsAndUninstallsThem() throws {
        let products = try BurnrateRun.binary().deletingLastPathComponent()
        try Self.installChecksAndUninstalls(["--products", products.path], from: try TemporaryDirectory.make())
    }

    /// The one command of the README on a fresh clone: a release build, so minutes long; the CI
    /// (.ci/run) asks for it.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BURNRATE_TEST_INSTALL_FROM_CLONE"] == "1"))
    func installsFromAFreshClone() throws {
        let clone = try TemporaryDirectory.make().appendingPathComponent("burnrate")
        // Its release build is some hundreds of megabytes.
        defer { try? FileManager.default.removeItem(at: clone) }
        let git = URL(fileURLWithPath: "/usr/bin/git")
        let cloned = try BurnrateRun.run(executable: git, ["clone", "--quiet", Self.package.path, clone.path])
        #expect(cloned.status == 0, "\(cloned.stderr)")
        try Self.installChecksAndUninstalls(script: clone.appendingPathComponent(".install/install.sh"), [], from: clone)
        // The Swift runtime is in the binary: it links only the system's libraries.
        let libraries = try BurnrateRun.run(executable: URL(fileURLWithPath: "/usr/bin/ldd"),
                                            [clone.appendingPathComponent(".build/release/burnrate").path])
        #expect(libraries.status == 0)
        #expect(libraries.stdout.contains("libncursesw") && !libraries.stdout.contains("swift") && !libraries.stdout.contains("Foundation"),
                "\(libraries.stdout)")
    }

    @Test func aPrefixThatIsNotEmptyGrowsOnlyByItsOwnFilesAndAFreshOneIsRemovedWhole() throws {
        let products = try BurnrateRun.binary().deletingLastPathComponent()
        let parent = try TemporaryDirectory.make()
        let prefix = parent.appendingPathComponent("new/prefix")
        let install = try Self.bash([Self.script.path, "--prefix", prefix.path, "--products", products.path])
        #expect(install.status == 0, "\(install.stderr)")
        #expect(try Set(Self.listing(prefix).keys).isSuperset(of: Self.installed))
        let uninstall = try Self.bash([Self.script.path, "--uninstall", "--prefix", prefix.path])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        // The prefix it made goes; the parent it had to make for it stays, empty.
        #expect(try Self.listing(parent) == ["new": "directory 755"])
    }

    @Test func stagesUnderADestdir() throws {
        let products = try BurnrateRun.binary().deletingLastPathComponent()
        let destdir = try TemporaryDirectory.make()
        let install = try Self.bash([Self.script.path, "--prefix", "/usr/local", "--products", products.path],
                                    environment: ["DESTDIR": destdir.path])
        #expect(install.status == 0, "\(install.stderr)")
        #expect(try Set(Self.listing(destdir.appendingPathComponent("usr/local")).keys).isSuperset(of: Self.installed))
        let manifest = try String(contentsOf: destdir.appendingPathComponent("usr/local/share/burnrate/install-manifest"), encoding: .utf8)
        #expect(manifest.contains(" bin/burnrate\n") && !manifest.contains(destdir.path))
        let uninstall = try Self.bash([Self.script.path, "--uninstall", "--prefix", "/usr/local", "--destdir", destdir.path])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(try Self.listing(destdir) == ["usr": "directory 755"])
    }

    @Test func aChangedFileIsKeptAtUninstall() throws {
        let products = try BurnrateRun.binary().deletingLastPathComponent()
        let prefix = try TemporaryDirectory.make()
        #expect(try Self.bash([Self.script.path, "--prefix", prefix.path, "--products", products.path]).status == 0)
        let page = prefix.appendingPathComponent("share/man/man1/burnrate.1")
        try Data(".TH MINE 1\n".utf8).write(to: page)
        let uninstall = try Self.bash([Self.script.path, "--uninstall", "--prefix", prefix.path])
        #expect(uninstall.status == 1)
        #expect(uninstall.stderr == """
            install.sh: kept \(page.path): it changed since it was installed
            install.sh: removed burnrate from \(prefix.path), but for the changed files above

            """)
        #expect(try Self.listing(prefix) == ["share": "directory 755", "share/man": "directory 755",
                                             "share/man/man1": "directory 755",
                                             "share/man/man1/burnrate.1": "file 644 " + Data(".TH MINE 1\n".utf8).base64EncodedString()])
    }

    /// A manifest line naming a file outside the prefix (with that file's own checksum, so that
    /// only the path check can save it) stops the uninstall: the file outside is there still.
    @Test func aManifestPathOutsideThePrefixIsRefused() throws {
        let outside = try TemporaryDirectory.make()
        let victim = outside.appendingPathComponent("victim")
        try Data("mine\n".utf8).write(to: victim)
        let prefix = outside.appendingPathComponent("prefix")
        let manifest = prefix.appendingPathComponent("share/burnrate/install-manifest")
        try FileManager.default.createDirectory(at: manifest.deletingLastPathComponent(), withIntermediateDirectories: true)
        let sum = "fcbc800db3f1867000b852f1ce0044b8f1584f76ade1ed6e65189824f95c3cda"
        try Data("file \(sum) ../victim\n".utf8).write(to: manifest)
        let uninstall = try Self.bash([Self.script.path, "--uninstall", "--prefix", prefix.path])
        #expect(uninstall.status == 1)
        #expect(uninstall.stderr == "install.sh: \(manifest.path): a path outside the prefix: ../victim\n")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "mine\n")
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var status: Int32
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let refusals = [
        Refusal(arguments: [], status: 2, message: "install.sh: no prefix: give one, e.g. --prefix ~/.local (or --prefix /usr/local as root)\n"),
        Refusal(arguments: ["--prefix", "relative/dir"], status: 2,
                message: "install.sh: the prefix must be an absolute path, found \"relative/dir\" (write --prefix ~/.local, not --prefix=~/.local)\n"),
        Refusal(arguments: ["--prefix", "/dev/null/prefix"], status: 1,
                message: "install.sh: cannot install into /dev/null/prefix/bin: /dev/null is not a directory\n"),
        Refusal(arguments: ["--uninstall", "--prefix", "/nonexistent"], status: 1,
                message: "install.sh: nothing to uninstall: no /nonexistent/share/burnrate/install-manifest (burnrate was not installed under /nonexistent by this script)\n"),
        Refusal(arguments: ["--prefix", "/tmp", "--frobnicate"], status: 2, message: "install.sh: unknown argument: --frobnicate\n"),
    ]

    @Test(arguments: refusals)
    func refuses(_ refusal: Refusal) throws {
        let run = try Self.bash([Self.script.path] + refusal.arguments, environment: ["PREFIX": "", "DESTDIR": ""])
        #expect(run.status == refusal.status)
        #expect(run.stderr.hasSuffix(refusal.message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func refusesToOverwriteAFileItDidNotInstall() throws {
        let prefix = try TemporaryDirectory.make()
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: prefix.appendingPathComponent("bin/burnrate"))
        let run = try Self.bash([Self.script.path, "--prefix", prefix.path, "--products", "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.stderr == "install.sh: \(prefix.path)/bin/burnrate exists and was not installed by this script: remove it first, or choose another prefix\n")
        #expect(try Self.listing(prefix) == ["bin": "directory 755", "bin/burnrate": "file 644 " + Data("mine".utf8).base64EncodedString()])
    }
}
