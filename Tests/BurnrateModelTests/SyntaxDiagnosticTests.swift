import Testing
@testable import BurnrateModel
import BurnrateYAML

/// YAML syntax errors said in plain words, at the line to fix: libyaml's own report names the
/// token it stumbled on, often a line after the mistake, in its parser's terms.
@Suite struct SyntaxDiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var lines: [String]
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // A key indented under one that already has its value (libyaml: "mapping values are not
        // allowed in this context", at the colon).
        Case(name: "a key indented under a value", lines: ["id: mini", "title: Mini", "  company: Mini"],
             expected: "t.yaml:3:3: expected this line to line up with line 2, found it indented by 2 spaces, under line 2, whose key already has its value"),
        Case(name: "a nested key indented under a value", lines: ["round:", "  name: A", "    status: x"],
             expected: "t.yaml:3:5: expected this line to line up with line 2, found it indented by 4 spaces, under line 2, whose key already has its value"),
        Case(name: "a key indented by one space under a value", lines: ["a: 1", " b: 2"],
             expected: "t.yaml:2:2: expected this line to line up with line 1, found it indented by 1 space, under line 1, whose key already has its value"),
        // A line between two levels (libyaml: "did not find expected key (while parsing a block
        // mapping at line 1, column 1)").
        Case(name: "a key between two levels", lines: ["id: mini", "round:", "  name: A", " status: x"],
             expected: "t.yaml:4:2: expected this line to line up with a line above it, found it indented by 1 space, between line 2 (0 spaces) and line 3 (2 spaces)"),
        Case(name: "a list item between two levels", lines: ["items:", "  - a", " - b"],
             expected: "t.yaml:3:2: expected this line to line up with a line above it, found it indented by 1 space, between line 1 (0 spaces) and line 2 (2 spaces)"),
        Case(name: "a key after a block of text, between two levels", lines: ["title: |", "  text", " bad: 1"],
             expected: "t.yaml:3:2: expected this line to line up with a line above it, found it indented by 1 space, between line 1 (0 spaces) and line 2 (2 spaces)"),
        Case(name: "a first line indented more than the rest", lines: ["  a: 1", "b: 2"],
             expected: "t.yaml:2:1: expected this line to line up with line 1, found it indented by 0 spaces, less than line 1 (2 spaces)"),
        // Tabs.
        Case(name: "a tab indenting a key", lines: ["id: mini", "round:", "\tname: A"],
             expected: "t.yaml:3:1: expected spaces to indent this line, found a tab (YAML indents with spaces only)"),
        Case(name: "a tab indenting a second key", lines: ["round:", "  name: A", "\tstatus: x"],
             expected: "t.yaml:3:1: expected spaces to indent this line, found a tab (YAML indents with spaces only)"),
        Case(name: "a tab on a line of its own", lines: ["a: x", "\t"],
             expected: "t.yaml:2:1: expected spaces to indent this line, found a tab (YAML indents with spaces only)"),
        // Quotes left open: reported where they were opened, not at the end of the file.
        Case(name: "a double quote left open", lines: ["id: mini", #"title: "Mini"#, "company: Mini", "as_of: 2026"],
             expected: "t.yaml:2:8: expected the double quote opened here to be closed, found the end of the file"),
        Case(name: "a single quote left open", lines: ["id: mini", "title: 'Mini", "company: Mini"],
             expected: "t.yaml:2:8: expected the single quote opened here to be closed, found the end of the file"),
        // Brackets left open: where they were opened.
        Case(name: "a [ left open", lines: ["id: mini", "tags: [a, b", "company: Mini"],
             expected: #"t.yaml:2:7: expected a "]" to close the list opened here with "[", found none before line 3"#),
        Case(name: "a [ left open at the end of the file", lines: ["a: [1, 2"],
             expected: #"t.yaml:1:4: expected a "]" to close the list opened here with "[", found none before line 2"#),
        Case(name: "a { left open", lines: ["id: mini", "horizon: {start: 2026, end: 2030", "company: Mini"],
             expected: #"t.yaml:2:10: expected a "}" to close the mapping opened here with "{", found none before line 3"#),
        Case(name: "a { closed by a ]", lines: ["key: [a, b: c, {d]"],
             expected: #"t.yaml:1:18: expected "," or "}" in the mapping opened at column 16, found "]""#),
        Case(name: "a bracket that closes nothing", lines: ["id: mini", "title: [a]]"],
             expected: #"t.yaml:2:11: expected the end of the line, found a "]" that closes nothing"#),
        Case(name: "a brace that closes nothing", lines: ["id: mini", "title: {a: 1}}"],
             expected: #"t.yaml:2:14: expected the end of the line, found a "}" that closes nothing"#),
        // A missing ": ".
        Case(name: "a key without its colon", lines: ["id: mini", "title Mini", "company: Mini"],
             expected: #"t.yaml:2:1: expected a key and its value (key: value), found "title Mini" with no ": ""#),
        Case(name: "a key without its colon at the end", lines: ["id: mini", "title Mini"],
             expected: #"t.yaml:2:1: expected a key and its value (key: value), found "title Mini" with no ": ""#),
        Case(name: "a colon without its space", lines: ["id: mini", "title:Mini", "company: Mini"],
             expected: #"t.yaml:2:1: expected a space after the ":" of a key (key: value), found "title:Mini""#),
        Case(name: "a line without its colon before a key", lines: ["a b", "c: d"],
             expected: #"t.yaml:1:1: expected a key and its value (key: value), found "a b" with no ": ""#),
        Case(name: "a nested line without its colon", lines: ["a:", "  b", "  c: 1"],
             expected: #"t.yaml:2:3: expected a key and its value (key: value), found "b" with no ": ""#),
        Case(name: "a value holding a colon", lines: ["id: mini", "title: a: b"],
             expected: #"t.yaml:2:9: expected a value, found a second ": " on this line; put a value that holds ": " in quotes"#),
        // Stray "- ".
        Case(name: "a list item among keys", lines: ["id: mini", "- a", "company: Mini"],
             expected: #"t.yaml:2:1: expected a key like the others of the mapping on line 1, found a list item ("- "); a list goes under a key, indented"#),
        Case(name: "a list item after a key's value", lines: ["a: x", "- y"],
             expected: #"t.yaml:2:1: expected a key like the others of the mapping on line 1, found a list item ("- "); a list goes under a key, indented"#),
        Case(name: "a key among list items", lines: ["items:", "  - a", "  b: c"],
             expected: #"t.yaml:3:3: expected a list item ("- …") like the one on line 2, found "b: c" (a value holds a list or keys, not both)"#),
        Case(name: "a key after a list at the top", lines: ["- a", "b: 1"],
             expected: #"t.yaml:2:1: expected a list item ("- …") like the one on line 1, found "b: 1" (a value holds a list or keys, not both)"#),
        Case(name: "a list on its key's line", lines: ["a:  - x"],
             expected: #"t.yaml:1:5: expected a value after the key, found a list item ("- "); start the list on the next line, indented under the key"#),
        // After the end of the document.
        Case(name: "content after ...", lines: ["id: mini", "...", "more: x"],
             expected: #"t.yaml:3:1: expected nothing after the end of the document ("..." on line 2), found more; remove the "..." or what follows it"#),
        Case(name: "a directive after content", lines: ["id: mini", "%YAML 1.1"],
             expected: #"t.yaml:3:1: expected "---" after the directive on line 2, found a value; directives such as %YAML are not needed"#),
        // Text after a value.
        Case(name: "text after a closing quote", lines: ["id: mini", #"title: "a" b"#],
             expected: #"t.yaml:2:12: expected the end of the line after the closing quote, found "b"; put the whole value in quotes"#),
        Case(name: "text after a closing single quote", lines: [#"a: 'x'y"#],
             expected: #"t.yaml:1:7: expected the end of the line after the closing quote, found "y"; put the whole value in quotes"#),
        Case(name: "text after a list", lines: ["a: [x] y"],
             expected: #"t.yaml:1:8: expected the end of the line after the value, found "y"; put the whole value in quotes"#),
        // Characters that cannot start a value, and values missing.
        Case(name: "a value starting with @", lines: ["id: mini", "title: @foo"],
             expected: #"t.yaml:2:8: expected a value, found "@", which cannot start one; put the value in quotes"#),
        Case(name: "a value starting with a backtick", lines: ["title: `foo"],
             expected: #"t.yaml:1:8: expected a value, found "`", which cannot start one; put the value in quotes"#),
        Case(name: "a bracket where a value belongs", lines: ["a: ]"], expected: #"t.yaml:1:4: expected a value, found "]""#),
        Case(name: "two commas in a list", lines: ["a: [x,,y]"], expected: #"t.yaml:1:7: expected a value, found ",""#),
        Case(name: "an unknown escape", lines: ["id: mini", #"title: "bad \q escape""#],
             expected: #"t.yaml:2:13: expected an escape such as \n, \t, \" or \\, found \q; write a backslash as \\ or use single quotes"#),
        Case(name: "a control character", lines: ["id: x", "title: \u{7}"],
             expected: #"t.yaml:2:8: expected text, found the control character U+0007; inside double quotes write it as \u0007"#),
        Case(name: "a C1 control character", lines: ["id: x", "title: a\u{9B}b"],
             expected: #"t.yaml:2:9: expected text, found the control character U+009B; inside double quotes write it as \u009B"#),
        // Seldom met: libyaml's own words.
        Case(name: "an anchor without a name", lines: ["a: &"],
             expected: "t.yaml:1:5: malformed YAML: did not find expected alphabetic or numeric character (while scanning an anchor at line 1, column 4)"),
    ]

    @Test(arguments: cases) func saysWhatIsWrongWhereToFixIt(_ broken: Case) {
        #expect(LoaderDiagnosticTests.diagnostics(broken.lines.joined(separator: "\n") + "\n") == [broken.expected])
    }

    @Test func linesEndingInCarriageReturnsReadAsTheirText() {
        #expect(LoaderDiagnosticTests.diagnostics("id: mini\r\ntitle Mini\r\ncompany: Mini\r\n")
            == [#"t.yaml:2:1: expected a key and its value (key: value), found "title Mini" with no ": ""#])
    }

    @Test func linesEndingInCarriageReturnsAloneAndNELsAreLibyamlsLines() {
        #expect(LoaderDiagnosticTests.diagnostics("id: mini\rtitle Mini\rcompany: Mini\r")
            == [#"t.yaml:2:1: expected a key and its value (key: value), found "title Mini" with no ": ""#])
        #expect(LoaderDiagnosticTests.diagnostics("id: mini\u{85}title Mini\u{2028}company: Mini\n")
            == [#"t.yaml:2:1: expected a key and its value (key: value), found "title Mini" with no ": ""#])
    }

    /// Explaining an error looks around in the text: whatever libyaml stops at, no index may
    /// fall outside it, and the position reported stays inside the file.
    @Test func noArrangementOfYAMLsPunctuationTrapsOrPointsOutsideTheFile() {
        let pieces = ["a", "b: ", ":", " ", "  ", "\t", "\n", "\r", "\r\n", "- ", "-", "[", "]", "{", "}", ",", "\"",
                      "'", "\\", "#", "&a", "*a", "!x", "|", ">", "...", "---", "%YAML 1.1", "? ", "@", "`",
                      "\u{85}", "\u{2028}", "é", "\u{7}"]
        var random = Dice(state: 2026)   // the same arrangements on every run
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
            do {
                _ = try YAMLDocument(text: text, file: "t.yaml")
            } catch {
                for diagnostic in error.diagnostics where diagnostic.line > 0 {
                    #expect(diagnostic.line <= lines + 1 && diagnostic.column >= 1, "\(text.debugDescription): \(diagnostic)")
                }
            }
        }
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(LoaderDiagnosticTests.diagnostics("título: \"ñandú\n")
            == ["t.yaml:1:9: expected the double quote opened here to be closed, found the end of the file"])
    }
}
