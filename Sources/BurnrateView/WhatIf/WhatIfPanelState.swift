/// The open what-if panel: which knob is selected, and the value being typed, if any.
public struct WhatIfPanelState: Hashable, Sendable {
    public var selected = 0
    /// Text typed after Enter, applied with the knob's `--set` path on the next Enter.
    public var typing: String?

    public init() {}
}
