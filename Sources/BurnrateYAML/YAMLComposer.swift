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

    private typealias Position = (line: Int, column: Int)

    private struct Stop: Error {}

    private let collector: DiagnosticCollector
    private var nodes: [YAMLNode] = []
    private var text: [UInt8] = []
    /// The lists and mappings not yet ended, innermost last.
    private var openCollections: [Int32] = []
    private var documentCount = 0

    private init(collector: DiagnosticCollector, textSize: Int) {
        self.collector = collector
        // Scalars are most of a file: their text comes to about its size. Values take about
        // ten bytes each in a scenario; reserving room for them saves copying a growing array.
        text.reserveCapacity(textSize)
        nodes.reserveCapacity(min(textSize / 8, Self.maximumNodes))
    }

    /// The first document; nil when the text holds no document or a problem was reported.
    static func compose(_ text: String, into collector: DiagnosticCollector) -> YAMLTree? {
        // The text's own bytes, not a copy: a scenario of ten thousand investors is over 3 MB.
        var text = text
        return text.withUTF8 { buffer in
            var composer = YAMLComposer(collector: collector, textSize: buffer.count)
            var parser = yaml_parser_t()
            yaml_parser_initialize(&parser)
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            do {
                while try composer.handleNextEvent(&parser, bytes: buffer) {}
            } catch {
                return nil
            }
            return composer.nodes.isEmpty ? nil : YAMLTree(nodes: composer.nodes, text: composer.text)
        }
    }

    /// Handles one event; false at the end of the stream.
    private mutating func handleNextEvent(_ parser: inout yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) throws(Stop) -> Bool {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            let error = YAMLSyntaxError(parser, in: bytes)
            try fail(at: error.position, error.message)
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
            try count(at: mark)
            let scalar = event.data.scalar
            let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            let start = Int32(text.count)
            text.append(contentsOf: bytes)
            let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.plain_implicit == 1
            append(isPlain ? .plainScalar : .quotedScalar, at: mark, contents: start..<Int32(text.count),
                   isNull: isPlain && YAMLNode.isNull(plain: bytes))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            try count(at: mark)
            guard openCollections.count < Self.maximumDepth else {
                try fail(at: mark, "expected at most \(Self.maximumDepth) levels of nesting, found more")
            }
            let index = Int32(nodes.count)
            // Its items follow it; where they end is known at its end event.
            append(event.type == YAML_MAPPING_START_EVENT ? .mapping : .list, at: mark, contents: index + 1..<index + 1)
            openCollections.append(index)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let index = Int(openCollections.removeLast())
            nodes[index].contents = nodes[index].contents.lowerBound..<Int32(nodes.count)
        default:
            break
        }
        return true
    }

    private mutating func append(_ kind: YAMLKind, at mark: Position, contents: Range<Int32>, isNull: Bool = false) {
        nodes.append(YAMLNode(kind: kind, isNull: isNull, line: Int32(mark.line), column: Int32(mark.column),
                              parent: openCollections.last ?? -1, contents: contents))
    }

    private func count(at mark: Position) throws(Stop) {
        if nodes.count >= Self.maximumNodes {
            try fail(at: mark, "expected at most \(Self.maximumNodes) values in one file, found more")
        }
    }

    private func fail(at mark: Position, _ message: String) throws(Stop) -> Never {
        collector.report(line: mark.line, column: mark.column, path: "", message)
        throw Stop()
    }
}
