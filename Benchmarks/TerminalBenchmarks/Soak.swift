import Glibc

/// `TerminalBenchmarks --soak SECONDS [--seed N] [path/to/burnrate]`: the dashboard and a
/// presentation of the built-in deck, both following one scenario file, driven for SECONDS by
/// seeded random keys, resizes, good and broken saves, a folder deleted and made again, theme
/// switches, playback, and notes terminals that come and go (quit, killed, or their terminal
/// closed). It checks that nothing crashed, that `q` ends both with status 0 and gives the
/// terminal back as it was, that resident memory grew under 1 MiB after a warm-up, and that no
/// descriptor was left open. Exit status 1 when a check fails.
enum Soak {
    struct Options {
        var seconds = 600
        var seed: UInt64 = 9
        var executable = ".build/release/burnrate"

        init(_ arguments: [String]) throws(HarnessError) {
            var rest = arguments[...]
            guard let first = rest.popFirst(), let seconds = Int(first), seconds > 0 else {
                throw HarnessError("--soak needs a number of seconds")
            }
            self.seconds = seconds
            while let argument = rest.popFirst() {
                if argument == "--seed" {
                    guard let text = rest.popFirst(), let seed = UInt64(text) else { throw HarnessError("--seed needs a number") }
                    self.seed = seed
                } else {
                    executable = argument
                }
            }
        }
    }

    /// What leaves full-screen mode, as ncurses writes it for xterm-256color: the cursor shown
    /// (cnorm), the normal screen back (rmcup), the cursor keys back in normal mode (rmkx);
    /// and the mouse off, where the dashboard turned it on.
    static let resetSequences = ["\u{1B}[?25h", "\u{1B}[?1049l", "\u{1B}[?1l\u{1B}>"].map { Array($0.utf8) }
    static let mouseOff = Array("\u{1B}[?1006;1000l".utf8)
    static let frameEnd = Array("\u{1B}[?2026l".utf8)
    static let sampleInterval = Duration.seconds(5)
    static let maximumNotes = 3

    /// Keys for both programs: every key of the dashboard and the deck but the ones that quit,
    /// suspend, switch the theme or play (those are events of their own), in both cursor-key
    /// modes, with mouse clicks and wheel turns, and letters that land in prompts.
    static let keys = [
        "\t", "\u{1B}[Z", "1", "2", "3", "j", "k", "h", "l", "\u{1B}[A", "\u{1B}[B", "\u{1B}[C", "\u{1B}[D",
        "\u{1B}OA", "\u{1B}OB", "\u{1B}OC", "\u{1B}OD", "\u{1B}[5~", "\u{1B}[6~", "\u{1B}[H", "\u{1B}[F", "\u{1B}OH",
        "\u{1B}OF", "\r", "e", "z", "\u{1B}", "w", "r", ":", "/", "c", "s", "?", "\u{0C}", "y", "n", "\u{7F}", "a",
        "b", "f", "g", "o", "x", "-", "+", "0", "5", "9", "\u{17}", "\u{15}", "\u{10}", "\u{0E}",
        "\u{1B}[<0;30;12M\u{1B}[<0;30;12m", "\u{1B}[<64;40;20M", "\u{1B}[<65;40;20M",
    ]
    static let playbackKeys = [" ", "<", ">", "[", "]"]

    enum Event: String, CaseIterable {
        case dashboardKey = "dashboard keys", presentationKey = "presentation keys", resize = "resizes"
        case goodSave = "good saves", brokenSave = "broken saves", folderRemade = "folder deleted and made again"
        case theme = "theme switches", playback = "playback keys", notesStart = "notes started"
        case notesQuit = "notes quit (q)", notesKilled = "notes killed (SIGKILL)", notesClosed = "notes terminal closed"

        /// Out of 1,000.
        var weight: Int {
            switch self {
            case .dashboardKey: 450
            case .presentationKey: 300
            case .resize: 50
            case .goodSave: 25
            case .brokenSave: 12
            case .folderRemade: 3
            case .theme: 40
            case .playback: 60
            case .notesStart: 30
            case .notesQuit, .notesKilled, .notesClosed: 10
            }
        }
    }

    static func main(_ arguments: [String]) -> Int32 {
        do {
            return try run(Options(arguments)) ? 0 : 1
        } catch {
            var message = Array("TerminalBenchmarks --soak: \(error)\n".utf8)
            _ = write(STDERR_FILENO, &message, message.count)
            return 1
        }
    }

