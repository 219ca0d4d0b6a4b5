import BurnrateYAML

/// Where a figure comes from, as the writer compares it with its enclosing object's.
struct Origin: Equatable {
    var source: String?
    var basis: Basis
    var confidential = false

    static let root = Origin(source: nil, basis: .reported)

    init(source: String?, basis: Basis, confidential: Bool = false) {
        self.source = source
        self.basis = basis
        self.confidential = confidential
    }

    init<Value>(_ figure: Sourced<Value>) {
        self.init(source: figure.source, basis: figure.basis, confidential: figure.confidential)
    }
}

/// One YAML object being written, with the provenance it gives the figures inside it: the
/// source, the basis and the confidentiality most of them share.
struct WrittenObject {
    let inherited: Origin
    let origin: Origin
    private(set) var pairs: [(String, YAMLBlock)] = []

    init(figures: [Origin], inherited: Origin) {
        self.inherited = inherited
        self.origin = Origin(source: Self.mostCommon(figures.map(\.source)) ?? inherited.source,
                             basis: Self.mostCommon(figures.map(\.basis)) ?? inherited.basis,
                             confidential: Self.mostCommon(figures.map(\.confidential)) ?? inherited.confidential)
    }

    var block: YAMLBlock { .map(pairs) }

    /// The object on one line, `{key: value, …}`, for rows whose entries are all inline.
    var flowBlock: YAMLBlock {
        .inline(YAMLText.flow(pairs.map { key, value in
            guard case .inline(let text) = value else { preconditionFailure("a row's entries are all inline") }
            return (key, text)
        }))
    }

    mutating func add(_ key: String, _ text: String) {
        pairs.append((key, .inline(text)))
    }

    mutating func add(_ key: String, _ block: YAMLBlock) {
        pairs.append((key, block))
    }

    /// `source:`, `basis:` and `confidential:` where they differ from what the object inherits.
    mutating func addProvenance() {
        if origin.source != inherited.source, let source = origin.source { add("source", YAMLScalar.string(source)) }
        if origin.basis != inherited.basis { add("basis", origin.basis.rawValue) }
        if origin.confidential != inherited.confidential { add("confidential", "\(origin.confidential)") }
    }

    /// The value alone when it shares the object's provenance, else a mapping naming its own.
    func figure<Value>(_ figure: Sourced<Value>, _ write: (Value) -> String) -> String {
        let overrides = overrides(of: figure)
        return overrides.isEmpty ? write(figure.value) : YAMLText.flow([("value", write(figure.value))] + overrides)
    }

    func amount(_ figure: Sourced<Amount>) -> String {
        let form: [(String, String)] = switch figure.value {
        case .exact(let value): [("value", YAMLText.money(value))]
        case .upTo(let value): [("up_to", YAMLText.money(value))]
        case .atLeast(let value): [("at_least", YAMLText.money(value))]
        case .range(let low, let high): [("low", YAMLText.money(low)), ("high", YAMLText.money(high))]
        case .undisclosed: [("value", "undisclosed")]
        }
        let overrides = overrides(of: figure)
        if overrides.isEmpty, form.count == 1, form[0].0 == "value" { return form[0].1 }
        return YAMLText.flow(form + overrides)
    }

    func overrides<Value>(of figure: Sourced<Value>) -> [(String, String)] {
        (figure.source != origin.source ? [("source", YAMLScalar.string(figure.source))] : [])
            + (figure.basis != origin.basis ? [("basis", figure.basis.rawValue)] : [])
            + (figure.date.map { [("date", $0.description)] } ?? [])
            + (figure.confidential != origin.confidential ? [("confidential", "\(figure.confidential)")] : [])
    }

    /// The most frequent value, the first written among equals.
    private static func mostCommon<Value: Hashable>(_ values: [Value]) -> Value? {
        var counts: [Value: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return values.max { counts[$0]! < counts[$1]! }
    }
}
