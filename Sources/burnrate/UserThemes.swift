#if canImport(Glibc)
import Glibc
#endif
import BurnrateModel
import BurnrateView
import BurnrateYAML

/// The user's own theme files: the one place the theme catalogue meets the file system.
enum UserThemes {
    /// The built-in themes with the user's theme files over them.
    static func catalog(environment: [String: String] = processEnvironment) -> ThemeCatalog {
        guard let directory = ThemeCatalog.userThemeDirectory(environment: environment) else { return .builtIn }
        let files = yamlFiles(in: directory).map { name in
            let path = directory + "/" + name
            let contents = Result { () throws(DiagnosticList) in try TextFile.contents(ofFile: path) }
            return ThemeCatalog.UserThemeFile(name: ThemeLoader.name(ofFile: name), path: path, contents: contents)
        }
        return files.isEmpty ? .builtIn : ThemeCatalog(userThemes: files)
    }

    /// Names of the .yaml and .yml files in `directory`, sorted; none when it does not exist.
    static func yamlFiles(in directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && FileSystem.isRegularFile(directory + "/" + name) {
                names.append(name)
            }
        }
        return names.sorted()
    }

    static var processEnvironment: [String: String] {
        var environment: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return environment
    }
}
