import BurnrateYAML

/// One pass over a scenario file: reads every part it can, records ids and references on the
/// way, and checks the references once everything is read, so that all problems come out
/// together.
final class ScenarioReading {
    typealias Reference = (id: String, at: NodeReader)

    let collector: DiagnosticCollector
    var sourceReferences: [Reference] = []
    var contractReferences: [Reference] = []
    var investorIDs: [Reference] = []
    var contractIDs: [Reference] = []
    var sourceIDs: [Reference] = []
    var siteIDs: [Reference] = []
    /// Debt, leases and customers share one set of ids.
    var financingIDs: [Reference] = []
    /// Every `party:` and `parties:` entry: ids that join roles, declared by being named.
    var partyReferences: [Reference] = []
    /// Sites named by the `uncertainty` section's delays.
    var siteReferences: [Reference] = []
    /// Where a set of the `uncertainty` section's correlations that cannot hold together is
    /// reported; nil when the section is absent or did not read whole.
    var correlationsReader: NodeReader?
    var indicatorReferences: [Reference] = []
    /// False when `round.investors` is not a list: `ownership.<investor id>` cannot be checked.
    var investorsListed = false
    /// Completed with the sources by `figurePositions`, only for `check`: the loader's other
    /// callers need no set of every cited id.
    var positions = FigurePositions()
    /// Investors read so far, for noting positions by an investor's place.
    var investorsRead = 0

    /// Where the figures stand, for consistency warnings.
    var figurePositions: FigurePositions {
        var positions = positions
        positions.sources = sourceIDs.map { $0.at.figurePosition }
        positions.citedSources = Set(sourceReferences.lazy.map(\.id))
        return positions
    }

    init(collector: DiagnosticCollector) {
        self.collector = collector
    }

    // MARK: Provenance and figures

    /// This object's provenance: its own `source:`, `basis:` and `confidential:` over the inherited ones.
    func provenance(_ fields: Fields, inheriting inherited: Provenance) -> Provenance {
        var provenance = inherited
        if let reader = fields.optional("source") {
            let source = reader.identifier()
            if let source { sourceReferences.append((source, reader)) }
            provenance.source = source
            provenance.isSourceReported = source == nil
        }
        if let basis = fields.optional("basis", { $0.oneOf(Basis.self) }) {
            provenance.basis = basis
        }
        if let confidential = fields.optional("confidential", { $0.bool() }) {
            provenance.confidential = confidential
        }
        return provenance
    }

    private static let figureKeys = ["value", "date"] + Provenance.keys
    private static let amountForms = ["value", "up_to", "at_least", "low", "high"]
    private static let amountKeys = amountForms + ["date"] + Provenance.keys

    /// A figure written as a bare value or as `{value: …, source: …, basis: …}`.
    func figure<Value>(_ reader: NodeReader, _ inherited: Provenance,
                       _ read: (NodeReader) -> Value?) -> Sourced<Value>? {
        guard reader.kind == .mapping, let fields = reader.fields(Self.figureKeys) else {
            return sourced(read(reader), inherited, at: reader)
        }
        let provenance = provenance(fields, inheriting: inherited)
        return sourced(fields.required("value", read), provenance, at: reader)?.dated(fields.optional("date") { $0.day() })
    }

    func figure<Value>(_ fields: Fields, _ key: String, _ inherited: Provenance,
                       _ read: (NodeReader) -> Value?) -> Sourced<Value>? {
        fields.required(key).flatMap { figure($0, inherited, read) }
    }

    func optionalFigure<Value>(_ fields: Fields, _ key: String, _ inherited: Provenance,
                               _ read: (NodeReader) -> Value?) -> Sourced<Value>? {
        fields.optional(key).flatMap { figure($0, inherited, read) }
    }

