#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BurnrateFuzzHarnesses
import Foundation

/// Replays one harness's committed inputs (Tests/Fuzz/Corpus/NAME and Tests/Fuzz/Crashes/NAME),
/// printing a line per failing file on standard error (after `failureMark`).
///
/// The fuzzer holds each input to 1 s and 256 MB (-timeout=1, -rss_limit_mb=256,
/// -malloc_limit_mb=256, on a -O build with ASan); replay keeps the same limits on this build
/// (`ReplayGuard`): 256 MB more data segment than it started with plus slack, and a CPU
/// budget per input of 1 s times how much slower an unoptimised build is (`debugSlowdown`,
/// measured: see Benchmarks/FUZZING.md). No file may be longer than the harness's
/// `maxLength`, the size the fuzzer was held to.
struct FuzzReplay {
    /// Starts each line about a failing input on standard error.
    static let failureMark = "fuzz replay failed: "
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz")
    #if DEBUG
    static let debugSlowdown = 10.0
    #else
    static let debugSlowdown = 2.0
    #endif
    static let secondsPerInput = 1.0 * debugSlowdown

    let harness: FuzzHarness

    init(harnessNamed name: String) {
        guard let harness = FuzzHarness.named(name) else { fatalError("no fuzz harness named \(name)") }
        self.harness = harness
    }

    /// The files of Tests/Fuzz/FOLDER/NAME, sorted.
    func inputs(in folder: String) -> [URL] {
        let directory = Self.fuzzFolder.appendingPathComponent(folder).appendingPathComponent(harness.name)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
    }

    func replayAll() {
        ReplayGuard.limitMemory()
        for file in inputs(in: "Corpus") + inputs(in: "Crashes") {
            if let failure = replay(file) {
                FileHandle.standardError.write(Data("\(Self.failureMark)\(file.path): \(failure)\n".utf8))
            }
        }
    }

    /// Why the input fails, or nil. A trap names the file through `ReplayGuard`.
    func replay(_ file: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return "cannot read the file" }
        guard data.count <= harness.maxLength else {
            return "\(data.count) bytes, over the harness's \(harness.maxLength) (minimise it, or it is not what the fuzzer ran)"
        }
        do {
            try ReplayGuard.run(file.path, cpuSeconds: Self.secondsPerInput) { () throws(FuzzFailure) in
                try harness.run([UInt8](data))
            }
            return nil
        } catch {
            return error.description
        }
    }
}
