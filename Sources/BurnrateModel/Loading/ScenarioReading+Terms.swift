import BurnrateYAML

/// Fields the contracts, debt, leases and customers share: terms, parties and their ids.
extension ScenarioReading {
    func termYears(_ fields: Fields, _ provenance: Provenance) -> Sourced<Double>? {
        optionalFigure(fields, "term_years", provenance) {
            $0.nonNegativeNumber(atMost: ReadingLimits.termYears, "a term of at most \(Int(ReadingLimits.termYears)) years")
        }
    }

    /// A party id (`party: nvidia`): any id, noted for the consistency warnings.
    func party(_ reader: NodeReader) -> String? {
        guard let id = reader.identifier() else { return nil }
        partyReferences.append((id, reader))
        positions.parties[reader.path] = reader.figurePosition
        return id
    }

    /// The id of a debt, a lease or a customer: the three share one set of ids.
    func financingID(_ fields: Fields) -> String? {
        let idReader = fields.required("id")
        let id = idReader?.identifier()
        if let id, let idReader { financingIDs.append((id, idReader)) }
        return id
    }
}

extension Fields {
    /// True when the optional `key` read, or is not given: false when it was given and reported.
    func isRead<Value>(_ key: String, _ value: Value?) -> Bool {
        value != nil || optional(key) == nil
    }
}
