import BurnrateModel
import Testing
import BurnrateYAML

/// A diagnostic is one line of printable text whatever the file holds.
@Suite struct DiagnosticDescriptionTests {
    @Test func aKeyWithALineBreakStaysOnOneLine() {
        let diagnostic = Diagnostic(file: "s.yaml", line: 3, column: 1, path: "risk.a\nb",
                                    message: #"unknown key "a\nb"; expected one of thresholds, weights"#)
        #expect(diagnostic.description == #"s.yaml:3:1: risk.a\nb: unknown key "a\nb"; expected one of thresholds, weights"#)
    }

    @Test func fileNameFieldAndMessageAreEscaped() {
        let diagnostic = Diagnostic(file: "\u{1B}[2J.yaml", line: 2, column: 8, path: "title\u{202E}",
                                    message: "found \u{9B}31m\r")
        #expect(diagnostic.description == #"\e[2J.yaml:2:8: title\u{202E}: found \u{9B}31m\r"#)
        let whole = Diagnostic(file: "a\tb", line: 0, column: 0, path: "", message: "the file is empty\u{7}")
        #expect(whole.description == #"a\tb: the file is empty\u{07}"#)
    }

    @Test func aListIsOneLineADiagnostic() {
        let list = DiagnosticList([
            Diagnostic(file: "s.yaml", line: 1, column: 1, path: "a\nb", message: "x"),
            Diagnostic(file: "s.yaml", line: 2, column: 1, path: "c\r\nd", message: "y"),
        ])
        #expect(list.description == "s.yaml:1:1: a\\nb: x\ns.yaml:2:1: c\\r\\nd: y")
    }
}
