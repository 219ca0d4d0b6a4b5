#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BurnrateFuzzHarnesses
import Testing

/// Every committed fuzz input, corpus and crashers alike, goes through the same harness the
/// fuzzer ran (no sanitizer build needed). Each harness replays in a child process, so that
/// an input that still traps fails this test, naming the file, instead of ending `swift test`.
@Suite struct FuzzReplayTests {
    @Test(arguments: FuzzHarness.all.map(\.name))
    func replaysEveryCommittedInput(harness name: String) async {
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) { [name] in
            FuzzReplay(harnessNamed: name).replayAll()
        }
        let output = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        if output.contains(FuzzReplay.failureMark) {
            Issue.record(Comment(rawValue: String(output.suffix(8_000))))
        }
    }

    @Test func everyHarnessHasASeedCorpus() {
        for harness in FuzzHarness.all {
            #expect(!FuzzReplay(harnessNamed: harness.name).inputs(in: "Corpus").isEmpty, "\(harness.name)")
        }
    }
}
