/// Hands out numbered slots (colour pairs, redefinable palette entries) to keys, once each:
/// ncurses has a fixed number of them, and initialising one costs terminal output.
struct ColorSlotCache<Key: Hashable> {
    enum Lookup: Hashable {
        /// The key already had this slot.
        case cached(Int32)
        /// The key has just been given this slot; the caller initialises it.
        case allocated(Int32)
        /// Every slot is taken.
        case full
    }

    private var slots: [Key: Int32] = [:]
    private var next: Int32
    private var remaining: Int
    private let step: Int32

    /// `count` slots from `first`, going up (`step` 1) or down (`step` -1).
    init(first: Int32, count: Int, step: Int32 = 1) {
        next = first
        remaining = max(0, count)
        self.step = step
    }

    mutating func lookup(_ key: Key) -> Lookup {
        if let slot = slots[key] { return .cached(slot) }
        guard remaining > 0 else { return .full }
        let slot = next
        slots[key] = slot
        next += step
        remaining -= 1
        return .allocated(slot)
    }
}
