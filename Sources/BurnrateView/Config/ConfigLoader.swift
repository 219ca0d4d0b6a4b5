import BurnrateModel
import BurnrateYAML

/// Reads config.yaml (described in README.md, "Configuration") with the same YAML reader and the
/// same diagnostics as scenario files: `FILE:LINE:COLUMN: keys.quitt: unknown action …`.
public enum ConfigLoader {
    /// Parses and checks `text`; throws every problem at once, in the order they stand in the
    /// file. A file of nothing but blank lines and comments is a config that sets nothing.
    /// `themes` holds the names `theme:` may give.
    public static func load(text: String, file: String, themes: ThemeCatalog) throws(DiagnosticList) -> Config {
        guard !setsNothing(text) else { return .defaults }
        let document = try YAMLDocument(text: text, file: file)
        let collector = DiagnosticCollector(file: file)
        guard let config = ConfigReading(themes: themes, keymap: .defaults).config(document.reader(into: collector)) else {
            throw collector.inFileOrder
        }
        return config
    }

    /// True when every line is blank or a comment, as in a config written out with every line
    /// commented.
    static func setsNothing(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).allSatisfy { line in
            let start = line.drop { $0 == " " || $0 == "\t" }
            return start.isEmpty || start.hasPrefix("#")
        }
    }
}
