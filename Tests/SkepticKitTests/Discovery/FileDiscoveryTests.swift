import Foundation
import Testing
@testable import SkepticKit

@Suite struct FileDiscoveryTests {
    @Test func recordsEverythingItPassesOver() throws {
        let tree = try TemporaryTree([
            "src/app.ts": "export const a = 1;\n",
            "src/ignored.ts": "x\n",
            "src/util.py": "x = 1\n",
            "node_modules/lib/index.js": "module.exports = 1;\n",
            "public/app.min.js": "x\n",
            "README.md": "# hi\n",
            "logo.png": "not really a png\n",
            "package-lock.json": "{}\n",
            "bin/tool": "#!/usr/bin/env node\nconsole.log(1)\n",
            ".gitignore": "src/ignored.ts\n",
            "big.js": String(repeating: "// padding\n", count: 200),
        ])
        let outside = try TemporaryTree(["secret.js": "x\n"])
        try FileManager.default.createSymbolicLink(atPath: tree.url.appendingPathComponent("escape.js").path, withDestinationPath: outside.url.appendingPathComponent("secret.js").path)

        let discovery = FileDiscovery(root: tree.url, excludes: [], maximumFileSize: 1000)
        let (files, skipped) = try discovery.discover()
        #expect(files.map(\.path).sorted() == [".gitignore", "README.md", "bin/tool", "src/app.ts", "src/util.py"])
        #expect(files.first { $0.path == "bin/tool" }?.language == .javascript)
        // Files without a parser are read as text, for secrets; binary types and lock files are not.
        #expect(files.first { $0.path == "README.md" }?.language == .text)
        let status = Dictionary(uniqueKeysWithValues: skipped.map { ($0.path, $0.status) })
        #expect(status["src/ignored.ts"] == .excluded)
        #expect(status["node_modules/"] == .vendored)
        #expect(status["public/app.min.js"] == .minified)
        #expect(status["logo.png"] == .unsupported)
        #expect(status["package-lock.json"] == .unsupported)
        #expect(status["big.js"] == .tooLarge)
        #expect(status["escape.js"] == .symlink)
        #expect(skipped.first { $0.path == "escape.js" }?.detail?.contains("outside") == true)
    }

    @Test func configuredExcludesApply() throws {
        let tree = try TemporaryTree(["src/a.ts": "1\n", "scripts/b.ts": "1\n"])
        let discovery = FileDiscovery(root: tree.url, excludes: [try Glob("scripts/")], maximumFileSize: 1000)
        let (files, skipped) = try discovery.discover()
        #expect(files.map(\.path) == ["src/a.ts"])
        #expect(skipped.contains { $0.path == "scripts/" && $0.status == .excluded })
    }

    @Test func missingRootIsAnError() {
        let discovery = FileDiscovery(root: URL(fileURLWithPath: "/no/such/place"), excludes: [], maximumFileSize: 1000)
        #expect(throws: DiscoveryError.self) { try discovery.discover() }
    }
}
