import Foundation
import PackagePlugin

/// Gives a target `BuildCommit.hash`, the git commit it is built from, for `burnrate --version`.
///
/// A prebuild command, since it is the one kind that runs on every build: a build command runs
/// only when its declared inputs change, and git's HEAD is no file SwiftPM can watch. The script
/// rewrites its output only when the commit changes.
@main
struct BuildCommitPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildCommit")
        return [
            .prebuildCommand(
                displayName: "Reading the commit \(target.name) is built from",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [root.appending(path: "Sources/BuildCommitPlugin/build-commit.sh").path(), root.path(), output.path()],
                outputFilesDirectory: output
            )
        ]
    }
}
