/// The investors that are also suppliers, each with the contracts it is paid under and its
/// `CircularFlow`, and what their spend shares reach into: the contract value paid to no
/// investor, shared out among them.
struct CircularLinks {
    var links: [(link: SupplierLink, contracts: [CapacityContract], flow: CircularFlow)] = []
    /// Σ of the disclosed values of the contracts no investor is paid under.
    var paidToNoInvestor = 0.0
    /// Σ of the investors' spend shares; above 1, each share is scaled down by it.
    var shareTotal = 0.0
}
