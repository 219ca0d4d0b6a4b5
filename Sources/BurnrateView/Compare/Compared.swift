/// One thing (an investor, a provider, an indicator) in two scenarios, matched by its id: in
/// both, only in B (new), or only in A (gone).
public struct Compared<Value: Sendable>: Sendable {
    public enum Presence: Hashable, Sendable {
        case both
        case new
        case gone
    }

    public let id: String
    public let a: Value?
    public let b: Value?

    public var presence: Presence {
        switch (a, b) {
        case (.some, .some): .both
        case (.none, _): .new
        case (_, .none): .gone
        }
    }

    /// A's items in A's order, then B's new ones in B's order.
    static func match(_ a: [Value], _ b: [Value], id: (Value) -> String) -> [Compared<Value>] {
        var bByID: [String: Value] = [:]
        for item in b where bByID[id(item)] == nil { bByID[id(item)] = item }
        let aIDs = Set(a.map(id))
        var seen = Set<String>()
        let inA = a.filter { seen.insert(id($0)).inserted }.map { Compared(id: id($0), a: $0, b: bByID[id($0)]) }
        let onlyInB = b.filter { !aIDs.contains(id($0)) && seen.insert(id($0)).inserted }.map { Compared(id: id($0), a: nil, b: $0) }
        return inA + onlyInB
    }
}
