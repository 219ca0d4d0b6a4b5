import Testing
@testable import BurnrateView

@Suite struct TableTests {
    let columns = [
        Table.Column("Name", isFlexible: true),
        Table.Column("Amount", alignment: .decimal),
        Table.Column("Share", alignment: .right),
    ]
    let rows: [[Table.Cell]] = [
        ["Amazon", "$50B", "45%"],
        ["SoftBank", "$22.5B", "9.5%"],
        ["Microsoft", "$100B", "n/a"],
    ]

    @Test func alignsTextLeftAndNumbersOnTheirDecimalPoint() {
        // Name 9 ("Microsoft"); Amount: before the point at most 4 ("$100"), from it at most 3
        // (".5B") = 7; Share 5 (the title). 9 + 1 + 7 + 1 + 5 = 23.
        let canvas = draw(Table(columns: columns, rows: rows), width: 23, height: 4)
        #expect(canvas.lines == [
            "Name       Amount Share",
            "Amazon     $50B     45%",
            "SoftBank   $22.5B  9.5%",
            "Microsoft $100B     n/a",
        ])
        #expect(canvas[0, 0].style == Style(.title, [.bold]))
    }

    @Test func theFlexibleColumnShrinksWithAnEllipsis() {
        // 20 columns is 3 fewer than the table wants: the name column goes from 9 to 6.
        let canvas = draw(Table(columns: columns, rows: rows), width: 20, height: 4)
        #expect(canvas.lines == [
            "Name    Amount Share",
            "Amazon  $50B     45%",
            "SoftB…  $22.5B  9.5%",
            "Micro… $100B     n/a",
        ])
    }

    @Test func theFlexibleColumnTakesTheSpareWidth() {
        // 26 columns: the name column grows from 9 to 12, pushing the numbers right.
        let canvas = draw(Table(columns: columns, rows: rows), width: 26, height: 2)
        #expect(canvas.lines == [
            "Name          Amount Share",
            "Amazon        $50B     45%",
        ])
    }

    @Test func wideNamesKeepTheColumnsAligned() {
        // "日本郵船" is 8 columns, "🚀 Rocket" 2 + 1 + 6 = 9. Amount: "$300" 4 before the point,
        // ".5B" 3 from it: 7. "$1.5B" starts at 4 - 2 = 2 columns in.
        let table = Table(
            columns: [Table.Column("Name", isFlexible: true), Table.Column("Amount", alignment: .decimal)],
            rows: [["日本郵船", "$1.5B"], ["🚀 Rocket", "$20B"], ["Amazon", "$300B"]])
        #expect(draw(table, width: 17, height: 4).lines == [
            "Name       Amount",
            "日本郵船    $1.5B",
            "🚀 Rocket  $20B  ",
            "Amazon    $300B  ",
        ])
        // 14 columns: names get 6; "日本" + "…" is 5 wide (郵 would make 7), "🚀 Ro…" 6.
        #expect(draw(table, width: 14, height: 3).lines == [
            "Name    Amount",
            "日本…    $1.5B",
            "🚀 Ro…  $20B  ",
        ])
    }

    @Test func scrollsJustEnoughToShowTheSelection() {
        let rows: [[Table.Cell]] = (0..<10).map { [Table.Cell("row \($0)")] }
        // Header + 3 rows; row 5 selected from the top: rows 3–5 show, row 5 last.
        let canvas = draw(Table(columns: [Table.Column("Row")], rows: rows, selected: 5), width: 6, height: 4)
        #expect(canvas.lines == ["Row   ", "row 3 ", "row 4 ", "row 5 "])
        #expect(canvas[0, 3].style.background == .selection)
        #expect(canvas[5, 3].style.background == .selection)
        #expect(canvas[0, 2].style.background == .background)
    }

    @Test func scrollOffsetMovesAsLittleAsPossible() {
        #expect(Table.scrollOffset(selected: 5, offset: 0, visibleRows: 3, rowCount: 10) == 3)
        #expect(Table.scrollOffset(selected: 1, offset: 3, visibleRows: 3, rowCount: 10) == 1)
        #expect(Table.scrollOffset(selected: 4, offset: 3, visibleRows: 3, rowCount: 10) == 3)
        // Never past the end: 10 rows, 3 shown → at most 7.
        #expect(Table.scrollOffset(selected: nil, offset: 9, visibleRows: 3, rowCount: 10) == 7)
        #expect(Table.scrollOffset(selected: 0, offset: 0, visibleRows: 0, rowCount: 10) == 0)
    }

    @Test func cellsKeepTheirStyles() {
        let table = Table(columns: [Table.Column("Level")], rows: [[Table.Cell("✗ alert", style: Style(.alert))]])
        #expect(draw(table, width: 7, height: 2)[0, 1].style == Style(.alert))
    }

    @Test func asciiEllipsis() {
        let table = Table(columns: [Table.Column("Name", isFlexible: true), Table.Column("n", alignment: .right)],
                          rows: [["Microsoft", "1"]], glyphs: .ascii)
        // 9 columns: the name gets 9 - 2 = 7, "Micr" + "...".
        #expect(draw(table, width: 9, height: 2).lines == ["Name    n", "Micr... 1"])
    }

    @Test func decimalPartsSplitAtThePointOrAfterTheLastDigit() {
        #expect(ColumnLayout.decimalParts("$12.5B")! == (3, 3))  // "$12" | ".5B"
        #expect(ColumnLayout.decimalParts("$850B")! == (4, 1))  // no point: "$850" | "B"
        #expect(ColumnLayout.decimalParts("12.")! == (2, 1))  // a point without a digit after it is not one
        #expect(ColumnLayout.decimalParts("v1.2.3")! == (4, 2))  // the last point: "v1.2" | ".3"
        // a range lines up by its high end: "22.9–26" | ".0 %"
        #expect(ColumnLayout.decimalParts("22.9–26.0 %")! == (7, 4))
        #expect(ColumnLayout.decimalParts("n/a") == nil)
        // Beyond ASCII, columns rather than bytes: "€12" is 3 columns, "日本" 4.
        #expect(ColumnLayout.decimalParts("€12.5B")! == (3, 3))
        #expect(ColumnLayout.decimalParts("日本1.5")! == (5, 2))
    }
}
