import Foundation

/// Finds an executable this package builds, for end-to-end tests: `swift build --build-tests`
/// puts it beside the test runner, so look in the runner's folder and the ones above it (on
/// macOS the runner sits inside an .xctest bundle), then in the package's .build/debug.
enum BuiltProduct {
    static func path(of name: String) -> String? {
        var folders: [URL] = []
        if let runner = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = runner.deletingLastPathComponent()
            for _ in 0..<4 {
                folders.append(folder)
                folder = folder.deletingLastPathComponent()
            }
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent(name).path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
