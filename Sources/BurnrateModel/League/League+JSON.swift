extension League {
    /// The layout README "League table" documents; fields are only ever added.
    public static let layoutVersion = 1

    public func json() -> JSONValue {
        .object([
            ("burnrate_league", .number(Double(Self.layoutVersion))),
            ("scenarios", .array(columns.map { column in
                .object([("id", .string(column.id)), ("title", .string(column.title)), ("company", .string(column.company)),
                         ("as_of", .string(column.asOf.fullDate)), ("currency", .string(column.currency))])
            })),
            ("rows", .array(rows.map { row in
                .object([("indicator", .string(row.id)), ("name", .string(row.name)), ("unit", .string(row.unit.rawValue)),
                         ("worse", .string(row.worse?.rawValue)), ("cells", .array(row.cells.map(Self.cellJSON)))])
            })),
        ])
    }

    /// A hidden or missing figure is null, never 0; low and high are the figure itself when it
    /// is exact, high null when nothing caps it.
    private static func cellJSON(_ cell: Cell) -> JSONValue {
        .object([
            ("scenario", .string(cell.scenario)),
            ("value", .number(cell.comparable)),
            ("low", .number(cell.range.low)),
            ("high", .number(cell.range.high)),
            ("text", .string(cell.text)),
            ("level", .string(cell.level?.rawValue)),
            ("worst", .bool(cell.isWorst)),
            ("note", .string(cell.note)),
        ])
    }
}
