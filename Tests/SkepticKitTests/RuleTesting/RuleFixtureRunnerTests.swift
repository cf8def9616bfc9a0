import Foundation
import Testing
@testable import SkepticKit

@Suite struct RuleFixtureRunnerTests {
    /// A rule for some paths only is tested on files in a folder named like it, at their paths
    /// inside that folder.
    @Test func fixtureFoldersKeepTheirPaths() throws {
        let rule = ruleYAML(id: "login-handler", languages: "[typescript]", match: """
              - query: '(call_expression function: (identifier) @fn (#eq? @fn "handler")) @match'
                paths:
                  include: ["**/login/route.ts"]
            """)
        let tree = try TemporaryTree([
            "login-handler.yaml": rule,
            "login-handler.ts": "// ok: login-handler\nhandler();\n// ok: login-handler\nhandler();\n",
            "login-handler/app/api/login/route.ts": "// ruleid: login-handler\nhandler();\n",
            "login-handler/app/api/session/login/route.ts": "// ruleid: login-handler\nhandler();\n",
            "login-handler/app/api/posts/route.ts": "// ok: login-handler\nhandler();\n",
        ])
        let summary = RuleFixtureRunner().run(directory: tree.url)
        #expect(summary.loadErrors.isEmpty)
        let result = try #require(summary.results.first)
        #expect(result.failures.map(\.description) == [])
        #expect(result.flagged == 2)
        #expect(result.ok == 3)
    }
}