    static func run(_ options: Options) throws(HarnessError) -> Bool {
        guard access(options.executable, X_OK) == 0, let resolved = realpath(options.executable, nil) else {
            throw HarnessError("no executable at \(options.executable)")
        }
        let executable = String(cString: resolved)
        free(resolved)
        let files = try SoakFiles(executable: executable)
        defer { files.remove() }
        // The programs save what-ifs (`s`, a typed name) where they run: in the soak's folder,
        // removed with it, never in the folder the soak was started from.
        guard chdir(files.root) == 0 else { throw HarnessError("cannot enter \(files.root)") }
        let environment = terminalEnvironment().filter { !$0.hasPrefix("XDG_RUNTIME_DIR=") } + ["XDG_RUNTIME_DIR=" + files.runtime]
        func start(_ name: String, _ arguments: [String], columns: Int = 160, rows: Int = 48) throws(HarnessError) -> SoakProgram {
            try SoakProgram(name: name, executable: executable, arguments: arguments, environment: environment,
                            columns: columns, rows: rows)
        }
        let dashboard = try start("dashboard", ["--scenario", files.scenario])
        let presentation = try start("presentation", ["present", files.deck], columns: 120, rows: 36)
        let main = [dashboard, presentation]
        for program in main { try program.waitForFirstFrame(frameEnd, timeout: .seconds(10)) }
        var random = SeededGenerator(seed: options.seed)
        var counts: [Event: Int] = [:]
        var notes: [SoakProgram] = []
        var leaving: [(program: SoakProgram, how: Event, since: Duration)] = []
        var ended: [(program: SoakProgram, how: Event)] = []
        var problems: [String] = []

        let begin = MonotonicClock.now()
        let end = begin + .seconds(options.seconds)
        let warmUp = Duration.seconds(min(60, options.seconds / 5))
        var warmSamples: Int?
        var nextSample = begin
        while MonotonicClock.now() < end {
            let now = MonotonicClock.now()
            if now >= nextSample {
                for program in main { try program.sample() }
                if warmSamples == nil, now - begin >= warmUp { warmSamples = dashboard.residentKiB.count }
                nextSample = now + sampleInterval
            }
            let event = pick(&random)
            counts[event, default: 0] += 1
            switch event {
            case .dashboardKey: dashboard.send(keys.randomElement(using: &random)!)
            case .presentationKey: presentation.send(keys.randomElement(using: &random)!)
            case .resize:
                let target = (main + notes).randomElement(using: &random)!
                target.terminal?.resize(columns: Int.random(in: 20...200, using: &random), rows: Int.random(in: 6...60, using: &random))
            case .goodSave:
                let text = files.good(softBankBillions: Int.random(in: 5...60, using: &random))
                if Bool.random(using: &random) { try files.saveInPlace(text) } else { try files.saveByRename(text) }
            case .brokenSave: try files.saveInPlace(files.broken(Int.random(in: 0...1, using: &random)))
            case .folderRemade: try files.remakeFolder(files.good(softBankBillions: Int.random(in: 5...60, using: &random)))
            case .theme: dashboard.send("t")
            case .playback:
                if Int.random(in: 0..<4, using: &random) == 0 { presentation.send("a") } else {
                    dashboard.send(playbackKeys.randomElement(using: &random)!)
                }
            case .notesStart:
                if notes.count < maximumNotes {
                    notes.append(try start("notes", ["notes", files.deck], columns: 100, rows: 30))
                } else {
                    counts[event, default: 0] -= 1
                }
            case .notesQuit, .notesKilled, .notesClosed:
                guard let index = notes.indices.randomElement(using: &random) else {
                    counts[event, default: 0] -= 1
                    break
                }
                let leaver = notes.remove(at: index)
                switch event {
                case .notesQuit: leaver.send("q")
                case .notesKilled: kill(leaver.pid, SIGKILL)
                default: leaver.closeTerminal()
                }
                leaving.append((leaver, event, now))
            }
            // Reads everyone's output while waiting for the next event, 5 to 45 ms away.
            let next = MonotonicClock.now() + .milliseconds(Int.random(in: 5...45, using: &random))
            repeat {
                for program in main + notes + leaving.map(\.program) { program.pump() }
            } while MonotonicClock.now() < next
            for program in main where program.reap() != nil {
                problems.append("\(program.name) ended during the soak (wait status \(program.exitStatus!))")
            }
            if !problems.isEmpty { break }
            leaving.removeAll { entry in
                if entry.program.reap() != nil {
                    ended.append((entry.program, entry.how))
                    return true
                }
                guard MonotonicClock.now() - entry.since > .seconds(5) else { return false }
                problems.append("a notes terminal did not end within 5 s of \(entry.how.rawValue)")
                kill(entry.program.pid, SIGKILL)
                return true
            }
        }
        let duration = MonotonicClock.now() - begin

        // The notes go, so that the presentation's descriptors can be counted without them.
        for program in notes { program.send("q") }
        leaving += notes.map { ($0, Event.notesQuit, MonotonicClock.now()) }
        counts[.notesQuit, default: 0] += notes.count
        notes = []
        let settle = MonotonicClock.now() + .seconds(5)
        while !leaving.isEmpty, MonotonicClock.now() < settle {
            for program in main + leaving.map(\.program) { program.pump() }
            leaving.removeAll { entry in
                guard entry.program.reap() != nil else { return false }
                ended.append((entry.program, entry.how))
                return true
            }
        }
        problems += leaving.map { "a notes terminal did not end within 5 s of \($0.how.rawValue)" }
        let quiet = MonotonicClock.now() + .seconds(1)
        while MonotonicClock.now() < quiet { for program in main { program.pump() } }
        for program in main { try program.sample() }

        problems += notesProblems(ended)
        print("soak: \(fixed(duration.milliseconds / 1000, 1)) s, seed \(options.seed), \(options.executable), TERM=xterm-256color")
        print("events: " + Event.allCases.map { "\(counts[$0, default: 0]) \($0.rawValue)" }.joined(separator: ", "))
        for program in main {
            let status = program.quit(timeout: .seconds(5))
            let sequences = resetSequences + (program === dashboard ? [mouseOff] : [])
            let unrestored = program.unrestoredTerminal(sequences: sequences, frameEnd: frameEnd)
            let warm = program.residentKiB[min(warmSamples ?? 0, program.residentKiB.count - 1)]
            let last = program.residentKiB.last!
            let growth = last - warm
            let (firstDescriptors, lastDescriptors) = (program.descriptors.first!, program.descriptors.last!)
            print("\(program.name): RSS after warm-up \(warm) KiB, at the end \(last) KiB (growth \(growth) KiB), "
                + "max \(program.residentKiB.max()!) KiB over \(program.residentKiB.count) samples; "
                + "descriptors \(firstDescriptors) at the start, \(lastDescriptors) at the end, max \(program.descriptors.max()!); "
                + "\(fixed(Double(program.bytesWritten) / 1_048_576, 1)) MiB written; "
                + "exit \(status.map(describe) ?? "none within 5 s"); terminal restored: \(unrestored == nil ? "yes" : "no")")
            if status != 0 { problems.append("\(program.name) did not exit with status 0 after q") }
            if let unrestored { problems.append("\(program.name) did not restore the terminal: \(unrestored)") }
            if growth >= 1024 { problems.append("\(program.name) grew by \(growth) KiB") }
            if lastDescriptors != firstDescriptors { problems.append("\(program.name) has \(lastDescriptors - firstDescriptors) more descriptors open") }
        }
        let notesSummary = Event.allCases.filter { [.notesQuit, .notesKilled, .notesClosed].contains($0) }.map { how in
            let leavers = ended.filter { $0.how == how }
            let exits = leavers.compactMap { $0.program.exitStatus }
            let early = leavers.filter { $0.program.closedBeforeFirstFrame }.count
            return "\(how.rawValue): " + Dictionary(grouping: exits, by: describe).map { "\($0.value.count)× \($0.key)" }.sorted().joined(separator: ", ")
                + (early > 0 ? " (\(early) closed before their first frame)" : "")
        }
        print("notes terminals: " + notesSummary.joined(separator: "; "))
        print(problems.isEmpty ? "PASS" : "FAIL:\n  " + problems.joined(separator: "\n  "))
        return problems.isEmpty
    }

