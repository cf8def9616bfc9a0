import Foundation
@testable import SkepticKit

/// A temporary folder of files for a test, removed when the value is released.
final class TemporaryTree {
    let url: URL

    init(_ files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("skeptic-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

enum TestPaths {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let rules = packageRoot.appendingPathComponent("rules")
    static let examples = packageRoot.appendingPathComponent("examples")
    static let binary = packageRoot.appendingPathComponent(".build/debug/skeptic")
}

/// Parses `text` as `language`.
func parse(_ text: String, as language: Language) throws -> SyntaxTree {
    try TreeSitterParser().parse(SourceText(text), grammar: Grammar.for(language)!, deadline: Deadline(fromNow: 5))
}

/// Loads rules from YAML text and runs them on one source text.
func findings(rulesYAML: String, source: String, language: Language, path: String = "app.ts") throws -> [Finding] {
    let rules = try RuleLoader.load(yaml: rulesYAML, path: "test.yaml")
    let (ruleSet, errors) = CompiledRuleSet.compile(rules)
    guard errors.isEmpty else { throw errors[0] }
    let tree = try parse(source, as: language)
    let result = RuleEvaluator(ruleSet: ruleSet, plan: ruleSet.plan(for: language)!)
        .evaluate(facts: FileFacts(tree: tree, language: language), relativePath: path, runner: QueryRunner(), deadline: Deadline(fromNow: 5))
    return result.findings.sorted(by: Finding.reportOrder)
}

/// A minimal valid rule; `match` is spliced in as the rule's `match:` block.
func ruleYAML(id: String = "test-rule", languages: String = "[javascript]", extra: String = "", match: String) -> String {
    """
    id: \(id)
    title: Test rule
    languages: \(languages)
    severity: high
    confidence: high
    likelihood: high
    impact: high
    category: test
    cwe: ["CWE-89: SQL Injection"]
    owasp: ["A03:2021 - Injection"]
    message: "found {{match}}"
    fix: do not
    references: [https://example.org]
    docs: {what: w, why: y, example: e, fix: f}
    \(extra)
    match:
    \(match)
    """
}

/// The value model's verdict on the first argument of the last `sink(...)` call in `code`.
func classifySinkArgument(_ code: String, as language: Language, sanitizers: Set<String> = []) throws -> ValueKind? {
    let tree = try parse(code, as: language)
    let facts = FileFacts(tree: tree, language: language)
    var argument: SyntaxNode?
    tree.root.walk { node in
        if node.field("function")?.text == "sink" { argument = node.field("arguments")?.namedChildren.first }
        // Swift: (call_expression (simple_identifier) (call_suffix (value_arguments (value_argument value: ...))))
        if language == .swift, node.kind == "call_expression", node.namedChildren.first?.text == "sink" {
            argument = node.namedChildren.last?.namedChildren.first?.namedChildren.first?.field("value")
        }
        return true
    }
    guard let argument, let model = facts.model else { return nil }
    return model.classify(argument, sanitizers: sanitizers, in: facts, depth: 0)
}
