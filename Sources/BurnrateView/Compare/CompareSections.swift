import BurnrateModel

/// The compare view's content as sections of rows (the scenarios, the round, investors,
/// contracts and capacity by provider, indicators, implied ownership), laid out in one column
/// or, when wide, two; the view scrolls through it.
struct CompareSections: Sendable {
    struct Section: Sendable {
        let height: Int
        let draw: @Sendable (Rect, inout Canvas) -> Void
    }

    /// Across the top: which scenarios are A and B.
    let header: Section
    /// Columns of sections under it, side by side, with their widths.
    let columns: [(width: Int, sections: [Section])]

    /// The header and the tallest column, with a blank row between sections.
    var height: Int {
        header.height + 1 + (columns.map { column in column.sections.map(\.height).reduce(0, +) + max(0, column.sections.count - 1) }.max() ?? 0)
    }

    static let columnGap = 2
    /// From this inner width the indicators go in a second column.
    static let twoColumnWidth = 140
    static let indicatorColumnWidth = 70
    /// A column this wide has room for a line of notes under an investor (its tranches, a
    /// status that moved unlike the round's).
    static let noteWidth = 70
    /// Below this width figures are right-aligned and closer together, leaving names room.
    static let compactWidth = 80

    init(_ comparison: ScenarioComparison, labelA: String, labelB: String, width: Int, glyphs: Glyphs) {
        let builder = Builder(comparison: comparison, glyphs: glyphs, isCompact: width < Self.compactWidth)
        header = builder.scenarios(labelA: labelA, labelB: labelB)
        let money = [builder.round()]
        if width >= Self.twoColumnWidth {
            let right = Self.indicatorColumnWidth
            let left = width - right - Self.columnGap
            columns = [(left, money + builder.parties(notes: left >= Self.noteWidth)), (right, builder.indicators())]
        } else {
            columns = [(width, money + builder.parties(notes: width >= Self.noteWidth) + builder.indicators())]
        }
    }

    func draw(on canvas: inout Canvas) {
        header.draw(Rect(x: 0, y: 0, width: canvas.width, height: header.height), &canvas)
        var x = 0
        for column in columns {
            var y = header.height + 1
            for section in column.sections {
                section.draw(Rect(x: x, y: y, width: column.width, height: section.height), &canvas)
                y += section.height + 1
            }
            x += column.width + Self.columnGap
        }
    }

    /// Makes the sections of one comparison.
    private struct Builder: Sendable {
        let comparison: ScenarioComparison
        let glyphs: Glyphs
        let isCompact: Bool

        var figures: Figures { Figures(comparison.b.scenario) }
        var dash: Table.Cell { Table.Cell("—", style: Style(.muted)) }

        func scenarios(labelA: String, labelB: String) -> Section {
            let lines = [("A", labelA, comparison.a.scenario), ("B", labelB, comparison.b.scenario)]
            return Section(height: 2) { area, canvas in
                for (row, (letter, label, scenario)) in lines.enumerated() {
                    let line = Rect(x: area.x, y: area.y + row, width: area.width, height: 1)
                    var x = canvas.put(letter + " ", x: line.x, y: line.y, style: Style(.accent, [.bold]), clip: line)
                    x = canvas.put(label, x: x, y: line.y, style: Style(.text, [.bold]), clip: line)
                    let rest = " · \(scenario.title) · as of \(scenario.asOf)"
                    canvas.put(Truncation.fit(rest, in: line.maxX - x, ellipsis: glyphs.ellipsis), x: x, y: line.y,
                               style: Style(.muted), clip: line)
                }
            }
        }

