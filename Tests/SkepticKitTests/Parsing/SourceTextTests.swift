import Testing
@testable import SkepticKit

@Suite struct SourceTextTests {
    @Test func positionsCountUnicodeScalars() {
        let source = SourceText("a\nçé = x\n")
        let offset = Array("a\nçé = ".utf8).count
        #expect(source.position(ofByte: offset) == SourcePosition(line: 2, column: 6))
        #expect(source.line(1) == "çé = x")
        #expect(source.lineCount == 2)
    }

    @Test func rowLookupIsExact() {
        let source = SourceText("one\ntwo\nthree")
        #expect(source.row(ofByte: 0) == 0)
        #expect(source.row(ofByte: 4) == 1)
        #expect(source.row(ofByte: 8) == 2)
        #expect(source.lineCount == 3)
    }
}
