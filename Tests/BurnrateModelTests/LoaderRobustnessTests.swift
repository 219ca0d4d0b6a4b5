import Testing
@testable import BurnrateModel
#if canImport(Glibc)
import Glibc
#endif

/// Hostile and broken files are rejected with a diagnostic, never a crash or a hang.
@Suite struct LoaderRobustnessTests {
    static func diagnostics(_ text: String) -> [String] {
        LoaderDiagnosticTests.diagnostics(text)
    }

    @Test func rejectsABillionLaughs() {
        let levels = "abcdefghi".map(String.init)
        var lines = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for (previous, name) in zip(levels, levels.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        // The last alias used as a key would make a naive composer hash 9⁹ nodes.
        lines.append("j: {*i: 1}")
        #expect(Self.diagnostics(lines.joined(separator: "\n")) == [
            "t.yaml:2:8: expected a value written out in full, found the alias *a (aliases are not supported)",
        ])
    }

    @Test func rejectsDeepNesting() {
        let depth = 10_000
        let flow = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        // libyaml 0.2.5 sets no limit of its own; the composer stops at the 65th bracket, one
        // level too many.
        #expect(Self.diagnostics(flow) == ["t.yaml:1:65: expected at most 64 levels of nesting, found more"])
        let block = String(repeating: "- ", count: depth) + "x"
        // Each "- " opens a level: the 65th starts at column 2 × 64 + 1 = 129.
        #expect(Self.diagnostics(block) == ["t.yaml:1:129: expected at most 64 levels of nesting, found more"])
    }

    @Test func rejectsTooManyValues() {
        let text = "[" + Array(repeating: "1", count: 1_000_001).joined(separator: ",") + "]"
        // The list is value 1, its items 2…1,000,001; item 1,000,000 (value 1,000,001) is too many:
        // it starts after "[" and 999,999 "1," pairs, at column 1 + 1 + 999,999 × 2 = 2,000,000.
        #expect(Self.diagnostics(text) == ["t.yaml:1:2000000: expected at most 1000000 values in one file, found more"])
    }

    static func temporaryFile(_ bytes: [UInt8]) -> String {
        var template = Array("/tmp/burnrate-loader-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func fileDiagnostics(_ path: String) -> [String] {
        do {
            _ = try ScenarioLoader.load(contentsOf: path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func rejectsFilesThatCannotBeScenarios() {
        let missing = "/tmp/burnrate-loader-does-not-exist.yaml"
        #expect(Self.fileDiagnostics(missing) == ["\(missing): cannot read the file: No such file or directory"])
        #expect(Self.fileDiagnostics("/tmp") == ["/tmp: cannot read the file: it is a directory"])

        let empty = Self.temporaryFile([])
        defer { unlink(empty) }
        #expect(Self.fileDiagnostics(empty) == ["\(empty): the file is empty"])

        let binary = Self.temporaryFile(Array("id: x\n".utf8) + [0xFF, 0xFE, 0x00])
        defer { unlink(binary) }
        #expect(Self.fileDiagnostics(binary) == ["\(binary): expected a text file in UTF-8, found bytes that are not UTF-8"])

        let withNul = Self.temporaryFile(Array("id: x\n".utf8) + [0x00])
        defer { unlink(withNul) }
        #expect(Self.fileDiagnostics(withNul) == ["\(withNul): expected a text file, found NUL bytes"])

        // 8 MiB of comment plus one byte.
        let huge = Self.temporaryFile([UInt8](repeating: UInt8(ascii: "#"), count: 8 * 1024 * 1024 + 1))
        defer { unlink(huge) }
        #expect(Self.fileDiagnostics(huge) == ["\(huge): the file is larger than 8 MiB"])
    }

    @Test func reportsAControlCharacterWhereItStands() {
        // libyaml refuses U+0007 in a plain scalar; it stands on line 2, column 8.
        #expect(Self.diagnostics("id: x\ntitle: \u{7}\n") == [#"t.yaml:2:8: expected text, found the control character U+0007; inside double quotes write it as \u0007"#])
    }
}
