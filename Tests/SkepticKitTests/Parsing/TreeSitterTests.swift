import Testing
@testable import SkepticKit

@Suite struct TreeSitterTests {
    @Test(arguments: [
        (Language.javascript, "const a = require('x');\nmodule.exports = () => a;\n", "program"),
        (.typescript, "export function f(x: number): string { return `${x}`; }\n", "program"),
        (.tsx, "export const A = () => <div className=\"a\">{1}</div>;\n", "program"),
        (.python, "def f(x):\n    return f\"{x}\"\n", "module"),
        (.go, "package main\n\nfunc main() { println(\"hi\") }\n", "source_file"),
        (.swift, "struct A { let b: Int }\nlet c = A(b: 1)\n", "source_file"),
    ])
    func everyGrammarParses(language: Language, source: String, rootKind: String) throws {
        let tree = try parse(source, as: language)
        #expect(tree.root.kind == rootKind)
        #expect(!tree.root.hasError)
    }

    @Test func syntaxErrorsLeaveAUsableTree() throws {
        let tree = try parse("if (x) {\n  foo(;\n}\nfunction ok() { return 1; }\n", as: .javascript)
        #expect(tree.root.hasError)
        var functions = 0
        tree.root.walk { node in
            if node.kind == "function_declaration" { functions += 1 }
            return true
        }
        #expect(functions == 1)
    }

    @Test func parsingStopsAtTheDeadline() throws {
        let big = String(repeating: "const value = [1, 2, 3].map((x) => x * 2);\n", count: 20_000)
        #expect(throws: ParseFailure.timedOut) {
            try TreeSitterParser().parse(SourceText(big), grammar: Grammar.for(.javascript)!, deadline: Deadline(fromNow: 0))
        }
    }

    @Test func queryErrorsArePositioned() {
        do {
            _ = try CompiledQuery(grammar: Grammar.for(.javascript)!, source: "(call_expression\n  function: (no_such_node))")
            Issue.record("expected an error")
        } catch let error as QueryCompileError {
            #expect(error.kind == "unknown node type")
            #expect(error.line == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func walkingBySymbolVisitsWhatAFullWalkFindsByKind() throws {
        let source = """
            const a = "x", { b } = require("m");
            function f(c) { let d = `t${a}`; return () => { d += 1; }; }
            """
        for language in [Language.javascript, .typescript, .tsx] {
            let tree = try parse(source, as: language)
            let kinds: Set<String> = ["variable_declarator", "string_fragment", "arrow_function", "identifier"]
            var byKind: [String] = []
            tree.root.walk { node in
                if kinds.contains(node.kind) { byKind.append("\(node.kind)@\(node.startByte)") }
                return true
            }
            var bySymbol: [String] = []
            tree.root.walk(only: SymbolSet(kinds, in: Grammar.for(language)!)) { bySymbol.append("\($0.kind)@\($0.startByte)") }
            #expect(bySymbol == byKind)
            #expect(byKind.count > 10)
            #expect(tree.root.stringContentNodes.map(\.text) == ["x", "m", "t"])
        }
    }
}
