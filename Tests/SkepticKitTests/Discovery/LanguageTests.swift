import Testing
@testable import SkepticKit

@Suite struct LanguageTests {
    @Test(arguments: [
        ("a.js", Language.javascript), ("a.mjs", .javascript), ("a.cjs", .javascript), ("a.jsx", .javascript),
        ("a.ts", .typescript), ("a.tsx", .tsx), ("a.py", .python), ("a.go", .go), ("a.swift", .swift), ("a.sql", .sql),
    ])
    func detectsByExtension(name: String, language: Language) {
        #expect(Language.detect(fileName: name) == language)
    }

    @Test func declarationFilesAndUnknownTypesAreNotParsed() {
        #expect(Language.detect(fileName: "types.d.ts") == nil)
        #expect(Language.detect(fileName: "README.md") == nil)
        #expect(Language.detect(fileName: "Makefile") == nil)
    }

    @Test func detectsShebangs() {
        #expect(Language.detect(shebang: "#!/usr/bin/env node") == .javascript)
        #expect(Language.detect(shebang: "#!/usr/bin/python3") == .python)
        #expect(Language.detect(shebang: "#!/usr/bin/env -S python3 -u") == .python)
        #expect(Language.detect(shebang: "#!/bin/sh") == nil)
        #expect(Language.detect(shebang: "const x = 1") == nil)
    }
}
