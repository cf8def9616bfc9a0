import Foundation
import Testing
@testable import SkepticKit

@Suite struct RuleDocumentationTests {
    static let docs = TestPaths.packageRoot.appendingPathComponent("docs/rules")

    @Test func generatedPagesAreCurrent() throws {
        let (rules, errors) = RuleLoader.load(directories: [TestPaths.rules])
        #expect(errors.isEmpty)
        let all = (rules + BuiltinRules.documented).sorted { $0.id < $1.id }
        for rule in all {
            let page = Self.docs.appendingPathComponent(rule.id + ".md")
            let current = try? String(contentsOf: page, encoding: .utf8)
            #expect(current == RuleDocumentation.markdown(rule), "docs/rules/\(rule.id).md is stale or missing: run `make docs`")
        }
        let index = try? String(contentsOf: Self.docs.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(index == RuleDocumentation.index(all), "docs/rules/README.md is stale: run `make docs`")
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.docs.path).filter { $0.hasSuffix(".md") && $0 != "README.md" }
        #expect(Set(pages) == Set(all.map { $0.id + ".md" }), "docs/rules has pages for rules that no longer exist: run `make docs`")
    }

    @Test func pagesHaveTheFixedSections() {
        let page = RuleDocumentation.markdown(BuiltinRules.bareSuppressionRule)
        for section in ["## What it does", "## Why is this bad?", "## Example", "## Use instead", "## References"] {
            #expect(page.contains(section))
        }
    }
}
