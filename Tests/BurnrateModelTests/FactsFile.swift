import Foundation

/// The research notes the built-in scenarios' figures come from, vendored under Facts/ as they
/// were handed over (issue 14), so that a test can find the row each figure cites.
enum FactsFile: String, CaseIterable, CustomStringConvertible {
    /// OpenAI up to the March 2026 close.
    case openai = "facts.md"
    /// Anthropic, xAI and CoreWeave.
    case more = "facts-more.md"
    /// OpenAI from April to early July 2026.
    case openaiLate = "facts-openai-late-2026.md"

    static let folder = String(#filePath.dropLast("FactsFile.swift".count)) + "Facts/"

    var description: String { rawValue }

    var lines: [Substring] { Self.cache[self] ?? [] }

    private static let cache: [FactsFile: [Substring]] = Dictionary(uniqueKeysWithValues: allCases.map { file in
        let text = (try? String(contentsOfFile: folder + file.rawValue, encoding: .utf8)) ?? ""
        return (file, text.split(separator: "\n", omittingEmptySubsequences: false))
    })
}
