import Foundation
import Testing

/// The binary stays under 16 MB of memory only while the program's own modules keep off
/// Foundation: one `import Foundation` in the view (for `pow`) linked ICU into the static binary
/// and took peak memory from 14.9 to 18.2 MiB (README, "Benchmarks"). The C library and
/// FoundationEssentials (which swift-argument-parser brings) are fine.
@Suite struct FoundationFreeSourcesTests {
    static let modules = ["BurnrateText", "BurnrateYAML", "BurnrateCore", "BurnrateModel", "BurnrateView", "BurnrateTerminal", "burnrate"]

    @Test func noModuleOfTheProgramImportsFoundation() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        var importing: [String] = []
        for module in Self.modules {
            let folder = sources.appendingPathComponent(module)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            #expect(files.contains { $0.hasSuffix(".swift") }, "no Swift files found in \(module)")
            for file in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                if text.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == "import Foundation" }) {
                    importing.append("\(module)/\(file)")
                }
            }
        }
        #expect(importing == [])
    }
}
