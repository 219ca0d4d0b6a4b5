public enum Confidence: String, Sendable, Hashable, CaseIterable {
    case high
    case medium
    case low
}

/// Where figures come from: a publication, a filing, or the scenario author's own reasoning.
public struct Source: Sendable, Equatable, Identifiable {
    public var id: String
    public var publisher: String
    public var title: String
    public var date: Day
    public var url: String?
    public var confidence: Confidence

    public init(id: String, publisher: String, title: String, date: Day, url: String? = nil, confidence: Confidence) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.date = date
        self.url = url
        self.confidence = confidence
    }
}
