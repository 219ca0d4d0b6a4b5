import CYAML

/// Builds a node tree from the events of the system's libyaml. A ready-made composer such as
/// Yams' `compose` expands aliases (a "billion laughs" file hangs it once an alias is used as
/// a key), stops at the first duplicate key and cannot say where a second document starts;
/// reading the events here turns each of those into a positioned diagnostic instead.
struct YAMLComposer {
    /// Deeper than any file burnrate reads; stops pathological nesting long before the stack.
    static let maximumDepth = 64
    /// Far more values than any real scenario, theme or deck holds, and room for a synthetic
    /// scenario of 10,000 investors and 10,000 contracts (about 340,000 values); an 8 MiB file
    /// of "1,1,1,…" would otherwise make four million.
    static let maximumNodes = 1_000_000

    private struct Frame {
        var isMapping: Bool
        var line: Int
        var column: Int
        /// Where the collection's items start in `items`.
        var start: Int
    }

    private typealias Position = (line: Int, column: Int)

    private struct Stop: Error {}

    private let collector: DiagnosticCollector
    private var frames: [Frame] = []
    /// The items of every open collection, innermost last; for a mapping, keys and values
    /// alternating. One array for all of them, so that a collection's items are copied once,
    /// into an array of their exact size, when it ends.
    private var items: [YAMLNode] = []
    private var nodeCount = 0
    private var documentCount = 0
    private var root: YAMLNode?

    private init(collector: DiagnosticCollector) {
        self.collector = collector
    }

    /// The first document's root; nil when the text holds no document or a problem was reported.
    static func compose(_ text: String, into collector: DiagnosticCollector) -> YAMLNode? {
        var composer = YAMLComposer(collector: collector)
        // The text's own bytes, not a copy: a scenario of ten thousand investors is over 3 MB.
        var text = text
        let finished = text.withUTF8 { buffer in
            var parser = yaml_parser_t()
            yaml_parser_initialize(&parser)
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            do {
                while try composer.handleNextEvent(&parser, bytes: buffer) {}
                return true
            } catch {
                return false
            }
        }
        return finished ? composer.root : nil
    }

    /// Handles one event; false at the end of the stream.
    private mutating func handleNextEvent(_ parser: inout yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) throws(Stop) -> Bool {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            try fail(at: Self.syntaxErrorPosition(parser, in: bytes), Self.syntaxErrorMessage(parser))
        }
        defer { yaml_event_delete(&event) }
        let mark = (line: event.start_mark.line + 1, column: event.start_mark.column + 1)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return false
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                try fail(at: mark, "expected a single YAML document, found a second one")
            }
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            try fail(at: mark, "expected a value written out in full, found the alias *\(name) (aliases are not supported)")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
                               as: UTF8.self)
            let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.plain_implicit == 1
            try add(YAMLNode(.scalar(value, isPlain: isPlain), line: mark.line, column: mark.column), at: mark)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            try count(at: mark)
            guard frames.count < Self.maximumDepth else {
                try fail(at: mark, "expected at most \(Self.maximumDepth) levels of nesting, found more")
            }
            frames.append(Frame(isMapping: event.type == YAML_MAPPING_START_EVENT, line: mark.line, column: mark.column,
                                start: items.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = frames.removeLast()
            let content = Self.content(of: frame, in: items)
            items.removeSubrange(frame.start...)
            attach(YAMLNode(content, line: frame.line, column: frame.column))
        default:
            break
        }
        return true
    }

    private static func content(of frame: Frame, in items: [YAMLNode]) -> YAMLNode.Content {
        guard frame.isMapping else { return .sequence(Array(items[frame.start...])) }
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity((items.count - frame.start) / 2)
        for index in stride(from: frame.start, to: items.count, by: 2) {
            pairs.append(YAMLPair(key: items[index], value: items[index + 1]))
        }
        return .mapping(pairs)
    }

    private mutating func add(_ node: YAMLNode, at mark: Position) throws(Stop) {
        try count(at: mark)
        attach(node)
    }

    private mutating func attach(_ node: YAMLNode) {
        if frames.isEmpty {
            root = node
        } else {
            items.append(node)
        }
    }

    private mutating func count(at mark: Position) throws(Stop) {
        nodeCount += 1
        if nodeCount > Self.maximumNodes {
            try fail(at: mark, "expected at most \(Self.maximumNodes) values in one file, found more")
        }
    }

    private func fail(at mark: Position, _ message: String) throws(Stop) -> Never {
        collector.report(line: mark.line, column: mark.column, path: "", message)
        throw Stop()
    }

    private static func syntaxErrorMessage(_ parser: yaml_parser_t) -> String {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        guard let context = parser.context.map({ String(cString: $0) }) else {
            return "malformed YAML: \(problem)"
        }
        return "malformed YAML: \(problem) (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
    }

    /// Reader errors (a byte YAML does not allow) carry an offset instead of a line.
    private static func syntaxErrorPosition(_ parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>) -> Position {
        guard parser.error == YAML_READER_ERROR else {
            return (parser.problem_mark.line + 1, parser.problem_mark.column + 1)
        }
        let before = bytes.prefix(min(parser.problem_offset, bytes.count))
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return (before.count(where: { $0 == UInt8(ascii: "\n") }) + 1, column)
    }
}
