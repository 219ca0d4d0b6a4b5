/// Reads one YAML value with a field path (`round.investors[1].amount`), reporting every
/// problem to a shared collector instead of stopping at the first one.
///
/// Accessors return nil after reporting, so a caller reads on and gathers further problems:
/// ```swift
/// let collector = DiagnosticCollector(file: path)
/// let document = try YAMLDocument(contentsOf: path)
/// if let fields = document.reader(into: collector).fields(["name", "size"]) {
///     let name = fields.required("name") { $0.string() }
///     let size = fields.optional("size") { $0.int() }
/// }
/// try collector.throwIfAny()
/// ```
/// Messages read `expected …, found …`, found-values quoted as written.
public struct NodeReader {
    let context: ReadingContext
    let index: Int32

    init(_ index: Int32, in context: ReadingContext) {
        self.index = index
        self.context = context
    }

    var tree: YAMLTree { context.tree }

    public var collector: DiagnosticCollector { context.collector }

    /// Empty at the root.
    public var path: String { FieldPath.text(of: index, in: tree) }

    public var kind: YAMLKind { tree[index].kind }

    /// 1-based.
    var line: Int { Int(tree[index].line) }

    /// True for an empty plain value, `~` and `null`: YAML's way of writing nothing.
    public var isNull: Bool { tree[index].isNull }