        func round() -> Section {
            let target = comparison.roundTarget
            let committed = comparison.committed
            var rows = [
                [Table.Cell("Target"), Table.Cell(figures.amount(target.a)), Table.Cell(figures.amount(target.b)),
                 delta(target.a.headline, target.b.headline, unit: .money)],
                [Table.Cell("Status"), Table.Cell(comparison.a.scenario.round.status.rawValue),
                 Table.Cell(comparison.b.scenario.round.status.rawValue), ""],
                [Table.Cell("Committed"), Table.Cell(figures.bounded(comparison.a.committed, unit: .money)),
                 Table.Cell(figures.bounded(comparison.b.committed, unit: .money)),
                 delta(committed.a, committed.b, unit: .money)],
            ]
            let postMoney = comparison.postMoney
            if postMoney.a != nil || postMoney.b != nil {
                rows.append([Table.Cell("Valuation (post-money)"), postMoney.a.map { Table.Cell(figures.amount($0)) } ?? dash,
                             postMoney.b.map { Table.Cell(figures.amount($0)) } ?? dash,
                             delta(postMoney.a?.headline, postMoney.b?.headline, unit: .money)])
            }
            return table("Round", rows: rows)
        }

        /// Investors, then contracts and capacity by provider.
        func parties(notes: Bool) -> [Section] {
            let investors = comparison.investors.flatMap { investor -> [[Table.Cell]] in
                let name = (investor.b ?? investor.a)?.name ?? investor.id
                let row = [Table.Cell(name), amount(investor.a), amount(investor.b), change(of: investor)]
                let note = notes ? note(on: investor) : ""
                return note.isEmpty ? [row] : [row, [Table.Cell("  " + note, style: Style(.muted))]]
            }
            let values = comparison.providers.map { provider in
                row(provider.id, provider, unit: .money) { $0.value }
            }
            let capacity = comparison.providers.map { provider in
                row(provider.id, provider, unit: .gigawatts) { $0.gigawatts }
            }
            return [table("Investors", rows: investors), table("Contracts by provider", rows: values),
                    table("Capacity by provider", rows: capacity)]
        }

        /// The indicators, then implied ownership per investor.
        func indicators() -> [Section] {
            let isOwnership = { (indicator: Compared<Indicator>) in indicator.id.hasPrefix(IndicatorCatalogue.ownershipPrefix) }
            let risks = comparison.indicators.filter { !isOwnership($0) }.map { row(for: $0, label: IndicatorLabels.short) }
            // B's name for an investor in both, as the investors' rows show it
            let names = Dictionary(comparison.investors.map { ($0.id, ($0.b ?? $0.a)?.name) }, uniquingKeysWith: { first, _ in first })
            let ownership = comparison.indicators.filter(isOwnership).map { indicator in
                row(for: indicator) { shown in
                    let id = String(shown.id.dropFirst(IndicatorCatalogue.ownershipPrefix.count))
                    return names[id].flatMap { $0 } ?? id
                }
            }
            return [table("Indicators", rows: risks), cashByYear(), table("Implied ownership", rows: ownership)]
        }

        /// Cash at each year's end in A and B, over the years of both projections.
        func cashByYear() -> Section {
            func cash(_ analysis: Analysis) -> [Int: Double?] {
                Dictionary(analysis.projection.years.map { ($0.year, $0.cash) }, uniquingKeysWith: { first, _ in first })
            }
            let (a, b) = (cash(comparison.a), cash(comparison.b))
            let rows = Set(a.keys).union(b.keys).sorted().map { year -> [Table.Cell] in
                let (inA, inB) = (a[year] ?? nil, b[year] ?? nil)
                return [Table.Cell(String(year)), inA.map { Table.Cell(figures.money($0), style: cashStyle($0)) } ?? dash,
                        inB.map { Table.Cell(figures.money($0), style: cashStyle($0)) } ?? dash, delta(inA, inB, unit: .money)]
            }
            return table("Cash at year end", rows: rows)
        }

        /// Below zero in bold red, as in the projection.
        private func cashStyle(_ cash: Double) -> Style {
            cash < 0 ? Style(.alert, [.bold]) : .plain
        }

        private func table(_ title: String, rows: [[Table.Cell]]) -> Section {
            let figures: Table.Alignment = isCompact ? .right : .decimal
            let columns = [Table.Column(title, isFlexible: true), Table.Column("A", alignment: figures),
                           Table.Column("B", alignment: figures), Table.Column("Δ", alignment: .right)]
            let table = Table(columns: columns, rows: rows, columnSpacing: isCompact ? 1 : 2, glyphs: glyphs)
            return Section(height: rows.count + 1) { area, canvas in canvas.render(table, in: area) }
        }

