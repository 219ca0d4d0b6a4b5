@testable import BurnrateModel

/// One line of a facts file: `line` is text that picks out exactly one line, and `quote` the
/// value as that line gives it.
struct FactRow: CustomStringConvertible {
    var file: FactsFile
    var line: String
    var quote: String

    var description: String { "\(file) “\(line)”" }
}

/// Where a figure's value comes from: a row of the facts files, arithmetic on figures (from
/// rows or not), or the scenario author's choice.
enum FactOrigin {
    case row(FactRow)
    case derived(String, from: [FactRow])
    case assumed(String)
}

/// A row of a scenario's ledger: what one figure is, and where it comes from.
struct LedgerEntry {
    var path: String
    var value: FigureValue
    var source: String
    var basis: Basis
    var origin: FactOrigin

    init(_ path: String, _ value: FigureValue, _ source: String, _ basis: Basis, _ origin: FactOrigin) {
        self.path = path
        self.value = value
        self.source = source
        self.basis = basis
        self.origin = origin
    }
}

/// Shorthands for the ledgers.
func row(_ file: FactsFile, _ line: String, quote: String) -> FactOrigin { .row(FactRow(file: file, line: line, quote: quote)) }
func from(_ file: FactsFile, _ line: String, quote: String) -> FactRow { FactRow(file: file, line: line, quote: quote) }
func derived(_ arithmetic: String, from rows: FactRow...) -> FactOrigin { .derived(arithmetic, from: rows) }
func assumed(_ reason: String) -> FactOrigin { .assumed(reason) }

/// Walks every figure of a scenario against its ledger and says what does not agree.
enum FactWalk {
    static let assumptionsSource = "burnrate-assumptions"

    static func problems(in scenario: Scenario, ledger: [LedgerEntry]) -> [String] {
        let figures = ScenarioFigure.all(in: scenario)
        var problems: [String] = []
        var seen: Set<String> = []
        for entry in ledger where !seen.insert(entry.path).inserted {
            problems.append("\(entry.path): two ledger entries")
        }
        let entries = Dictionary(ledger.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for figure in figures {
            guard let entry = entries[figure.path] else {
                problems.append("\(figure.path): no ledger entry for \(figure.value) (\(figure.source), \(figure.basis.rawValue))")
                continue
            }
            if !figure.value.isClose(to: entry.value) {
                problems.append("\(figure.path): the scenario says \(figure.value), the ledger \(entry.value)")
            }
            if figure.source != entry.source {
                problems.append("\(figure.path): source \(figure.source), the ledger \(entry.source)")
            }
            if figure.basis != entry.basis {
                problems.append("\(figure.path): basis \(figure.basis.rawValue), the ledger \(entry.basis.rawValue)")
            }
        }
        let paths = Set(figures.map(\.path))
        for entry in ledger where !paths.contains(entry.path) {
            problems.append("\(entry.path): in the ledger, not in the scenario")
        }
        for entry in ledger { problems += originProblems(entry) }
        return problems
    }

    private static func originProblems(_ entry: LedgerEntry) -> [String] {
        let path = entry.path
        switch entry.origin {
        case .row(let row):
            var problems = entry.basis == .derived ? ["\(path): derived, but the ledger gives no arithmetic"] : []
            problems += rowProblems(row, path: path, source: entry.source)
            if entry.source == assumptionsSource { problems.append("\(path): \(assumptionsSource) cites no facts row") }
            return problems
        case .derived(let arithmetic, let rows):
            var problems = entry.basis == .derived ? [] : ["\(path): arithmetic given, but the basis is \(entry.basis.rawValue)"]
            if arithmetic.isEmpty { problems.append("\(path): derived without its arithmetic") }
            // Arithmetic may join rows of several sources: none of them need cite the figure's.
            return problems + rows.flatMap { rowProblems($0, path: path, source: nil) }
        case .assumed(let reason):
            var problems: [String] = []
            if entry.source != assumptionsSource { problems.append("\(path): assumed, but its source is \(entry.source)") }
            if entry.basis != .assumption { problems.append("\(path): assumed, but its basis is \(entry.basis.rawValue)") }
            if reason.isEmpty || reason.contains("\n") { problems.append("\(path): an assumption needs a one-line reason") }
            return problems
        }
    }

    /// The row must pick out one line, the line must hold the quote, and a source named after a
    /// facts id (`a21-ft` for A21) must be one the line cites.
    private static func rowProblems(_ row: FactRow, path: String, source: String?) -> [String] {
        let matches = row.file.lines.filter { $0.contains(row.line) }
        guard matches.count == 1, let line = matches.first else {
            return ["\(path): \(row) matches \(matches.count) lines of \(row.file)"]
        }
        var problems: [String] = []
        if !line.contains(row.quote) { problems.append("\(path): \(row) does not say “\(row.quote)”") }
        if let source, let factsID = factsID(of: source),
           !line.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(Substring(factsID)) {
            problems.append("\(path): \(row) does not cite \(factsID) (source \(source))")
        }
        return problems
    }

    /// `A21` for the source id `a21-ft`; nil for a source not named after a facts id.
    static func factsID(of source: String) -> String? {
        let head = source.split(separator: "-").first ?? ""
        guard let letter = head.first, "acsx".contains(letter), head.count > 1,
              head.dropFirst().allSatisfy(\.isNumber) else { return nil }
        return head.uppercased()
    }
}

extension FigureValue {
    /// Equal, numbers within a relative billionth (a percentage read from text).
    func isClose(to other: FigureValue) -> Bool {
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }
        switch (self, other) {
        case (.number(let a), .number(let b)): return near(a, b)
        case (.amount(.exact(let a)), .amount(.exact(let b))), (.amount(.upTo(let a)), .amount(.upTo(let b))),
             (.amount(.atLeast(let a)), .amount(.atLeast(let b))): return near(a, b)
        default: return self == other
        }
    }
}
