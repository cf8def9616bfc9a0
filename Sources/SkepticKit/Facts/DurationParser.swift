import Foundation

/// Reads durations the way JWT libraries do: `expiresIn: "30d"`, `"12h"`, `"2 weeks"`, or seconds as a number.
public enum DurationParser {
    private static let unitSeconds: [(names: [String], seconds: Double)] = [
        (["ms", "msec", "msecs", "millisecond", "milliseconds"], 0.001),
        (["s", "sec", "secs", "second", "seconds"], 1),
        (["m", "min", "mins", "minute", "minutes"], 60),
        (["h", "hr", "hrs", "hour", "hours"], 3600),
        (["d", "day", "days"], 86_400),
        (["w", "week", "weeks"], 604_800),
        (["y", "yr", "yrs", "year", "years"], 31_557_600),
    ]

    /// Seconds in a text duration; a bare number is seconds. Nil when it is not a duration.
    public static func seconds(fromText text: String, bareNumberUnit: Double = 1) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix { $0.isNumber || $0 == "." || $0 == "-" }
        guard let amount = Double(digits) else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        if unit.isEmpty { return amount * bareNumberUnit }
        guard let match = unitSeconds.first(where: { $0.names.contains(unit) }) else { return nil }
        return amount * match.seconds
    }
}
