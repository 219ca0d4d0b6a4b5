/// Speaker notes that quote the model: `{indicator:funding.gap}` stands for that indicator's
/// figure as the slide shows it, worked out when the notes are shown, so that the notes follow
/// the scenario and the slide's what-if instead of going stale.
public enum LiveNotes {
    static let opening = "{indicator:"

    /// One `{indicator:ID}` as written in the notes.
    public struct Reference: Sendable, Equatable {
        /// The id between the colon and the brace, spaces around it dropped.
        public var id: String
        /// False when the notes end, or the line breaks, before a closing `}`.
        public var isClosed: Bool
    }

    /// Every reference in `notes`, in order.
    public static func references(in notes: String) -> [Reference] {
        var references: [Reference] = []
        _ = filled(notes) { reference in
            references.append(reference)
            return nil
        }
        return references
    }

    /// `notes` with each closed reference replaced by `figure(id)`; one that `figure` has
    /// nothing for, and an unclosed one, stays as written.
    public static func filled(_ notes: String, figure: (Reference) -> String?) -> String {
        var output = ""
        var rest = notes[...]
        while let start = rest.firstRange(of: opening) {
            output += rest[..<start.lowerBound]
            let afterOpening = rest[start.upperBound...]
            let end = afterOpening.firstIndex { $0 == "}" || $0.isNewline }
            let isClosed = end.map { afterOpening[$0] == "}" } ?? false
            let idEnd = end ?? afterOpening.endIndex
            var id = afterOpening[..<idEnd].drop { $0 == " " }
            while id.last == " " { id = id.dropLast() }
            let reference = Reference(id: String(id), isClosed: isClosed)
            let replacement = figure(reference)
            let written = isClosed ? rest[start.lowerBound...idEnd] : rest[start.lowerBound..<idEnd]
            output += isClosed ? replacement ?? String(written) : String(written)
            rest = rest[written.endIndex...]
        }
        return output + rest
    }
}
