extension ExportReport {
    /// One tidy table: a row per indicator (no year) and per projected figure and year, so a
    /// pipeline can filter by kind and id.
    public func csv() -> String {
        var lines = ["kind,id,name,year,value,unit,level,source,basis"]
        for indicator in analysis.indicators {
            let sources = Array(Set(indicator.inputs.compactMap(\.source))).sorted().joined(separator: " ")
            lines.append(Self.csvRow(["indicator", indicator.id, indicator.name, "", Self.number(indicator.value),
                                      indicator.unit.rawValue, indicator.level?.rawValue ?? "", sources, ""]))
        }
        for (id, name, unit, values) in projectionSeries() {
            for (year, value) in values {
                lines.append(Self.csvRow(["projection", id, name, String(year), Self.number(value), unit, "", "", ""]))
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
        text += "\n## Indicators\n\n| Indicator | Value | Level | Formula |\n|---|---:|---|---|\n"
        for indicator in analysis.indicators {
            let value = FigureFormat.format(indicator.value, unit: indicator.unit, currency: currency)
            text += "| \(Self.cell(indicator.name)) | \(value) | \(indicator.level?.rawValue ?? "—") | \(Self.cell(indicator.formula)) |\n"
        }
        text += "\n## Projection\n\n| Year | Revenue | Burn | Inflows | Cash | Obligations due | Capacity online |\n"
        text += "|---|---:|---:|---:|---:|---:|---:|\n"
        for year in projectionYears {
            let money = { (value: Double?) in value.map { FigureFormat.money($0, currency: currency) } ?? "—" }
            text += "| \(year.year) | \(money(year.revenue)) | \(money(year.burn)) | \(money(year.inflows)) | \(money(year.cash)) "
            text += "| \(money(year.obligationsDue)) | \(FigureFormat.gigawatts(year.totalCapacityOnlineGW)) |\n"
        }
        text += "\n## Sources\n\n"
        for source in scenario.sources {
            text += "- `\(Self.cell(source.id))`: \(Self.cell(source.publisher)), \(Self.cell(source.title)), \(source.date) (confidence \(source.confidence.rawValue))\n"
        }
        return text
    }

    private func projectionSeries() -> [(String, String, String, [(Int, Double?)])] {
        let years = projectionYears
        return [
            ("revenue", "Revenue", IndicatorUnit.money.rawValue, years.map { ($0.year, $0.revenue) }),
            ("burn", "Burn", IndicatorUnit.money.rawValue, years.map { ($0.year, $0.burn) }),
            ("inflows", "Round money arriving", IndicatorUnit.money.rawValue, years.map { ($0.year, $0.inflows) }),
            ("cash", "Cash at year end", IndicatorUnit.money.rawValue, years.map { ($0.year, $0.cash) }),
            ("obligations_due", "Contract obligations due", IndicatorUnit.money.rawValue, years.map { ($0.year, $0.obligationsDue) }),
            ("capacity_online_gw", "Capacity online", IndicatorUnit.gigawatts.rawValue, years.map { ($0.year, $0.totalCapacityOnlineGW) }),
        ]
    }

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
