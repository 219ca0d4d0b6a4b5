extension Glyphs {
    /// Unicode glyphs when the locale's character set is UTF-8, ASCII otherwise. The locale is
    /// the first of LC_ALL, LC_CTYPE and LANG that is set and not empty, as setlocale(3) reads
    /// them; none at all means the C locale, which is ASCII.
    public static func detect(environment: [String: String]) -> Glyphs {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
        let charset = locale.lowercased().filter { $0 != "-" }
        return charset.contains("utf8") ? .unicode : .ascii
    }
}
