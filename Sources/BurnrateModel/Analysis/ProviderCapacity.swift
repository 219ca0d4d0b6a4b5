/// Capacity a provider has online in a year.
public struct ProviderCapacity: Sendable, Equatable {
    public let provider: String
    /// Nil when none of the provider's contracts gives a capacity or serves a site: unknown,
    /// which is not the same as nothing.
    public let gigawatts: Double?

    public init(provider: String, gigawatts: Double?) {
        self.provider = provider
        self.gigawatts = gigawatts
    }
}
