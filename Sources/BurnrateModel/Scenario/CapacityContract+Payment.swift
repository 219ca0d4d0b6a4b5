extension CapacityContract {
    /// The share of its value paid in share swaps, usage guarantees and other non-cash forms:
    /// Σ of those payment shares (0 when it is all cash).
    public var nonCashShare: Double {
        payment.indices.lazy.filter { payment[$0].form.isNonCash }.map { payment[$0].share.value }.reduce(0, +)
    }
}
