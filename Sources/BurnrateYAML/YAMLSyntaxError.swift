import BurnrateText
import CYAML

/// libyaml's syntax errors said in a reader's terms, at the line to fix: a tab, a quote or
/// bracket left open (at the place it was opened), a line indented to no level, a missing
/// ": ", a stray "- ", text after a closing quote or after the end of the document. libyaml
/// names the token it stumbled on, which is often a line or two after the mistake; the
/// source lines around it say which mistake it was. Errors seldom met keep libyaml's words.
struct YAMLSyntaxError {
    typealias Position = (line: Int, column: Int)

    let position: Position
    let message: String

    init(_ parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>) {
        let source = SourceLines(bytes)
        guard parser.error != YAML_READER_ERROR else {
            (position, message) = Self.readerError(parser, source)
            return
        }
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        let at = (line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
        let opened = (line: parser.context_mark.line + 1, column: parser.context_mark.column + 1)
        let explained = Self.explained(problem: problem, context: context, at: at, opened: opened, source)
        position = explained?.position ?? at
        message = explained?.message ?? context.map {
            "malformed YAML: \(problem) (\($0) at line \(opened.line), column \(opened.column))"
        } ?? "malformed YAML: \(problem)"
    }

    private static func explained(problem: String, context: String?, at: Position, opened: Position,
                                  _ source: SourceLines) -> (position: Position, message: String)? {
        let character = source.character(at: at)
        if character == "\t" || problem.hasPrefix("found a tab character") {
            return (at, "expected spaces to indent this line, found a tab (YAML indents with spaces only)")
        }
        switch (problem, context ?? "") {
        case ("found unexpected end of stream", "while scanning a quoted scalar"):
            let quote = source.character(at: opened) == "'" ? "single" : "double"
            return (opened, "expected the \(quote) quote opened here to be closed, found the end of the file")
        case ("did not find expected ',' or ']'", _), ("did not find expected ',' or '}'", _):
            let (open, close, what) = problem.hasSuffix("']'") ? ("[", "]", "list") : ("{", "}", "mapping")
            guard at.line == opened.line else {
                return (opened, "expected a \"\(close)\" to close the \(what) opened here with \"\(open)\", found none before line \(at.line)")
            }
            return (at, "expected \",\" or \"\(close)\" in the \(what) opened at column \(opened.column), found \(source.token(at: at))")
        case ("could not find expected ':'", _):
            return (opened, missingColon(at: opened, source))
        case ("did not find expected '-' indicator", _):
            return (at, "expected a list item (\"- …\") like the one on line \(opened.line), found \(source.token(at: at, wholeLine: true)) (a value holds a list or keys, not both)")
        case ("did not find expected <document start>", _):
            return (at, afterTheDocument(at: at, source))
        case ("block sequence entries are not allowed in this context", _):
            return (at, "expected a value after the key, found a list item (\"- \"); start the list on the next line, indented under the key")
        case ("found unknown escape character", _):
            let escape = source.character(at: (at.line, at.column + 1)).map { "\\\($0)" } ?? "\\"
            return (at, "expected an escape such as \\n, \\t, \\\" or \\\\, found \(escape); write a backslash as \\\\ or use single quotes")
        case ("found character that cannot start any token", _):
            return (at, "expected a value, found \(source.token(at: at, length: 1)), which cannot start one; put the value in quotes")
        case ("did not find expected node content", _):
            return (at, "expected a value, found \(source.token(at: at, length: 1))")
        case ("mapping values are not allowed in this context", _):
            return colonInValue(at: at, source)
        case ("did not find expected key", _):
            return unexpectedInMapping(at: at, mapping: opened, source)
        default:
            return nil
        }
    }

    /// A key line with no ": ", or one whose ":" has no space after it.
    private static func missingColon(at position: Position, _ source: SourceLines) -> String {
        let text = source.token(at: position, wholeLine: true)
        let scalars = source.line(position.line)
        let hasColonWithoutSpace = scalars.indices.dropLast().contains { scalars[$0] == ":" && scalars[$0 + 1] != " " }
        return hasColonWithoutSpace
            ? "expected a space after the \":\" of a key (key: value), found \(text)"
            : "expected a key and its value (key: value), found \(text) with no \": \""
    }

    /// libyaml stops at a ": " it cannot take: a key on a line indented under one that already
    /// has its value, a line after one that lacks its ": ", or a value holding ": ".
    private static func colonInValue(at position: Position, _ source: SourceLines)
        -> (position: Position, message: String) {
        let scalars = source.line(position.line)
        let indent = SourceLines.indent(of: scalars)
        let beforeColon = scalars[indent..<max(indent, min(position.column - 1, scalars.count))]
        let isKeyLine = !beforeColon.indices.dropLast().contains { beforeColon[$0] == ":" && beforeColon[$0 + 1] == " " }
            && beforeColon.first != "-"
        if isKeyLine, let previous = source.contentLine(before: position.line) {
            let previousScalars = source.line(previous)
            let previousIndent = SourceLines.indent(of: previousScalars)
            if previousIndent == indent, !SourceLines.holdsKey(previousScalars) {
                return ((previous, indent + 1), missingColon(at: (previous, indent + 1), source))
            }
            if let message = misindented(line: position.line, source) {
                return ((position.line, indent + 1), message)
            }
        }
        return (position, "expected a value, found a second \": \" on this line; put a value that holds \": \" in quotes")
    }

    /// A token where a mapping wanted its next key: a line indented to no level, a list item
    /// among keys, a bracket closing nothing, text after a closing quote.
    private static func unexpectedInMapping(at position: Position, mapping: Position, _ source: SourceLines)
        -> (position: Position, message: String)? {
        let scalars = source.line(position.line)
        let indent = SourceLines.indent(of: scalars)
        guard position.column - 1 == indent else {
            let character = source.character(at: position)
            if character == "]" || character == "}" {
                return (position, "expected the end of the line, found a \"\(character!)\" that closes nothing")
            }
            let before = scalars[..<min(position.column - 1, scalars.count)].last { $0 != " " }
            let after = before == "\"" || before == "'" ? "after the closing quote" : "after the value"
            return (position, "expected the end of the line \(after), found \(source.token(at: position)); put the whole value in quotes")
        }
        if SourceLines.isListItem(scalars, at: indent), position.column == mapping.column {
            return (position, "expected a key like the others of the mapping on line \(mapping.line), found a list item (\"- \"); a list goes under a key, indented")
        }
        return misindented(line: position.line, source).map { (position, $0) }
    }

    /// Why a line's indentation fits no level above it: it falls between two, or it is deeper
    /// than a line whose key already has its value. Nil when a line above lines up with it.
    private static func misindented(line: Int, _ source: SourceLines) -> String? {
        let indent = SourceLines.indent(of: source.line(line))
        let found = "found it indented by \(spaces(indent))"
        var deeper: (line: Int, indent: Int)?
        var above = line
        while let previous = source.contentLine(before: above) {
            above = previous
            let previousIndent = SourceLines.indent(of: source.line(previous))
            if previousIndent == indent { return nil }
            if previousIndent > indent {
                deeper = deeper ?? (previous, previousIndent)
                continue
            }
            guard let deeper else {
                return "expected this line to line up with line \(previous), \(found), under line \(previous), whose key already has its value"
            }
            return "expected this line to line up with a line above it, \(found), between line \(previous) (\(spaces(previousIndent))) and line \(deeper.line) (\(spaces(deeper.indent)))"
        }
        return deeper.map { "expected this line to line up with line \($0.line), \(found), less than line \($0.line) (\(spaces($0.indent)))" }
    }

    private static func afterTheDocument(at position: Position, _ source: SourceLines) -> String {
        var line = position.line
        while let previous = source.contentLine(before: line) {
            line = previous
            let scalars = source.line(previous)
            if scalars.starts(with: "...".unicodeScalars) {
                return "expected nothing after the end of the document (\"...\" on line \(previous)), found more; remove the \"...\" or what follows it"
            }
            if scalars.first == "%" {
                return "expected \"---\" after the directive on line \(previous), found a value; directives such as %YAML are not needed"
            }
        }
        let isLineStart = position.column == SourceLines.indent(of: source.line(position.line)) + 1
        return (isLineStart ? misindented(line: position.line, source) : nil) ?? "expected the end of the file, found more"
    }

    private static func readerError(_ parser: yaml_parser_t, _ source: SourceLines) -> (Position, String) {
        let position = source.position(ofOffset: parser.problem_offset)
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        guard problem == "control characters are not allowed", let character = source.character(at: position) else {
            return (position, "malformed YAML: \(problem)")
        }
        let code = "U+" + QuotedText.hex(character.value, digits: 4)
        return (position, "expected text, found the control character \(code); inside double quotes write it as \\u\(QuotedText.hex(character.value, digits: 4))")
    }

    private static func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }
}
