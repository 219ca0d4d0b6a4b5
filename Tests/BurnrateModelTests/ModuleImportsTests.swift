import Foundation
import Testing

/// The layers stay layers: each program module imports only the modules below it (README,
/// "How the code is laid out"). A file that reaches past them fails here, by name, before the
/// package's dependencies are loosened to make it build.
@Suite struct ModuleImportsTests {
    static let system: Set<String> = ["Glibc", "Darwin", "Synchronization"]
    static let allowed: [String: Set<String>] = [
        "BurnrateText": [],
        "BurnrateYAML": ["BurnrateText", "CYAML"],
        "BurnrateModel": ["BurnrateText", "BurnrateYAML", "RealModule"],
        "BurnrateCore": ["BurnrateText"],
        "BurnrateView": ["BurnrateText", "BurnrateYAML", "BurnrateModel", "BurnrateCore"],
        "BurnrateTerminal": ["BurnrateCore", "CNcursesw"],
    ]

    @Test(arguments: allowed.keys.sorted())
    func aModuleImportsOnlyTheModulesBelowIt(_ module: String) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/\(module)")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        var strayImports: [String] = []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let importWord = words.firstIndex(of: "import"), importWord + 1 < words.count,
                      words[..<importWord].allSatisfy({ $0.hasPrefix("@") }) else { continue }
                let imported = String(words[importWord + 1])
                if !Self.system.contains(imported) && !Self.allowed[module, default: []].contains(imported) {
                    strayImports.append("\(file): \(imported)")
                }
            }
        }
        #expect(!files.isEmpty, "no files in Sources/\(module)")
        #expect(strayImports == [])
    }
}
