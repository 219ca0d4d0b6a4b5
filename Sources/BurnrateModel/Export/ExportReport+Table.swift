import BurnrateText
import BurnrateYAML

extension ExportReport {
    /// One tidy table: a row per indicator (no year) and per projected figure and year, so a
    /// pipeline can filter by kind and id. Every row names its sources and its basis.
    public func csv() -> String {
        var lines = ["kind,id,name,year,value,unit,level,source,basis,low,high,bound"]
        for indicator in analysis.indicators {
            let provenance = indicator.provenance
            lines.append(Self.csvRow(["indicator", indicator.id, indicator.name, "", Self.number(indicator.value),
                                      indicator.unit.rawValue, indicator.level?.rawValue ?? (indicator.isApplicable ? "" : FigureFormat.notAvailable),
                                      provenance.sources.joined(separator: " "), provenance.basis.rawValue]
                                     + Self.boundCells(indicator.bounds)))
        }
        for series in projectionSeries() {
            for (index, (year, value)) in series.values.enumerated() {
                let provenance = series.provenance(year)
                lines.append(Self.csvRow(["projection", series.id, series.name, String(year), Self.number(value), series.unit, "",
                                          provenance.sources.joined(separator: " "), provenance.basis.rawValue]
                                         + Self.boundCells(series.bounds?(index))))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Tables for a report: the scenario, the indicators, the projection.
    public func markdown() -> String {
        let currency = scenario.currency
        var text = "# \(Self.cell(scenario.title))\n\n\(Self.cell(scenario.company)), as of \(scenario.asOf). Scenario `\(Self.cell(scenario.id))`.\n"
        let summary = whatIf.summary(in: scenario)
        if !summary.isEmpty {
            text += "\nWhat-if: " + summary.map(Self.cell).joined(separator: "; ") + ".\n"
        }
        if let year {
            text += "\nProjection for \(year) only.\n"
        }
        text += "\n## Indicators\n\n| Indicator | Value | Level | Formula | Basis | Sources |\n|---|---:|---|---|---|---|\n"
        for indicator in analysis.indicators {
            let value = FigureFormat.format(indicator, currency: currency)
            text += "| \(Self.cell(indicator.name)) | \(value) | \(indicator.level?.rawValue ?? (indicator.isApplicable ? "—" : value)) | \(Self.cell(indicator.formula)) "
            text += "| \(Self.provenanceCells(indicator.provenance)) |\n"
        }
        text += "\n## Projection\n\nBase case: \(scenario.baseCase.summary). Inflows and cash in brackets: "
        text += "from firm money only to all round money at its most.\n"
        let hasDebt = hasDebtService
        text += "\n| Year | Revenue | Burn | Inflows | "
            + (hasDebt ? "Debt drawn | Interest | Principal | Lease payments | " : "")
            + "Cash | Obligations due | Capacity online |\n"
        text += "|---|---:|---:|---:|" + (hasDebt ? "---:|---:|---:|---:|" : "") + "---:|---:|---:|\n"
        for year in projectionYears {
            let money = { (value: Double?) in value.map { FigureFormat.money($0, currency: currency) } ?? "—" }
            text += "| \(year.year) | \(money(year.revenue)) | \(money(year.burn)) "
            text += "| \(Self.withBounds(year.inflows, year.inflowBounds, currency: currency)) "
            if hasDebt {
                text += "| \(money(year.debtDrawn)) | \(money(year.interest)) | \(money(year.principal)) | \(money(year.leasePayments)) "
            }
            text += "| \(Self.withBounds(year.cash, year.cashBounds, currency: currency)) "
            text += "| \(money(year.obligationsDue)) | \(FigureFormat.gigawatts(year.totalCapacityOnlineGW)) |\n"
        }
        text += "\nWhere the projected figures come from, over the years shown:\n\n| Figure | Basis | Sources |\n|---|---|---|\n"
        for series in projectionSeries() {
            let provenance = FigureProvenance(combining: series.values.map { series.provenance($0.year) })
            text += "| \(series.name) | \(Self.provenanceCells(provenance)) |\n"
        }
        text += "\n## Sources\n\n"
        for source in scenario.sources {
            text += "- `\(Self.cell(source.id))`: \(Self.cell(source.citation))"
            text += source.webAddress.map { ", <\($0)>" } ?? source.url.map { ", " + Self.cell($0) } ?? ""
            text += " (confidence \(source.confidence.rawValue))\n"
        }
        return text
    }

    /// The low, high and bound cells: empty for an exact figure, high empty when nothing caps it.
    private static func boundCells(_ bounds: Bounded?) -> [String] {
        guard let bounds, !bounds.isExact else { return ["", "", ""] }
        return [number(bounds.low.isFinite ? bounds.low : nil), number(bounds.high.isFinite ? bounds.high : nil),
                bounds.kind.rawValue]
    }

    /// A base-case figure, and where it lies when round money is a bound: "$50B ($50B–$100B)".
    private static func withBounds(_ value: Double?, _ bounds: Bounded?, currency: String) -> String {
        guard let value else { return "—" }
        let text = FigureFormat.money(value, currency: currency)
        guard let bounds, !bounds.isExact else { return text }
        return text + " (" + FigureFormat.bounded(bounds, unit: .money, currency: currency) + ")"
    }

    /// "assumption | `cnbc-revenue` `wsj-oracle`": the basis cell, then the sources cell.
    private static func provenanceCells(_ provenance: FigureProvenance) -> String {
        provenance.basis.rawValue + " | " + provenance.sources.map { "`\(cell($0))`" }.joined(separator: " ")
    }

    /// One projected figure over the years reported, and where each year's comes from.
    private struct Series {
        let id: String
        let name: String
        let unit: String
        let values: [(year: Int, value: Double?)]
        let provenance: (Int) -> FigureProvenance
        /// Where each value lies when it depends on round money that is a bound, by index.
        var bounds: ((Int) -> Bounded?)?
    }

    private func projectionSeries() -> [Series] {
        let years = projectionYears
        let sources = ProjectionProvenance(scenario: scenario)
        let money = IndicatorUnit.money.rawValue
        let debt = hasDebtService ? [
            Series(id: "debt_drawn", name: "Debt drawn", unit: money, values: years.map { ($0.year, $0.debtDrawn) },
                   provenance: { _ in sources.debtService }),
            Series(id: "interest", name: "Interest", unit: money, values: years.map { ($0.year, $0.interest) },
                   provenance: { _ in sources.debtService }),
            Series(id: "principal", name: "Principal repaid", unit: money, values: years.map { ($0.year, $0.principal) },
                   provenance: { _ in sources.debtService }),
            Series(id: "lease_payments", name: "Lease payments", unit: money, values: years.map { ($0.year, $0.leasePayments) },
                   provenance: { _ in sources.debtService }),
        ] : []
        return [
            Series(id: "revenue", name: "Revenue", unit: money, values: years.map { ($0.year, $0.revenue) }, provenance: sources.revenue),
            Series(id: "burn", name: "Burn", unit: money, values: years.map { ($0.year, $0.burn) }, provenance: sources.burn),
            Series(id: "inflows", name: "Round money arriving", unit: money, values: years.map { ($0.year, $0.inflows) },
                   provenance: { _ in sources.inflows }, bounds: { years[$0].inflowBounds }),
        ] + debt + [
            Series(id: "cash", name: "Cash at year end", unit: money, values: years.map { ($0.year, $0.cash) }, provenance: sources.cash,
                   bounds: { years[$0].cashBounds }),
            Series(id: "obligations_due", name: "Contract obligations due", unit: money,
                   values: years.map { ($0.year, $0.obligationsDue) }, provenance: { _ in sources.obligationsDue }),
            Series(id: "capacity_online_gw", name: "Capacity online", unit: IndicatorUnit.gigawatts.rawValue,
                   values: years.map { ($0.year, $0.totalCapacityOnlineGW) }, provenance: { _ in sources.capacityOnline }),
        ]
    }

    /// Whether the scenario states debt or leases: only then do the tables show their columns, so
    /// that a scenario without them reads as it always did (the JSON has them for every year).
    private var hasDebtService: Bool { !scenario.debt.isEmpty || !scenario.leases.isEmpty }

    static func number(_ value: Double?) -> String {
        value.map(JSONValue.numberText) ?? ""
    }

    /// RFC 4180: fields with commas or quotes are quoted, quotes doubled. Fields are shown
    /// through `TerminalSafe` first (CSV is read in terminals too; the JSON export is the
    /// lossless one), so a line break in a name is `\n` and every record is one line.
    static func csvRow(_ fields: [String]) -> String {
        fields.map(TerminalSafe.escape).map { field in
            field.contains(where: { $0 == "," || $0 == "\"" })
                ? "\"" + field.replacing("\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }

    /// Text from the file as Markdown shows it on one line: through `TerminalSafe` (a line
    /// break is `\n`), and with `|` escaped so that a table cell holds it.
    static func cell(_ text: String) -> String {
        TerminalSafe.escape(text).replacing("|", with: "\\|")
    }
}
