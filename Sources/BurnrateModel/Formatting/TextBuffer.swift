/// Text written into one stack buffer and made a `String` once, with no strings in between:
/// the indicators of ten thousand investors write tens of thousands of figures and formulas.
struct TextBuffer {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    /// `capacity` bytes at most: appending more traps.
    static func make(capacity: Int, _ write: (inout TextBuffer) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var text = TextBuffer(buffer: buffer)
            write(&text)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<text.count]), as: UTF8.self)
        }
    }

    /// The parts one after another: labels and formulas for each of ten thousand investors,
    /// without the growing and copying of an interpolation.
    static func concatenated(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "",
                             _ f: String = "", _ g: String = "") -> String {
        let capacity = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count + f.utf8.count
            + g.utf8.count
        return make(capacity: capacity) { text in
            text.append(a)
            text.append(b)
            text.append(c)
            text.append(d)
            text.append(e)
            text.append(f)
            text.append(g)
        }
    }

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func append(_ byte: UInt8) {
        precondition(count < buffer.count, "TextBuffer overflow")
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ text: String) {
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 in
            precondition(utf8.count <= buffer.count - count, "TextBuffer overflow")
            _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: utf8)
            return utf8.count
        }
        if let copied {
            count += copied
        } else {
            for byte in text.utf8 { append(byte) }
        }
    }

    /// `units` of the last of `places` decimals as fixed-point digits (124 at one place is
    /// "12.4"), without the zeros that end the decimals when `trimmingZeros`, and with the whole
    /// part in groups of three when `grouping`.
    mutating func appendDigits(_ units: UInt64, places: Int, trimmingZeros: Bool, grouping: Bool) {
        var divisor: UInt64 = 1
        for _ in 0..<places { divisor *= 10 }
        var whole = units / divisor
        var fraction = units % divisor
        var fractionPlaces = places
        if trimmingZeros {
            while fractionPlaces > 0, fraction % 10 == 0 {
                fraction /= 10
                fractionPlaces -= 1
            }
        }
        var wholeDigits = 1
        var higher = whole / 10
        while higher > 0 {
            wholeDigits += 1
            higher /= 10
        }
        let width = wholeDigits + (grouping ? (wholeDigits - 1) / 3 : 0) + (fractionPlaces > 0 ? fractionPlaces + 1 : 0)
        precondition(width <= buffer.count - count, "TextBuffer overflow")
        // Digits come out last first, so they are put from the end of their span backwards.
        var position = count + width
        func put(_ byte: UInt8) {
            position -= 1
            buffer[position] = byte
        }
        if fractionPlaces > 0 {
            for _ in 0..<fractionPlaces {
                put(UInt8(ascii: "0") + UInt8(fraction % 10))
                fraction /= 10
            }
            put(UInt8(ascii: "."))
        }
        var written = 0
        repeat {
            if grouping, written > 0, written % 3 == 0 { put(UInt8(ascii: ",")) }
            put(UInt8(ascii: "0") + UInt8(whole % 10))
            whole /= 10
            written += 1
        } while whole > 0
        count += width
    }
}
