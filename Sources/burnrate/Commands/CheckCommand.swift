import BurnrateText
import ArgumentParser
import BurnrateModel
import BurnrateYAML

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate scenario files.",
        discussion: """
            Reads every FILE and reports every problem in it at once, one per line, as \
            FILE:LINE:COLUMN: path.to.field: what was expected, what was found. Then warns about \
            figures that read well but disagree, as FILE:LINE:COLUMN: warning: path.to.field: \
            message: a provider's sites holding more or fewer GW than its contracts state, a site \
            online before its contract starts, stakes adding up to more than 100 % (before the \
            round, or the new investors' after it), a post-money valuation more than 1 % away from \
            pre-money plus the target, tranches not adding up to their investor's amount, cash on \
            hand dated (by its own date, else its source's) more than six months before as_of and not rolled \
            forward, years of the horizon \
            without revenue or burn, a source no source: key names, a party named only once whose \
            id is close to another party's or an investor's, customers' revenue shares adding up to \
            more than 100 %. \
            With --fail-on LEVEL, then prints each indicator of a valid file at LEVEL or worse, as \
            FILE: indicator-id: level value (threshold > limit), on standard output. \
            Exits 0 when every file is valid (warnings or not), 1 when one is not, 3 with --fail-on \
            when every file is valid but an indicator reaches the level, 4 with --strict when every \
            file is valid but one has a warning (3 wins over 4).
            """
    )

    @Flag(help: "Exit 4 when a file has a warning.")
    var strict = false

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 3 when an indicator reaches this level or worse.",
                                                             valueName: "level"))
    var failOn: CheckFailOn?

    @Argument(help: ArgumentHelp("Scenario files to check.", valueName: "file"))
    var files: [String]

    func run() throws {
        var failed = false
        var warned = false
        var reached = false
        for file in files {
            do {
                let (scenario, warnings) = try ScenarioLoader.check(contentsOf: file)
                var tallies: [(count: Int, noun: String)] = [(scenario.round.investors.count, "investor"),
                                                             (scenario.contracts.count, "contract"), (scenario.sites.count, "site")]
                for (count, noun) in [(scenario.debt.count, "debt"), (scenario.leases.count, "lease"),
                                      (scenario.customers.count, "customer")] where count > 0 {
                    tallies.append((count, noun))
                }
                if !warnings.isEmpty { tallies.append((warnings.count, "warning")) }
                let counts = tallies.map { "\($0.count) \($0.noun)\($0.count == 1 ? "" : "s")" }
                print("\(TerminalSafe.escape(file)): ok (\(TerminalSafe.escape(scenario.id)): \(counts.joined(separator: ", ")))")
                if !warnings.isEmpty {
                    warned = true
                    StandardError.write(DiagnosticList(warnings).description)
                }
                for line in failOn?.lines(file: file, scenario: scenario) ?? [] {
                    reached = true
                    print(line)
                }
            } catch {
                failed = true
                StandardError.write(error.description)
            }
        }
        if failed { throw ExitCode(1) }
        if reached { throw ExitCode(3) }
        if strict, warned { throw ExitCode(4) }
    }
}
