import BurnrateYAML

/// `layouts:`, named arrangements of the dashboard: `{NAME: {rows: [[investors, capacity], [risk]],
/// sizes: [2, 1]}}`, cells by name, each row's weight in `sizes`.
extension ConfigReading {
    static let layoutKeys = ["rows", "sizes"]
    static let expectedLayout = "a layout, such as {rows: [[investors, capacity], [risk]], sizes: [2, 1]}"

    func layouts(_ reader: NodeReader) -> [LayoutPreset]? {
        guard reader.kind == .mapping else {
            return reader.expected("a mapping of layout names to layouts, such as {wide: {rows: [[investors, capacity, risk]]}}")
        }
        guard let entries = reader.map() else { return nil }
        let presets = entries.compactMap { entry in layout(named: entry.key, entry.value) }
        return presets.count == entries.count ? presets : nil
    }

    private func layout(named name: String, _ reader: NodeReader) -> LayoutPreset? {
        guard reader.kind == .mapping else { return reader.expected(Self.expectedLayout) }
        guard let fields = reader.fields(Self.layoutKeys) else { return nil }
        guard let rowsReader = fields.required("rows"), let rows = layoutRows(rowsReader) else { return nil }
        guard let sizesReader = fields.optional("sizes") else { return LayoutPreset(name: name, rows: rows) }
        guard let sizes = sizesReader.list({ $0.int("a whole number from 1 to \(LayoutPreset.maximumSize)") }) else { return nil }
        guard sizes.count == rows.count else {
            sizesReader.report("expected one size a row (\(rows.count)), found \(sizes.count)")
            return nil
        }
        if let index = sizes.firstIndex(where: { !(1...LayoutPreset.maximumSize).contains($0) }) {
            return sizesReader.list()?[index].expected("a whole number from 1 to \(LayoutPreset.maximumSize)")
        }
        return LayoutPreset(name: name, rows: rows, sizes: sizes)
    }

    /// Rows of cells, each cell once in the layout.
    private func layoutRows(_ reader: NodeReader) -> [[LayoutPreset.Cell]]? {
        guard let rowReaders = reader.list() else { return nil }
        guard (1...LayoutPreset.maximumRows).contains(rowReaders.count) else {
            reader.report("expected 1 to \(LayoutPreset.maximumRows) rows, found \(rowReaders.count)")
            return nil
        }
        var seen: Set<LayoutPreset.Cell> = []
        var rows: [[LayoutPreset.Cell]] = []
        for rowReader in rowReaders {
            guard let cellReaders = rowReader.list() else { return nil }
            guard (1...LayoutPreset.maximumCellsPerRow).contains(cellReaders.count) else {
                rowReader.report("expected 1 to \(LayoutPreset.maximumCellsPerRow) panels in a row, found \(cellReaders.count)")
                return nil
            }
            var row: [LayoutPreset.Cell] = []
            for cellReader in cellReaders {
                guard let cell = cellReader.oneOf(LayoutPreset.Cell.self) else { return nil }
                guard seen.insert(cell).inserted else {
                    cellReader.report("\(cell.rawValue) is already in this layout: a panel appears once")
                    return nil
                }
                row.append(cell)
            }
            rows.append(row)
        }
        guard rows.contains(where: { $0.contains { $0 != .whatIf } }) else {
            reader.report("expected at least one panel besides what-if")
            return nil
        }
        return rows
    }
}
