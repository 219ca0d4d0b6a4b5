/// A file's text by line, as a syntax error looks around the place libyaml stopped. Lines and
/// columns are 1-based, columns counted in Unicode scalars as libyaml counts them.
struct SourceLines {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where each line starts in `bytes`, and where its text ends (before its line break).
    private let starts: [Int]
    private let ends: [Int]

    /// Lines end where libyaml ends them, so that its line numbers find them: at a line feed,
    /// a carriage return (with a line feed after it or not), NEL, LS or PS.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var starts = [0], ends: [Int] = []
        var index = 0
        while index < bytes.count {
            let breakLength = Self.breakLength(in: bytes, at: index)
            guard breakLength > 0 else {
                index += 1
                continue
            }
            ends.append(index)
            index += breakLength
            starts.append(index)
        }
        ends.append(bytes.count)
        self.starts = starts
        self.ends = ends
    }

    private static func breakLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        switch (byte(0), byte(1), byte(2)) {
        case (0x0D, 0x0A, _): return 2
        case (0x0D, _, _), (0x0A, _, _): return 1
        case (0xC2, 0x85, _): return 2
        case (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9): return 3
        default: return 0
        }
    }

    /// The line's characters without its line break; empty past the end of the file.
    func line(_ number: Int) -> [Unicode.Scalar] {
        guard starts.indices.contains(number - 1) else { return [] }
        let range = starts[number - 1]..<ends[number - 1]
        return Array(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars)
    }

    func character(at position: (line: Int, column: Int)) -> Unicode.Scalar? {
        let scalars = line(position.line)
        return scalars.indices.contains(position.column - 1) ? scalars[position.column - 1] : nil
    }

    /// The text from `position` to the next space (or to the line's end, less a comment),
    /// quoted; "the end of the line" or "the end of the file" where there is none.
    func token(at position: (line: Int, column: Int), wholeLine: Bool = false, length: Int? = nil) -> String {
        let scalars = line(position.line)
        guard scalars.indices.contains(position.column - 1) else {
            return position.line < starts.count ? "the end of the line" : "the end of the file"
        }
        var token = scalars[(position.column - 1)...].prefix { wholeLine ? $0 != "#" : $0 != " " }
        if let length { token = token.prefix(length) }
        while token.last == " " { token = token.dropLast() }
        var text = ""
        text.unicodeScalars.append(contentsOf: token)
        return YAMLNode.quoted(text)
    }

    /// The nearest line before `number` that holds more than spaces and a comment.
    func contentLine(before number: Int) -> Int? {
        (1..<max(1, number)).reversed().first { number in
            let scalars = line(number)
            return scalars.indices.contains(Self.indent(of: scalars)) && scalars[Self.indent(of: scalars)] != "#"
        }
    }

    /// The line and column of a byte offset.
    func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        let line = (starts.lastIndex { $0 <= offset } ?? 0) + 1
        let start = starts[line - 1]
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(offset, bytes.count)]), as: UTF8.self)
            .unicodeScalars.count + 1
        return (line, column)
    }

    static func indent(of scalars: [Unicode.Scalar]) -> Int {
        scalars.prefix { $0 == " " }.count
    }

    static func isListItem(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        scalars.indices.contains(index) && scalars[index] == "-"
            && (index + 1 == scalars.count || scalars[index + 1] == " ")
    }

    /// True for a line that is a key with its value ("key: value"), a key opening a block
    /// ("key:") or a list item: one a following line at the same indentation may follow.
    static func holdsKey(_ scalars: [Unicode.Scalar]) -> Bool {
        let indent = indent(of: scalars)
        return isListItem(scalars, at: indent) || scalars.last == ":"
            || scalars.indices.dropLast().contains { scalars[$0] == ":" && scalars[$0 + 1] == " " }
    }
}
