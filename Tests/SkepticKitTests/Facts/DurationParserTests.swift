import Testing
@testable import SkepticKit

@Suite struct DurationParserTests {
    @Test(arguments: [("30d", 2_592_000.0), ("2 weeks", 1_209_600), ("12h", 43_200), ("90", 90), ("1.5h", 5_400)])
    func parses(text: String, seconds: Double) {
        #expect(DurationParser.seconds(fromText: text) == seconds)
    }

    @Test func rejectsNonDurations() {
        #expect(DurationParser.seconds(fromText: "soon") == nil)
        #expect(DurationParser.seconds(fromText: "10 parsecs") == nil)
    }
}
