/// A full-screen program as the runner runs it, in the manner of Elm and bubbletea: its state
/// is a value, `update` makes the next state from an event and says what should be done at
/// the edge (effects, as values), `subscriptions` says from the state what may wake it up, and
/// `view` draws the state. Nothing here touches a file, a socket or the terminal: the runner
/// carries out the effects and turns what happens into events.
public protocol Program {
    associatedtype State
    associatedtype Event: Sendable

    /// The terminal's input as this program's events; none for input it does not use.
    func events(for input: TerminalInput) -> [Event]

    /// Heard first in every batch of events, for a program whose state keeps time (a slide
    /// timer starts when its slide comes up); nil, the default, when the state keeps none.
    func time(_ now: Now) -> Event?

    func update(_ state: State, _ event: Event) -> (State, [Effect<Event>])

    /// What may wake the program while its state is `state`. The runner compares the list
    /// with the one before after every batch: what is new starts, what went stops.
    func subscriptions(_ state: State) -> [Subscription<Event>]

    /// The picture of `state`. Mutating only so that a program can keep what it drew last (a
    /// frame to start the next from, palettes fitted to the terminal) to draw the next faster.
    mutating func view(_ state: State) -> Frame
}

extension Program {
    public func time(_ now: Now) -> Event? { nil }
}

/// What a program's view gives the runner: the cells, and the resolver that turns their
/// styles into the terminal's colours.
public struct Frame {
    public var canvas: Canvas
    public var resolver: any StyleResolver

    public init(canvas: Canvas, resolver: any StyleResolver) {
        self.canvas = canvas
        self.resolver = resolver
    }
}
