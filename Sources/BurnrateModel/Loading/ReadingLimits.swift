/// The bounds numbers from a file or the command line are held to before they size memory,
/// drive a loop or feed arithmetic. Each is far beyond any real scenario or deck, and each is
/// reported like any other problem rather than trapping or allocating years later.
public enum ReadingLimits {
    /// Every year and every date's year: a funding round before 1900 or a plan past 2200 is a
    /// typo, and years in this range keep every date computation small.
    public static let years = 1900...2200
    /// The longest horizon, in years: the projection makes a row for each.
    public static let horizonYears = 100
    /// The longest contract term, in years.
    public static let termYears = 100.0
    /// The longest notice to end a lease, in days (100 years).
    public static let noticeDays = 36_600.0
    /// The longest delay a what-if may apply, in months either way (100 years).
    public static let delayMonths = 1200
    /// The most values an `empirical` distribution of a scenario's `uncertainty` lists: each
    /// is kept, sorted, and drawn from on every path of a simulation.
    public static let empiricalValues = 10_000
    /// The most uncertain inputs a scenario's `uncertainty` section makes (each commitment two:
    /// its probability and its realised fraction): a simulation correlates them pair by pair.
    public static let uncertainInputs = 1_000
    /// The longest slide duration or auto-advance interval, in seconds (a day).
    public static let slideSeconds = 86_400.0
}
