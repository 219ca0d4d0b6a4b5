import BurnrateModel
import BurnrateYAML

/// Loads theme files (the format is described at `Theme`) with the same YAML reader and the
/// same diagnostics as scenario files: `FILE:LINE:COLUMN: colors.ok: expected …, found …`.
public enum ThemeLoader {
    /// Parses and checks; throws every problem at once, in the order they stand in the file.
    /// A file without `name:` is named after the file (`themes/dusk.yaml` is "dusk").
    public static func load(text: String, file: String) throws(DiagnosticList) -> Theme {
        let document = try YAMLDocument(text: text, file: file)
        let collector = DiagnosticCollector(file: file)
        guard let theme = ThemeReading.theme(document.reader(into: collector), defaultName: name(ofFile: file)) else {
            throw collector.inFileOrder
        }
        return theme
    }

    /// Reads a file: a missing or unreadable file, an empty one and one that is not text each
    /// get a diagnostic on line 0.
    public static func load(contentsOf path: String) throws(DiagnosticList) -> Theme {
        try load(text: TextFile.contents(ofFile: path), file: path)
    }

    /// The file's name without its folder and its `.yaml` or `.yml`.
    public static func name(ofFile path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".yaml", ".yml"] where file.hasSuffix(suffix) && file.count > suffix.count {
            return String(file.dropLast(suffix.count))
        }
        return file
    }
}
