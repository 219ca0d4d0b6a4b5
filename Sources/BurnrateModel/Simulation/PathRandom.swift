/// The uniform draws of one simulation path, from a counter-based generator: draw `i` of path
/// `p` under seed `s` is a hash of (s, p, i), so a path's draws depend on nothing else — not on
/// which thread runs it or which paths ran before. The hash is SplitMix64's finaliser (Stafford's
/// mix 13), applied to the seed, then to the path, then to the draw.
public struct PathRandom: Sendable {
    private let key: UInt64

    public init(seed: UInt64, path: Int) {
        key = Self.mix(Self.mix(seed &+ 0x9E37_79B9_7F4A_7C15) ^ (UInt64(truncatingIfNeeded: path) &* 0xD1B5_4A32_D192_ED03))
    }

    /// Draw number `draw` of the path, in (0, 1): never exactly 0 or 1, so every quantile is finite.
    @inline(__always)
    public func uniform(_ draw: Int) -> Double {
        Self.unitInterval(Self.mix(key &+ UInt64(truncatingIfNeeded: draw + 1) &* 0x9E37_79B9_7F4A_7C15))
    }

    /// The top 52 bits as the centre of one of 2^52 equal cells of (0, 1): 2^−53 to 1 − 2^−53,
    /// each exact. Not 53 bits: k + ½ for k ≥ 2^52 rounds to even, and the last cell is then 1.
    /// k + ½ is made as (2^52 + k) − (2^52 − ½), both exact, rather than by converting k: the
    /// draws of a path are computed two at a time, and the conversion was not.
    @inline(__always)
    static func unitInterval(_ bits: UInt64) -> Double {
        (Double(bitPattern: 0x4330_0000_0000_0000 | bits >> 12) - (0x1p52 - 0.5)) * 0x1p-52
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
