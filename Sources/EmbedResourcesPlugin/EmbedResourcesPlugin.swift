import Foundation
import PackagePlugin

/// Embeds the built-in YAML files of a target as Swift string literals.
///
/// Each target names the folders it carries, relative to the package root. Themes/ stays at the
/// top level, where users look for it, and is still compiled into the binary.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    static let foldersByTarget: [String: [(namespace: String, folder: String)]] = [
        "BurnrateModel": [
            ("BuiltInScenarioFiles", "Sources/BurnrateModel/BuiltIn/scenarios"),
            ("BuiltInDeckFiles", "Sources/BurnrateModel/BuiltIn/decks"),
        ],
        "BurnrateView": [
            ("BuiltInThemeFiles", "Themes"),
        ],
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let folders = Self.foldersByTarget[target.name] else { return [] }
        let root = context.package.directoryURL
        var inputs: [URL] = []
        var arguments: [String] = []
        for (namespace, folder) in folders {
            let directory = root.appending(path: folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path())) ?? []
            let files = names.filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appending(path: $0) }
            inputs += files
            arguments.append(namespace + "=" + files.map { $0.path() }.joined(separator: ":"))
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding built-in files of \(target.name)",
                executable: try context.tool(named: "EmbedResources").url,
                arguments: [output.path()] + arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
