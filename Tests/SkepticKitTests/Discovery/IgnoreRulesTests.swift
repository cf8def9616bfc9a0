import Testing
@testable import SkepticKit

@Suite struct IgnoreRulesTests {
    @Test func laterNegationReincludes() {
        var rules = IgnoreRules()
        rules.add(gitignore: "*.log\n!keep.log\n# comment\n\n", base: "")
        #expect(rules.isIgnored("debug.log", isDirectory: false))
        #expect(!rules.isIgnored("keep.log", isDirectory: false))
        #expect(!rules.isIgnored("app.js", isDirectory: false))
    }

    @Test func trailingSlashMatchesFoldersOnly() {
        var rules = IgnoreRules()
        rules.add(gitignore: "generated/\n", base: "")
        #expect(rules.isIgnored("generated", isDirectory: true))
        #expect(!rules.isIgnored("generated", isDirectory: false))
        #expect(rules.isIgnored("src/generated", isDirectory: true))
    }

    @Test func nestedGitignoreIsRelativeToItsFolder() {
        var rules = IgnoreRules()
        rules.add(gitignore: "/tmp.js\n", base: "web")
        #expect(rules.isIgnored("web/tmp.js", isDirectory: false))
        #expect(!rules.isIgnored("tmp.js", isDirectory: false))
        #expect(!rules.isIgnored("web/sub/tmp.js", isDirectory: false))
    }
}