    /// How the value reads in a message: scalars quoted as written, other kinds by name.
    public var described: String {
        switch kind {
        case .plainScalar, .quotedScalar: isNull ? "nothing" : YAMLNode.quoted(tree.scalarText(index) ?? "")
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }

    /// Reports a problem with this value, at its position.
    public func report(_ message: @autoclosure () -> String) {
        report(message(), path: path)
    }

    /// Reports a problem at this value's position under another path: a key that is not text
    /// has no path of its own.
    func report(_ message: @autoclosure () -> String, path: @autoclosure () -> String) {
        let node = tree[index]
        collector.report(line: Int(node.line), column: Int(node.column), path: path(), message())
    }

    /// Reports "expected `what`, found …" and returns nil, for use in accessors.
    public func expected<T>(_ what: String, hint: String = "") -> T? {
        report("expected \(what), found \(described)\(hint)")
        return nil
    }

    /// True for a scalar written as `text`.
    func isWritten(as text: String) -> Bool {
        tree.isScalar(index, writtenAs: text)
    }

    /// The text of a scalar; nil for nothing (`~`, `null`, an empty value).
    public var scalarText: String? {
        isNull ? nil : tree.scalarText(index)
    }

    // MARK: Scalars

    /// Any scalar as text (`title: 2026` is the text "2026").
    public func string() -> String? {
        scalarText ?? expected("text")
    }

    /// An id: letters, digits, '-' and '_'.
    public func identifier() -> String? {
        func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
        }
        func isASCIIIDByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
            default: false
            }
        }
        // Unicode properties are slow to look up: ASCII ids, nearly all of them, skip them.
        guard let text = scalarText, !text.isEmpty,
              tree.withScalarBytes(index, { $0.allSatisfy(isASCIIIDByte) }) || text.unicodeScalars.allSatisfy(isIDCharacter)
        else { return expected("an id of letters, digits, '-' and '_'") }
        return text
    }

    public func int(_ what: String = "a whole number") -> Int? {
        scalarText.flatMap { Int($0) } ?? expected(what)
    }

    /// A whole number within `ReadingLimits.years`.
    public func year(_ what: String = "a year like 2026") -> Int? {
        guard let year = int(what) else { return nil }
        let years = ReadingLimits.years
        return years.contains(year) ? year : expected("a year from \(years.lowerBound) to \(years.upperBound)")
    }

    /// A finite plain number, any sign.
    public func number() -> Double? {
        parse(AmountParser.number, what: "a number like 2.5", unit: "number")
    }

    /// A finite number of 0 or more.
    public func nonNegativeNumber() -> Double? {
        guard let value = number() else { return nil }
        return value >= 0 ? value : expected("a number of at least 0")
    }

    /// A finite number from 0 to `limit`; `what` names it in the message: "a term of at most 100 years".
    public func nonNegativeNumber(atMost limit: Double, _ what: String) -> Double? {
        guard let value = nonNegativeNumber() else { return nil }
        return value <= limit ? value : expected(what)
    }

    /// Money: `30B`, `"$1.4T"`, `750M`, `30e9`; not negative, NaN or infinite.
    public func amount() -> Double? {
        parse(AmountParser.money, what: #"an amount like 30e9 or "30B""#, unit: "amount")
    }

    /// Money that may be below 0, such as a year's burn when the year generates cash: `-39B`.
    public func signedAmount() -> Double? {
        parse(AmountParser.signedMoney, what: #"an amount like 30e9, "30B" or "-39B""#, unit: "amount")
    }

    /// A fraction from 0 to 1: `27%` or `0.27`.
    public func fraction() -> Double? {
        parse(AmountParser.fraction, what: "a fraction like 27% or 0.27", unit: "fraction")
    }

    /// Capacity in gigawatts: `4.5 GW`, `800 MW`, or a plain number of gigawatts.
    public func gigawatts() -> Double? {
        parse(AmountParser.gigawatts, what: #"a capacity like "4.5 GW", "800 MW" or 4.5"#, unit: "capacity")
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, naming a day that exists in `ReadingLimits.years`.
    public func day() -> Day? {
        guard let text = scalarText else { return expected("a date like 2026-02-20, 2026-02 or 2026") }
        if let day = Day(parsing: text) {
            let years = ReadingLimits.years
            return years.contains(day.year) ? day : expected("a date in the years \(years.lowerBound) to \(years.upperBound)")
        }
        let shape = text.map { $0.isNumber ? "9" : $0 }
        let isWellFormed = ["9999", "9999-99", "9999-99-99"].contains(String(shape))
        return expected(isWellFormed ? "a date that exists" : "a date like 2026-02-20, 2026-02 or 2026")
    }

    /// One of an enumeration's raw values, e.g. `share_swap` for `Instrument.shareSwap`.
    public func oneOf<Value: CaseIterable & RawRepresentable>(_ type: Value.Type) -> Value? where Value.RawValue == String {
        // Compared as bytes: making the text a String to look it up costs more than the compares.
        if !isNull, let value = Value.allCases.first(where: { isWritten(as: $0.rawValue) }) { return value }
        let names = Value.allCases.map(\.rawValue)
        return expected("one of \(names.joined(separator: ", "))",
                        hint: scalarText.map { Suggestion.hint(for: $0, among: names) } ?? "")
    }

    private func parse(_ parser: (AmountParser.UTF8Text) throws(AmountParser.Problem) -> Double,
                       what: String, unit: String) -> Double? {
        guard kind.isScalar, !isNull else { return expected(what) }
        let parsed = tree.withScalarBytes(index) { text in Result { () throws(AmountParser.Problem) in try parser(text) } }
        switch parsed {
        case .success(let value):
            return value
        case .failure(let error):
            switch error {
            case .negative: return expected("\(article(unit)) \(unit) of at least 0")
            case .notFinite: return expected("a finite \(unit)")
            case .aboveOne: return expected("a fraction from 0 % to 100 %")
            case .malformed: return expected(what)
            }
        }
    }

    private func article(_ word: String) -> String {
        "aeiou".contains(word.first ?? "x") ? "an" : "a"
    }

    // MARK: Collections

    /// The elements of a list, each with its index in the path.
    public func list() -> [NodeReader]? {
        guard kind == .list else { return expected("a list") }
        return tree.items(of: index).map { NodeReader($0, in: context) }
    }

    /// The elements of a list read by `read`, less those that did not read (they have been
    /// reported).
    public func list<Value>(_ read: (NodeReader) -> Value?) -> [Value]? {
        guard kind == .list else { return expected("a list") }
        let items = tree.items(of: index)
        var values: [Value] = []
        // Room for all of them at once: an array of ten thousand investors would otherwise be
        // copied a dozen times as it grows.
        values.reserveCapacity(items.reduce(0) { count, _ in count + 1 })
        for item in items {
            if let value = read(NodeReader(item, in: context)) { values.append(value) }
        }
        return values
    }

    /// A list that may be left out or written as nothing: empty then.
    public func listOrNothing() -> [NodeReader]? {
        isNull ? [] : list()
    }

    public func listOrNothing<Value>(_ read: (NodeReader) -> Value?) -> [Value]? {
        isNull ? [] : list(read)
    }

    /// A mapping whose keys are free (ids, names): its entries in order, duplicates reported.
    public func map() -> [Fields.Field]? {
        fields(nil).map { $0.entries }
    }

    /// A mapping with a fixed set of keys: unknown and duplicate keys are reported.
    public func fields(_ known: [String]?) -> Fields? {
        guard kind == .mapping else { return expected("a mapping") }
        return Fields(mapping: self, known: known)
    }
}
