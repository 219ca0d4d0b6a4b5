import Foundation
import Testing

/// `burnrate check FILE...`: exit 0 when every file is valid, else 1 and every diagnostic.
@Suite struct CheckCommandTests {
    @Test func aValidFile() throws {
        let directory = try TemporaryDirectory.with(["mini.yaml": Array(ScenarioTexts.valid.utf8)])
        let run = try BurnrateRun.run(["check", "mini.yaml"], in: directory)
        #expect(run.status == 0)
        #expect(run.stdout == "mini.yaml: ok (mini: 1 investor, 1 contract, 0 sites)\n")
        #expect(run.stderr == "")
    }

    /// Debt, leases and customers are counted when a file has them.
    @Test func aFileWithDebtLeasesAndCustomers() throws {
        let text = ScenarioTexts.valid + """
            debt:
              - {id: loan, lender: Bank, kind: loan, amount: 3B, source: article}
              - {id: notes, lender: Holders, kind: notes, amount: 1B, source: article}
            customers:
              - {id: meta, counterparty: Meta, backlog: 35B, source: article}

            """
        let directory = try TemporaryDirectory.with(["debt.yaml": Array(text.utf8)])
        let run = try BurnrateRun.run(["check", "debt.yaml"], in: directory)
        #expect(run.status == 0)
        #expect(run.stdout == "debt.yaml: ok (mini: 1 investor, 1 contract, 0 sites, 2 debts, 1 customer)\n")
        #expect(run.stderr == "")
    }

    @Test func everyDiagnosticOfEveryBrokenFile() throws {
        let directory = try TemporaryDirectory.with([
            "a.yaml": Array(ScenarioTexts.twoProblems.utf8),
            "ok.yaml": Array(ScenarioTexts.valid.utf8),
            "b.yaml": Array(ScenarioTexts.unknownSource.utf8),
        ])
        let run = try BurnrateRun.run(["check", "a.yaml", "ok.yaml", "b.yaml"], in: directory)
        #expect(run.status == 1)
        // the valid file in between is still checked and reported
        #expect(run.stdout == "ok.yaml: ok (mini: 1 investor, 1 contract, 0 sites)\n")
        #expect(run.stderr == ScenarioTexts.twoProblemsDiagnostics(file: "a.yaml")
            + ScenarioTexts.unknownSourceDiagnostics(file: "b.yaml"))
    }

    @Test func warningsAloneExitZero() throws {
        let directory = try TemporaryDirectory.with(["warned.yaml": Array(ScenarioTexts.unusedSource.utf8)])
        let run = try BurnrateRun.run(["check", "warned.yaml"], in: directory)
        #expect(run.status == 0)
        #expect(run.stdout == "warned.yaml: ok (mini: 1 investor, 1 contract, 0 sites, 1 warning)\n")
        #expect(run.stderr == ScenarioTexts.unusedSourceWarning(file: "warned.yaml"))
    }

    @Test func strictExitsFourOnAWarning() throws {
        let directory = try TemporaryDirectory.with([
            "ok.yaml": Array(ScenarioTexts.valid.utf8),
            "warned.yaml": Array(ScenarioTexts.unusedSource.utf8),
        ])
        let run = try BurnrateRun.run(["check", "--strict", "ok.yaml", "warned.yaml"], in: directory)
        #expect(run.status == 4)
        #expect(run.stdout == """
            ok.yaml: ok (mini: 1 investor, 1 contract, 0 sites)
            warned.yaml: ok (mini: 1 investor, 1 contract, 0 sites, 1 warning)

            """)
        #expect(run.stderr == ScenarioTexts.unusedSourceWarning(file: "warned.yaml"))
        #expect(try BurnrateRun.run(["check", "--strict", "ok.yaml"], in: directory).status == 0)
    }

    /// An error outweighs a warning: 1, not 4, with both reported.
    @Test func strictWithAnErrorExitsOne() throws {
        let directory = try TemporaryDirectory.with([
            "warned.yaml": Array(ScenarioTexts.unusedSource.utf8),
            "b.yaml": Array(ScenarioTexts.unknownSource.utf8),
        ])
        let run = try BurnrateRun.run(["check", "--strict", "warned.yaml", "b.yaml"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr == ScenarioTexts.unusedSourceWarning(file: "warned.yaml")
            + ScenarioTexts.unknownSourceDiagnostics(file: "b.yaml"))
    }

    @Test func aMissingFile() throws {
        let run = try BurnrateRun.run(["check", "missing.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr == "missing.yaml: cannot read the file: No such file or directory\n")
    }

    @Test func anEmptyFile() throws {
        let directory = try TemporaryDirectory.with(["empty.yaml": []])
        let run = try BurnrateRun.run(["check", "empty.yaml"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr == "empty.yaml: the file is empty\n")
    }

    @Test func aFileOfOnlyComments() throws {
        let directory = try TemporaryDirectory.with(["comments.yaml": Array("# nothing yet\n\n".utf8)])
        let run = try BurnrateRun.run(["check", "comments.yaml"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr == "comments.yaml: the file holds no YAML value, only blank lines or comments\n")
    }

    @Test func binaryFiles() throws {
        let directory = try TemporaryDirectory.with([
            // the start of an ELF executable: 0xFF... is not UTF-8
            "program.yaml": [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0xFF, 0xFE, 0x00, 0x00],
            // valid UTF-8, but with NUL bytes no text file has
            "zeros.yaml": [0x69, 0x64, 0x3A, 0x00, 0x00, 0x0A],
        ])
        let run = try BurnrateRun.run(["check", "program.yaml", "zeros.yaml"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr == """
            program.yaml: expected a text file in UTF-8, found bytes that are not UTF-8
            zeros.yaml: expected a text file, found NUL bytes

            """)
    }

    @Test func aDirectory() throws {
        let directory = try TemporaryDirectory.make()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("folder.yaml"),
                                                withIntermediateDirectories: false)
        let run = try BurnrateRun.run(["check", "folder.yaml"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr == "folder.yaml: cannot read the file: it is a directory\n")
    }

    @Test func noFileAtAllIsAUsageError() throws {
        let run = try BurnrateRun.run(["check"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: Missing expected argument '<file> ...'\n"))
    }
}
