/// The few number forms what-if summaries and problems print, kept free of Foundation.
enum WhatIfFormat {
    /// 0.5 → "50 %", 0.125 → "12.5 %"; with `signed`, 0.25 → "+25 %".
    static func percent(_ fraction: Double, signed: Bool = false) -> String {
        let text = decimal(fraction * 100) + " %"
        return signed && fraction >= 0 ? "+" + text : text
    }

    /// 6e11 → "$600B", 1.2e12 → "$1.2T" in US dollars; other currencies put their code first.
    static func money(_ value: Double, currency: String) -> String {
        let (scaled, suffix): (Double, String) = switch abs(value) {
        case 1e12...: (value / 1e12, "T")
        case 1e9...: (value / 1e9, "B")
        case 1e6...: (value / 1e6, "M")
        default: (value, "")
        }
        let prefix = currency == "USD" ? "$" : currency + " "
        return prefix + decimal(scaled) + suffix
    }

    /// Months with their sign: 12 → "+12 months", -1 → "-1 month".
    static func months(_ months: Int) -> String {
        (months >= 0 ? "+" : "") + "\(months) month" + (abs(months) == 1 ? "" : "s")
    }

    /// At most one decimal, none when it is 0: 12.0 → "12", 12.25 → "12.3".
    static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let tenths = Int((value * 10).rounded())
        let whole = "\(abs(tenths) / 10)"
        let sign = tenths < 0 ? "-" : ""
        return tenths % 10 == 0 ? sign + whole : sign + whole + ".\(abs(tenths) % 10)"
    }
}
