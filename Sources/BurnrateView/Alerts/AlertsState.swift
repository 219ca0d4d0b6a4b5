/// The alerts of a session, what the config asks for them, and the banner of the latest.
public struct AlertsState: Sendable {
    public var settings = AlertSettings()
    /// Every alert of the session, oldest first: the last `maximumKept`.
    public private(set) var session: [Alert] = []
    /// The alerts of the latest update, for the program to log and run the command for; empty
    /// after an update that raised none.
    public internal(set) var fresh: [Alert] = []
    /// Along the bottom of the panels for `bannerSeconds` after an alert.
    public internal(set) var banner: Banner?
    /// Counts the banners shown, so that the timer of one replaced cannot take the next away.
    public internal(set) var bannerSerial = 0

    public init(settings: AlertSettings = AlertSettings()) {
        self.settings = settings
    }

    static let maximumKept = 500
    static let bannerSeconds = 8

    /// `alerts` are the latest update's: logged, listed, and announced by a banner of one row,
    /// which leaves the figures under it in view (the list has the rest).
    mutating func raise(_ alerts: [Alert], keyLabel: String?) {
        fresh = alerts
        guard !alerts.isEmpty else { return }
        session = Array((session + alerts).suffix(Self.maximumKept))
        let list = keyLabel.map { " (\($0) lists them)" } ?? ""
        let kind: Banner.Kind = alerts.contains { $0.crossing.to == .alert } ? .error : .warning
        banner = alerts.count == 1
            ? Banner(kind: kind, title: alerts[0].summary + list)
            : Banner(kind: kind, title: "\(alerts.count) thresholds crossed\(list): " + alerts.map(\.summary).joined(separator: "; "))
        bannerSerial += 1
    }

    /// The banner numbered `serial` has had its time.
    mutating func expireBanner(_ serial: Int) {
        if serial == bannerSerial { banner = nil }
    }

    mutating func dismissBanner() {
        banner = nil
    }
}
