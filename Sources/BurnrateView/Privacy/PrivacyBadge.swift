/// What the header shows while private mode hides the confidential figures.
enum PrivacyBadge {
    static let text = " PRIVATE "
    static let style = Style(.alert, [.bold, .reverse])
}
