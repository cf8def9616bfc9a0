import Foundation
import Testing
@testable import SkepticKit

@Suite struct ScanCacheTests {
    static let evalRule = ruleYAML(id: "no-eval", match: """
          - query: |
              (call_expression function: (identifier) @fn arguments: (arguments . (_) @code)) @match
              (#eq? @fn "eval")
            where:
              - capture: code
                value: non-constant
        """)

    /// A project, a rules folder and a cache folder, all temporary.
    final class Setup {
        let project: TemporaryTree
        let rules: TemporaryTree
        let cache: TemporaryTree

        init() throws {
            project = try TemporaryTree([
                "src/a.js": "function f(x) { eval(x); }\n",
                "src/b.js": "const y = 1;\n",
                "src/c.ts": "export const z = 2;\n",
            ])
            rules = try TemporaryTree(["no-eval.yaml": ScanCacheTests.evalRule])
            cache = try TemporaryTree()
        }

        func scan(configuration: Configuration = Configuration(), settled: Bool = true) throws -> ScanReport {
            var request = ScanRequest(root: project.url, configuration: configuration, ruleDirectories: [rules.url], jobs: 1, cacheDirectory: cache.url)
            // Test files are seconds old at most; the racy-write guard is tested on its own below.
            if settled { request.cacheSettlingNanoseconds = -60_000_000_000 }
            return try Scan(request: request).perform()
        }
    }

    private func summary(_ report: ScanReport) -> [String] {
        report.findings.map { "\($0.ruleID) \($0.path):\($0.range.start.line)" }
    }

    @Test func unchangedFilesAreReusedWithIdenticalResults() throws {
        let setup = try Setup()
        let first = try setup.scan()
        #expect(first.filesFromCache == 0)
        let second = try setup.scan()
        #expect(second.filesFromCache == 3)
        #expect(second.findings == first.findings)
        #expect(second.files == first.files)
        #expect(second.rulesRun == first.rulesRun)
        #expect(second.rulesByLanguage == first.rulesByLanguage)
        #expect(!second.timings.contains { $0.stage == "compile rules" }, "a fully cached scan compiles no rules")
        #expect(summary(second) == ["no-eval src/a.js:1"])
    }

    @Test func changedAndNewFilesAreAnalysedAgain() throws {
        let setup = try Setup()
        _ = try setup.scan()
        try setup.project.write("src/b.js", "function g(q) { eval(q + 1); }\n")
        try setup.project.write("src/d.js", "eval(location.hash);\n")
        let second = try setup.scan()
        #expect(second.filesFromCache == 2)
        #expect(summary(second) == ["no-eval src/a.js:1", "no-eval src/b.js:1", "no-eval src/d.js:1"])
        try FileManager.default.removeItem(at: setup.project.url.appendingPathComponent("src/a.js"))
        let third = try setup.scan()
        #expect(summary(third) == ["no-eval src/b.js:1", "no-eval src/d.js:1"])
    }

    @Test func changedRulesOrSettingsStartAfresh() throws {
        let setup = try Setup()
        _ = try setup.scan()
        var disabling = Configuration()
        disabling.disabledRules = ["no-eval"]
        let disabled = try setup.scan(configuration: disabling)
        #expect(disabled.filesFromCache == 0)
        #expect(disabled.findings.isEmpty)

        try setup.rules.write("no-eval.yaml", Self.evalRule.replacingOccurrences(of: "value: non-constant", with: "value: constant"))
        let edited = try setup.scan()
        #expect(edited.filesFromCache == 0)
        #expect(edited.findings.isEmpty, "eval(x) is not constant: the edited rule must not reuse old findings")
    }

    @Test func justWrittenFilesAreNotCached() throws {
        let setup = try Setup()
        _ = try setup.scan(settled: false)
        #expect(try setup.scan(settled: false).filesFromCache == 0)
    }

    @Test func aDamagedCacheIsIgnoredAndReplaced() throws {
        let setup = try Setup()
        _ = try setup.scan()
        let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: setup.cache.url.path).filter { $0.hasSuffix(".json") }
        #expect(cacheFiles.count == 1)
        let path = setup.cache.url.appendingPathComponent(cacheFiles[0]).path
        try "{ not json".write(toFile: path, atomically: true, encoding: .utf8)
        let report = try setup.scan()
        #expect(report.filesFromCache == 0)
        #expect(summary(report) == ["no-eval src/a.js:1"])
        #expect(try setup.scan().filesFromCache == 3)
    }

    @Test func theCacheLivesOutsideTheScannedTreeAndIsPrivate() throws {
        let setup = try Setup()
        _ = try setup.scan()
        let projectFiles = FileManager.default.enumerator(atPath: setup.project.url.path)?.allObjects as? [String] ?? []
        #expect(Set(projectFiles) == ["src", "src/a.js", "src/b.js", "src/c.ts"])
        let cacheFile = try FileManager.default.contentsOfDirectory(atPath: setup.cache.url.path)[0]
        let attributes = try FileManager.default.attributesOfItem(atPath: setup.cache.url.appendingPathComponent(cacheFile).path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func defaultDirectoryFollowsTheEnvironment() {
        #expect(ScanCache.defaultDirectory(environment: ["SKEPTIC_CACHE_DIR": "/x"])?.path == "/x")
        #expect(ScanCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.path == "/c/skeptic/scans")
        #expect(ScanCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])?.path == "/h/.cache/skeptic/scans")
        #expect(ScanCache.defaultDirectory(environment: [:]) == nil)
    }
}
