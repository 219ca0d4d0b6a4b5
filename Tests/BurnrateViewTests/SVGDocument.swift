import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// An SVG picture read back with Foundation's XML parser: its elements in document order, each
/// with its attributes and text, so that tests look at what a browser would read.
struct SVGDocument {
    struct Element: Equatable {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    let elements: [Element]

    /// Parses `svg`, recording an issue and returning nil when it is not well-formed XML.
    init?(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let parser = XMLParser(data: Data(svg.utf8))
        let reader = Reader()
        parser.delegate = reader
        guard parser.parse() else {
            let error = String(describing: parser.parserError)
            Issue.record("not well-formed XML: \(error) at line \(parser.lineNumber), column \(parser.columnNumber)",
                         sourceLocation: sourceLocation)
            return nil
        }
        elements = reader.elements
    }

    func named(_ name: String) -> [Element] {
        elements.filter { $0.name == name }
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
    }
}
