/// Which of the round's promised money the projection's base case counts as arriving: the
/// scenario states it (`base_case:`), and the dashboard's header names it.
///
/// Every payment's firm part counts: an exact amount, the floor of "at least" and of a range.
/// An "up to" amount, and a range above its floor, count at `upToShare`. Conditional money
/// (a conditional instrument, or a tranche with a condition) counts as `conditional` says.
/// An undisclosed amount never counts: it is listed as left out, never taken as zero.
public struct BaseCasePolicy: Sendable, Equatable {
    public enum Conditional: String, Sendable, CaseIterable {
        /// Conditional money is left out of the base case.
        case never
        /// Conditional money counts when the scenario gives its payment a date (a tranche's
        /// date; for an investor paid at once, the round's date).
        case scheduled
        /// Conditional money counts as if its condition were met.
        case always
    }

    public var conditional: Conditional
    /// Of an "up to" amount, the share the base case counts: 0 counts none of it.
    public var upToShare: Double

    public init(conditional: Conditional, upToShare: Double) {
        self.conditional = conditional
        self.upToShare = upToShare
    }

    /// What a scenario without `base_case:` gets: firm money, and conditional money once it
    /// is scheduled; nothing of an "up to".
    public static let standard = BaseCasePolicy(conditional: .scheduled, upToShare: 0)

    /// A few words for the header: "firm + scheduled", "firm only", "firm + 50 % of up-to".
    public var summary: String {
        var parts = ["firm"]
        if upToShare > 0 { parts.append(upToShare >= 1 ? "up-to" : "\(FigureFormat.percent(upToShare)) of up-to") }
        switch conditional {
        case .never: break
        case .scheduled: parts.append("scheduled")
        case .always: parts.append("conditional")
        }
        return parts.count == 1 ? "firm only" : parts.joined(separator: " + ")
    }
}