    /// An amount: `30B`, `undisclosed`, or a mapping with `value`, `up_to`, `at_least` or `low`
    /// and `high`, plus provenance.
    func amount(_ reader: NodeReader, _ inherited: Provenance) -> Sourced<Amount>? {
        guard reader.kind == .mapping else {
            return sourced(exactAmount(reader), inherited, at: reader)
        }
        let forms = Self.amountForms
        guard let fields = reader.fields(Self.amountKeys) else { return nil }
        let provenance = provenance(fields, inheriting: inherited)
        let given = forms.filter(fields.contains)
        let amount: Amount?
        switch Set(given) {
        case ["value"]:
            amount = fields.required("value", exactAmount)
        case ["up_to"]:
            amount = fields.required("up_to") { $0.amount() }.map(Amount.upTo)
        case ["at_least"]:
            amount = fields.required("at_least") { $0.amount() }.map(Amount.atLeast)
        case ["low", "high"], ["low"], ["high"]:
            let low = fields.required("low") { $0.amount() }
            let high = fields.required("high") { $0.amount() }
            if let low, let high, high < low, let highReader = fields.optional("high") {
                highReader.report("expected a high of at least the low (\(YAMLNode.quoted(fields.optional("low")?.scalarText ?? ""))), found \(highReader.described)")
                amount = nil
            } else {
                amount = low.flatMap { low in high.map { Amount.range(low: low, high: $0) } }
            }
        case []:
            reader.report(#"missing required key "value" (or "up_to", "at_least", "low" and "high")"#)
            amount = nil
        default:
            reader.report("expected one of value, up_to, at_least or low and high, found \(given.joined(separator: " and "))")
            amount = nil
        }
        return sourced(amount, provenance, at: reader)?.dated(fields.optional("date") { $0.day() })
    }

    func amount(_ fields: Fields, _ key: String, _ inherited: Provenance) -> Sourced<Amount>? {
        fields.required(key).flatMap { amount($0, inherited) }
    }

    func optionalAmount(_ fields: Fields, _ key: String, _ inherited: Provenance) -> Sourced<Amount>? {
        fields.optional(key).flatMap { amount($0, inherited) }
    }

    private func exactAmount(_ reader: NodeReader) -> Amount? {
        reader.isWritten(as: "undisclosed") ? .undisclosed : reader.amount().map(Amount.exact)
    }

    func sourced<Value>(_ value: Value?, _ provenance: Provenance, at reader: NodeReader) -> Sourced<Value>? {
        guard let source = provenance.source else {
            if provenance.isSourceReported { return nil }
            reader.report("expected a source for this figure (a source: key on it or on an enclosing object), found none")
            return nil
        }
        return value.map { Sourced($0, source: source, basis: provenance.basis, confidential: provenance.confidential) }
    }

    // MARK: Ids and references

    /// Reports every id used twice, at its second use. Returns the line where each id is first
    /// used, for the references to them.
    @discardableResult
    func checkUnique(_ ids: [Reference], kind: String) -> [String: Int] {
        var firstLines: [String: Int] = [:]
        firstLines.reserveCapacity(ids.count)
        // By index, not by element: copying each reference out would retain and release it.
        for index in ids.indices {
            if let line = Self.keepFirst(&firstLines[ids[index].id], ids[index].at.line) {
                ids[index].at.report("duplicate \(kind) id \(YAMLNode.quoted(ids[index].id)), first used at line \(line)")
            }
        }
        return firstLines
    }

    /// The line already in `entry`, or nil after filling it in with `line`. Given a dictionary's
    /// entry in place, so that each id is hashed once.
    private static func keepFirst(_ entry: inout Int?, _ line: Int) -> Int? {
        guard let first = entry else {
            entry = line
            return nil
        }
        return first
    }

    /// Reports every reference to an id that is not among `known`, whose first lines
    /// `checkUnique` gave.
    func checkReferences(_ references: [Reference], to known: [Reference], firstLines: [String: Int],
                         listedUnder list: String, kind: String) {
        // Most references name the same id as the one before (every figure's source): an id
        // is hashed once for each run of them.
        var previous: (id: String, isKnown: Bool)?
        for index in references.indices {
            let id = references[index].id
            let isKnown = previous.flatMap { $0.id == id ? $0.isKnown : nil } ?? (firstLines[id] != nil)
            previous = (id, isKnown)
            if !isKnown {
                references[index].at.report("expected a \(kind) id listed under \(list), found \(YAMLNode.quoted(id))"
                                            + Suggestion.hint(for: id, among: known.map(\.id)))
            }
        }
    }
}
