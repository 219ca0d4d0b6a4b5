/// Where a slide's parts go for a screen size: generous margins, a title line and a rule, the
/// body, the caption under it, an auto-advance progress row and the footer at the bottom.
struct SlideLayout: Hashable, Sendable {
    /// Below this a slide shows what size it needs instead.
    static let minimumWidth = 40
    static let minimumHeight = 10

    let title: Rect
    let rule: Rect
    let body: Rect
    let caption: Rect
    let progress: Rect?
    let footer: Rect?

    /// `captionRows` is what the caption wraps to; figure and text slides set it inside their body.
    init(width: Int, height: Int, captionRows: Int, showsProgress: Bool, showsFooter: Bool) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let (rest, footer) = screen.splitBottom(showsFooter ? 1 : 0)
        let (main, progress) = rest.splitBottom(showsProgress ? 1 : 0)
        let margin = Self.margins(width: width, height: height)
        let content = main.inset(horizontal: margin.horizontal, vertical: margin.vertical)
        let (title, belowTitle) = content.splitTop(1)
        let (rule, belowRule) = belowTitle.splitTop(1)
        let (body, caption) = belowRule.splitTop(1).rest.splitBottom(captionRows > 0 ? captionRows + 1 : 0)
        self.title = title
        self.rule = rule
        self.body = body
        self.caption = caption.splitTop(1).rest
        self.progress = progress.isEmpty ? nil : progress.inset(horizontal: margin.horizontal, vertical: 0)
        self.footer = footer.isEmpty ? nil : footer
    }

    /// A twentieth of the width either side, and a row or two above and below.
    static func margins(width: Int, height: Int) -> (horizontal: Int, vertical: Int) {
        (max(1, width / 20), height >= 40 ? 2 : 1)
    }
}
