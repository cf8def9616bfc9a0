import Foundation
import Testing
@testable import SkepticKit

/// `.skeptic.yml` can come from the repository being scanned: it is validated, bounded and
/// what it turns off is stated in the report.
@Suite struct ConfigurationTests {
    @Test func readsEveryKey() throws {
        let configuration = try Configuration.parse("""
            exclude: [legacy/**]
            disable: [js-eval-non-literal]
            fail-on: high
            max-file-size: 2048
            file-timeout: 2.5
            require-complete: true
            """, path: "/repo/.skeptic.yml")
        #expect(configuration.excludes == ["legacy/**"])
        #expect(configuration.disabledRules == ["js-eval-non-literal"])
        #expect(configuration.failOn == .high)
        #expect(configuration.maximumFileSize == 2048)
        #expect(configuration.fileTimeoutSeconds == 2.5)
        #expect(configuration.requireComplete)
    }

    @Test(arguments: [
        "file-timeout: .inf", "file-timeout: .nan", "file-timeout: 0", "file-timeout: 1e9",
        "max-file-size: .nan", "max-file-size: 1e300", "max-file-size: -1", "max-file-size: 10.5",
    ])
    func rejectsNumbersOutOfBounds(line: String) {
        #expect(throws: ConfigurationError.self) { try Configuration.parse(line, path: ".skeptic.yml") }
    }

    @Test func reportStatesWhatConfigurationTurnedOff() throws {
        let tree = try TemporaryTree([
            ".skeptic.yml": "disable: [js-eval-non-literal]\nexclude: [legacy/**]\n",
            "app.js": "eval(process.argv[2]);\n",
            "legacy/old.js": "eval(process.argv[2]);\n",
        ])
        let request = ScanRequest(root: tree.url, configuration: try Configuration.load(root: tree.url), ruleDirectories: [TestPaths.rules])
        let report = try Scan(request: request).perform()
        #expect(report.activeFindings.isEmpty)
        let notes = report.coverage.notChecked.joined(separator: "\n")
        #expect(notes.contains("Rules disabled by .skeptic.yml: js-eval-non-literal."))
        #expect(notes.contains("Paths excluded by .skeptic.yml (legacy/**): 1 path(s)"))
    }
}
