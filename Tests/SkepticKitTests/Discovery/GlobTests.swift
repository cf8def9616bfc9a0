import Testing
@testable import SkepticKit

@Suite struct GlobTests {
    @Test func nameWithoutSlashMatchesAtAnyDepth() throws {
        let glob = try Glob("*.min.js")
        #expect(glob.matches("a.min.js"))
        #expect(glob.matches("public/js/a.min.js"))
        #expect(!glob.matches("a.js"))
    }

    @Test func slashAnchorsToRoot() throws {
        let glob = try Glob("/build")
        #expect(glob.matches("build"))
        #expect(glob.matches("build/x.js"))
        #expect(!glob.matches("src/build"))
        let nested = try Glob("src/*.ts")
        #expect(nested.matches("src/a.ts"))
        #expect(!nested.matches("src/deep/a.ts"))
        #expect(!nested.matches("lib/src/a.ts"))
    }

    @Test func doubleStarSpansFolders() throws {
        let glob = try Glob("**/fixtures/**")
        #expect(glob.matches("fixtures/a.ts"))
        #expect(glob.matches("test/fixtures/deep/a.ts"))
        #expect(!glob.matches("src/fixture.ts"))
        #expect(try Glob("src/**/*.ts").matches("src/a/b/c.ts"))
        #expect(try Glob("src/**/*.ts").matches("src/c.ts"))
    }

    @Test func classesAndQuestionMarks() throws {
        #expect(try Glob("file?.[jt]s").matches("file1.ts"))
        #expect(!(try Glob("file?.[jt]s").matches("file1.py")))
        #expect(try Glob("[!a]*.js").matches("b.js"))
        #expect(!(try Glob("[!a]*.js").matches("a.js")))
        #expect(try Glob("v[[:digit:]].js").matches("v1.js"))
        #expect(!(try Glob("v[[:digit:]].js").matches("vx.js")))
        #expect(!(try Glob("a[!x]b").matches("a/b")))
        #expect(!(try Glob("a[[:punct:]]b").matches("a/b")))
        #expect(try Glob("a[]]b").matches("a]b"))
        #expect(try Glob("a[&-]b").matches("a&b"))
    }
}
