import BurnrateFuzzHarnesses

// libFuzzer's entry point for one harness; fuzz.sh compiles it with a file that names the
// harness (`let harnessName = "scenario"`). A broken invariant is a crash, so that libFuzzer
// keeps the input.
let harness: FuzzHarness = {
    guard let harness = FuzzHarness.named(harnessName) else { fatalError("no fuzz harness named \(harnessName)") }
    return harness
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        try harness.run(bytes)
    } catch {
        fatalError("\(harness.name): \(error)")
    }
    return 0
}
