/// A 64-bit FNV-1a hash: stable across runs and platforms, unlike Swift's seeded `Hasher`.
public struct StableHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ text: String) {
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01B3
        }
        // A separator, so ("ab","c") and ("a","bc") differ.
        state ^= 0xFF
        state = state &* 0x0000_0100_0000_01B3
    }

    public var hex: String {
        // MurmurHash3's finaliser, so inputs differing only at the end still differ everywhere.
        var mixed = state
        mixed ^= mixed >> 33
        mixed = mixed &* 0xff51_afd7_ed55_8ccd
        mixed ^= mixed >> 33
        mixed = mixed &* 0xc4ce_b9fe_1a85_ec53
        mixed ^= mixed >> 33
        let digits = String(mixed, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

public enum Fingerprint {
    /// White space is dropped so re-indentation and reflowing keep the fingerprint.
    public static func make(ruleID: String, path: String, matchedText: String, occurrence: Int) -> String {
        var hash = StableHash()
        hash.combine(ruleID)
        hash.combine(path)
        hash.combine(String(matchedText.unicodeScalars.filter { !$0.properties.isWhitespace }))
        hash.combine(String(occurrence))
        return hash.hex
    }
}