        private func row<Value>(_ label: String, _ compared: Compared<Value>, unit: IndicatorUnit,
                                _ figure: (Value) -> Double?) -> [Table.Cell] {
            func cell(_ value: Value?) -> Table.Cell {
                value.map { Table.Cell(figures.value(figure($0), unit: unit)) } ?? dash
            }
            return [Table.Cell(label), cell(compared.a), cell(compared.b),
                    presence(compared) ?? delta(compared.a.flatMap(figure), compared.b.flatMap(figure), unit: unit)]
        }

        private func row(for indicator: Compared<Indicator>, label: (Indicator) -> String) -> [Table.Cell] {
            let shown = (indicator.b ?? indicator.a)!
            let cell = { (value: Indicator?) -> Table.Cell in
                guard let value else { return self.dash }
                let badge = LevelBadge(level: value.level, isCompact: true, glyphs: self.glyphs)
                return Table.Cell("\(badge.symbol) \(self.figures.indicator(value))", style: badge.figureStyle)
            }
            let moved = Delta(indicator.b?.value, from: indicator.a?.value, unit: shown.unit, threshold: shown.threshold,
                              figures: figures, glyphs: glyphs)
            return [Table.Cell(label(shown)), cell(indicator.a), cell(indicator.b),
                    presence(indicator) ?? moved.map { Table.Cell($0.text, style: $0.style) } ?? ""]
        }

        private func amount(_ position: InvestorPosition?) -> Table.Cell {
            position.map { Table.Cell(figures.amount($0.amount)) } ?? dash
        }

        /// The headline's change; when only the certain part moved (an "up to" that became
        /// firm), that change, marked "firm", in the split the note and the bars use.
        private func change(of investor: Compared<InvestorPosition>) -> Table.Cell {
            if let shown = presence(investor) { return shown }
            let headline = delta(investor.a?.headline, investor.b?.headline, unit: .money)
            let (a, b) = parts(of: investor)
            guard headline.text.isEmpty, let firm = CommitmentPart.firmChange(a, b, figures: figures, glyphs: glyphs) else { return headline }
            return firm
        }

        /// An investor's commitment split into firm, non-cash, "up to" and conditional money, in
        /// A and in B.
        private func parts(of investor: Compared<InvestorPosition>) -> (a: [CommitmentPart], b: [CommitmentPart]) {
            (investor.a?.parts ?? [], investor.b?.parts ?? [])
        }

        /// What the amount alone does not say: a status that moved unlike the round's, and how
        /// much of the money is firm: A's split → B's when they differ and not all is firm, or
        /// the one split when it has parts of more than one kind.
        private func note(on investor: Compared<InvestorPosition>) -> String {
            var notes: [String] = []
            let round = (comparison.a.scenario.round.status, comparison.b.scenario.round.status)
            if let a = investor.a, let b = investor.b, a.status != b.status, (a.status, b.status) != round {
                notes.append("\(a.status.rawValue) → \(b.status.rawValue)")
            }
            let (a, b) = parts(of: investor)
            let words = (CommitmentPart.words(a, figures: figures), CommitmentPart.words(b, figures: figures))
            if investor.presence == .both, words.0 != words.1, !(a + b).allSatisfy({ $0.kind == .firm }) {
                notes.append("\(words.0) → \(words.1)")
            } else if Set((investor.b == nil ? a : b).map(\.kind)).count > 1 {
                notes.append(investor.b == nil ? words.0 : words.1)
            }
            return notes.joined(separator: "; ")
        }

        private func presence<Value>(_ compared: Compared<Value>) -> Table.Cell? {
            switch compared.presence {
            case .both: nil
            case .new: Table.Cell("new", style: Style(.accent, [.bold]))
            case .gone: Table.Cell("gone", style: Style(.watch, [.bold]))
            }
        }

        private func delta(_ a: Double?, _ b: Double?, unit: IndicatorUnit) -> Table.Cell {
            guard let moved = Delta(b, from: a, unit: unit, threshold: nil, figures: figures, glyphs: glyphs) else { return "" }
            return Table.Cell(moved.text, style: moved.style)
        }
    }
}
