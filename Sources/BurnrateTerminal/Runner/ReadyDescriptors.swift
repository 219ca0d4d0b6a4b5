import Glibc

/// What poll(2) found ready, descriptor by descriptor: a run waits on a handful, so a list
/// scanned in place, not a dictionary built at every wake-up.
public struct ReadyDescriptors: Sendable {
    private var entries: [(descriptor: Int32, events: Int16)]

    init(polled: [pollfd]) {
        entries = []
        for entry in polled where entry.revents != 0 { entries.append((entry.fd, entry.revents)) }
    }

    /// The events poll(2) reported for `descriptor`, or `none` when it is not ready.
    public subscript(descriptor: Int32, default none: Int16) -> Int16 {
        var events: Int16 = 0
        var found = false
        for entry in entries where entry.descriptor == descriptor {
            events |= entry.events
            found = true
        }
        return found ? events : none
    }
}
