/// Shortening text to a number of columns, marking the cut with an ellipsis.
public enum Truncation {
    /// `text` if it fits in `columns`, else its longest prefix that fits together with the
    /// ellipsis; when not even the ellipsis fits, as much of the text as does.
    public static func fit(_ text: String, in columns: Int, ellipsis: String) -> String {
        guard columns > 0 else { return "" }
        if TextWidth.of(text) <= columns { return text }
        let marker = TextWidth.of(ellipsis)
        guard columns > marker else { return String(TextWidth.prefix(text, fitting: columns)) }
        return String(TextWidth.prefix(text, fitting: columns - marker)) + ellipsis
    }
}
