extension League {
    /// What marks a worst cell in text: `asciiWorstMark` where only ASCII is drawn.
    public static let worstMark = "▲"
    public static let asciiWorstMark = "*"

    /// What the marks and "n/a" mean, after `mark`.
    public static func legend(mark: String) -> String {
        "\(mark) worst in its row (the highest figure where higher is worse, the lowest where lower is; none when fewer "
            + "than two scenarios have one, or all have the same). \(FigureFormat.notAvailable): the scenario cannot work it out."
    }

    /// A note as one line: "Interest cover: openai-2026-02, openai-2026-03-close: no debt".
    public static func line(_ note: Note) -> String {
        "\(note.name): \(note.scenarios.joined(separator: ", ")): \(note.reason)"
    }

    /// One tidy table, a row per indicator and scenario (RFC 4180, as `export --format csv`).
    public func csv() -> String {
        var lines = ["indicator,name,unit,scenario,value,low,high,level,worst,note"]
        for row in rows {
            for cell in row.cells {
                lines.append(ExportReport.csvRow([
                    row.id, row.name, row.unit.rawValue, cell.scenario, ExportReport.number(cell.comparable),
                    ExportReport.number(cell.range.low), ExportReport.number(cell.range.high),
                    cell.level?.rawValue ?? "", cell.isWorst ? "true" : "false", cell.note ?? "",
                ]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table for a report, then what its marks mean, the cells without a figure and why,
    /// and the scenarios.
    public func markdown() -> String {
        var text = "# League table\n\n| Indicator |" + columns.map { " `\(ExportReport.cell($0.id))` |" }.joined() + "\n"
        text += "|---|" + String(repeating: "---:|", count: columns.count) + "\n"
        for row in rows {
            text += "| \(ExportReport.cell(row.name)) |"
            text += row.cells.map { $0.isWorst ? " **\($0.text)** \(Self.worstMark) |" : " \($0.text) |" }.joined() + "\n"
        }
        text += "\n" + Self.legend(mark: Self.worstMark) + "\n"
        let notes = notes
        if !notes.isEmpty {
            text += "\n## Not available\n\n" + notes.map { "- " + ExportReport.cell(Self.line($0)) + "\n" }.joined()
        }
        text += "\n## Scenarios\n\n"
        for column in columns {
            text += "- `\(ExportReport.cell(column.id))`: \(ExportReport.cell(column.title)), "
                + "\(ExportReport.cell(column.company)), as of \(column.asOf)\n"
        }
        return text
    }
}