    /// Notes that quit end with 0 and their terminal restored; closing the terminal ends them
    /// (SIGHUP, handled: they exit); SIGKILL kills them. A terminal closed while the program was
    /// still starting, before it drew anything, may end it as SIGHUP ends any program that has
    /// not yet taken the terminal (nothing to give back). Anything else is a crash.
    static func notesProblems(_ ended: [(program: SoakProgram, how: Event)]) -> [String] {
        ended.compactMap { program, how in
            let status = program.exitStatus!
            let expected = switch how {
            case .notesKilled: status & 0x7f == SIGKILL
            case .notesQuit: status == 0
            default: status & 0x7f == 0 || (program.closedBeforeFirstFrame && status & 0x7f == SIGHUP)
            }
            guard expected else { return "a notes terminal after \(how.rawValue): \(describe(status))" }
            guard how == .notesQuit, let unrestored = program.unrestoredTerminal(sequences: resetSequences, frameEnd: frameEnd) else { return nil }
            return "a notes terminal that quit: \(unrestored)"
        }
    }

    static func pick(_ random: inout SeededGenerator) -> Event {
        var roll = Int.random(in: 0..<Event.allCases.map(\.weight).reduce(0, +), using: &random)
        for event in Event.allCases {
            if roll < event.weight { return event }
            roll -= event.weight
        }
        return .dashboardKey
    }

    /// "status 0", "signal 9": WIFEXITED, WEXITSTATUS and WTERMSIG, which Swift does not import.
    static func describe(_ status: Int32) -> String {
        status & 0x7f == 0 ? "status \((status >> 8) & 0xff)" : "signal \(status & 0x7f)"
    }
}
