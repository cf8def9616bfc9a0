import Foundation
import Testing
@testable import SkepticKit

/// Each format rendered from one fixed scan and compared byte for byte with a golden file.
/// Set SKEPTIC_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
@Suite struct ReporterGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func report() throws -> ScanReport {
        let request = ScanRequest(root: folder.appendingPathComponent("project"), configuration: Configuration(),
                                  ruleDirectories: [folder.appendingPathComponent("rules")], jobs: 2)
        var report = try Scan(request: request).perform()
        report.root = "/project"
        report.timings = []
        return report
    }

    @Test(arguments: [
        (ReportFormat.terminal, "report.txt"), (.json, "report.json"), (.sarif, "report.sarif"), (.html, "report.html"),
    ])
    func matchesGolden(format: ReportFormat, file: String) throws {
        let rendered = format.reporter(options: ReporterOptions()).render(try Self.report())
        let golden = Self.folder.appendingPathComponent("expected").appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["SKEPTIC_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(rendered == expected, "\(format.rawValue) output differs from \(file); rerun with SKEPTIC_UPDATE_GOLDEN=1 if intended")
    }

    @Test func reportContentIsRight() throws {
        let report = try Self.report()
        #expect(report.activeFindings.map { "\($0.ruleID) \($0.path):\($0.range.start.line)" } == [
            "golden-no-eval src/app.js:5",
            "skeptic-suppression-without-reason src/app.js:13",
            "golden-no-eval src/broken.js:2",
        ])
        #expect(report.suppressedFindings.map(\.range.start.line) == [10])
        let status = Dictionary(uniqueKeysWithValues: report.files.map { ($0.path, $0.status) })
        #expect(status == ["NOTES.md": .analysed, "src/app.js": .analysed, "src/broken.js": .partiallyParsed])
        #expect(report.coverage.isIncomplete)
    }

    @Test func terminalReportNeverCallsCodeSecure() throws {
        let text = TerminalReporter(options: ReporterOptions()).render(try Self.report()).lowercased()
        for word in ["secure", "no vulnerabilities", "safe to deploy", "all checks passed"] {
            #expect(!text.contains(word), "terminal report says '\(word)'")
        }
    }
}
