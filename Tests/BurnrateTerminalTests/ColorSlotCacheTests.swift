import Testing
@testable import BurnrateTerminal

@Suite("Colour slot cache")
struct ColorSlotCacheTests {
    @Test func pairsAreAllocatedOnceInOrder() {
        var pairs = ColorSlotCache<String>(first: 1, count: 3)
        #expect(pairs.lookup("red on black") == .allocated(1))
        #expect(pairs.lookup("green on black") == .allocated(2))
        #expect(pairs.lookup("red on black") == .cached(1))
        #expect(pairs.lookup("blue on black") == .allocated(3))
        #expect(pairs.lookup("white on red") == .full)
        #expect(pairs.lookup("green on black") == .cached(2))
    }

    @Test func paletteSlotsCountDown() {
        var slots = ColorSlotCache<Int>(first: 255, count: 2, step: -1)
        #expect(slots.lookup(0xFF8800) == .allocated(255))
        #expect(slots.lookup(0x0088FF) == .allocated(254))
        #expect(slots.lookup(0x123456) == .full)
    }

    @Test func noSlotsMeansFullAtOnce() {
        var pairs = ColorSlotCache<String>(first: 1, count: 0)
        #expect(pairs.lookup("any") == .full)
    }
}
