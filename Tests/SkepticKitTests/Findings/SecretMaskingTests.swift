import Foundation
import Testing
@testable import SkepticKit

/// No report format may carry a usable secret, whichever rule's finding shows its line.
@Suite struct SecretMaskingTests {
    static let stripeKey = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc9x"
    static let humanPassword = "Tr0ub4dor-and-3"

    static func scan(_ files: [String: String]) throws -> (ScanReport, [String]) {
        let tree = try TemporaryTree(files)
        let request = ScanRequest(root: tree.url, configuration: Configuration(), ruleDirectories: [TestPaths.rules], jobs: 2)
        let report = try Scan(request: request).perform()
        let rendered = ReportFormat.allCases.map { $0.reporter(options: ReporterOptions()).render(report) }
        return (report, rendered)
    }

    @Test func secretsResolvedThroughBindingsAndNeighboursAreMasked() throws {
        let (report, rendered) = try Self.scan([
            "server.js": """
                const jwt = require("jsonwebtoken");
                const key = "\(Self.stripeKey)"; const token = jwt.sign({ sub: 1 }, key, { expiresIn: "1h" });
                const dbPassword = "\(Self.humanPassword)"; eval(process.argv[2]);
                eval(process.argv[3]); // rotate sk_live_\("9xQ2mT7vLp3Rk8sNw4Yc6Hb1")
                const other = "\(Self.stripeKey)"; // skeptic-ignore: js-eval-non-literal
                """,
        ])
        let rules = Set(report.activeFindings.map(\.ruleID))
        #expect(rules.contains("js-eval-non-literal"))
        #expect(rules.contains(BuiltinRules.bareSuppressionID))
        for output in rendered {
            #expect(!output.contains(Self.stripeKey))
            #expect(!output.contains(Self.humanPassword))
            #expect(!output.contains("9xQ2mT7vLp3Rk8sNw4Yc6Hb1"))
        }
    }

    @Test func masksCutByTheExcerptShowNothing() throws {
        let source = SourceText("abc SECRETVALUE123 tail")
        // The mask starts before the excerpt: no leading characters of it may show.
        #expect(Excerpt.maskedText(source, 8..<23, masking: [4..<18]) == "********** tail")
        // Overlapping masks hide their union.
        #expect(!Excerpt.maskedText(source, 0..<23, masking: [4..<12, 8..<18]).contains("VALUE"))
        #expect(Excerpt.maskedText(source, 0..<23, masking: []) == "abc SECRETVALUE123 tail")
    }

    @Test func knownFormatWordsAreFoundInAnyText() {
        let source = SourceText("# AWS AKIAIOSFODNN7EXAMPLF and 'sk_live_\("abcdefghijklmnopqrstuvwx")' ok")
        let words = SecretDetector.knownFormatWords(in: source, 0..<source.bytes.count).map { source.text($0) }
        #expect(words == ["AKIAIOSFODNN7EXAMPLF", "sk_live_abcdefghijklmnopqrstuvwx"])
    }
}
