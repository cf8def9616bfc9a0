import ArgumentParser
import Foundation
import SkepticKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules that would run.",
        discussion: """
            Example:
              skeptic rules --rules my-rules/
            """)

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let (loaded, errors) = RuleLoader.load(directories: try rules.directories())
        let (ruleSet, compileErrors) = CompiledRuleSet.compile(loaded)
        var lines: [String] = []
        for rule in (ruleSet.rules + BuiltinRules.documented).sorted(by: { $0.id < $1.id }) {
            let id = rule.id.padding(toLength: 44, withPad: " ", startingAt: 0)
            let severity = rule.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            let languages = rule.languages.map(\.rawValue).joined(separator: ",").padding(toLength: 24, withPad: " ", startingAt: 0)
            lines.append("\(id) \(severity) \(languages) \(rule.title)")
        }
        print(lines.joined(separator: "\n"))
        for error in errors + compileErrors {
            FileHandle.standardError.write(Data("skeptic: rule error: \(error)\n".utf8))
        }
        if !(errors + compileErrors).isEmpty { throw ExitCode(2) }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print a rule's documentation: what it flags, why, an example and the fix.",
        discussion: """
            Example:
              skeptic explain js-jwt-hardcoded-secret
            """)

    @Argument(help: "Rule id.")
    var ruleID: String

    @Flag(help: "Print Markdown (as in docs/rules).")
    var markdown = false

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let (loaded, _) = RuleLoader.load(directories: try rules.directories())
        guard let rule = (loaded + BuiltinRules.documented).first(where: { $0.id == ruleID }) else {
            throw UsageFailure(description: "no rule '\(ruleID)'; `skeptic rules` lists them")
        }
        print(markdown ? RuleDocumentation.markdown(rule) : RuleDocumentation.plainText(rule), terminator: "")
    }
}

struct TestRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-rules",
        abstract: "Check rules against their fixtures (`ruleid:` / `ok:` annotations).",
        discussion: """
            Each rule file <id>.yaml needs a fixture beside it with the same stem (<id>.ts, <id>.py, ...).
            A `ruleid: <id>` comment marks the next line as one the rule must flag; `ok: <id>` one it
            must not. Every rule needs at least two of each.

            Example:
              skeptic test-rules rules/
            """)

    @Argument(help: "Folders of rules and fixtures.")
    var directories: [String]

    func run() throws {
        var passed = 0, failed = 0
        for directory in directories {
            let summary = RuleFixtureRunner().run(directory: URL(fileURLWithPath: directory))
            for error in summary.loadErrors { print("ERROR \(error)") }
            for result in summary.results {
                if result.passed {
                    print("PASS  \(result.ruleID) (\(result.flagged) flagged, \(result.ok) ok)")
                } else {
                    print("FAIL  \(result.ruleID)")
                    for failure in result.failures { print("        \(failure)") }
                }
            }
            passed += summary.passed
            failed += summary.failed
        }
        print("rules: \(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}

struct SyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax",
        abstract: "Print a file's syntax tree, to help write rule queries.",
        discussion: """
            Example:
              skeptic syntax src/server.ts
            """)

    @Argument(help: "Source file.")
    var file: String

    func run() throws {
        guard let language = Language.detect(fileName: file), let grammar = Grammar.for(language) else {
            throw UsageFailure(description: "no tree-sitter grammar for \(file)")
        }
        guard let data = FileManager.default.contents(atPath: file) else { throw UsageFailure(description: "cannot read \(file)") }
        let tree = try TreeSitterParser().parse(SourceText(bytes: [UInt8](data)), grammar: grammar, deadline: Deadline(fromNow: 30))
        print(SyntaxPrinter.indented(tree.root))
    }
}

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Write one Markdown page per rule, and an index, into a folder.",
        discussion: """
            The pages are generated from the rule files; tests fail when docs/rules is stale.

            Example:
              skeptic docs docs/rules
            """)

    @Argument(help: "Output folder.")
    var output: String = "docs/rules"

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let (loaded, errors) = RuleLoader.load(directories: try rules.directories())
        guard errors.isEmpty else {
            for error in errors { FileHandle.standardError.write(Data("skeptic: rule error: \(error)\n".utf8)) }
            throw ExitCode(2)
        }
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Pages of rules that no longer exist would mislead; the folder holds generated pages only.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".md") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        let all = (loaded + BuiltinRules.documented).sorted { $0.id < $1.id }
        for rule in all {
            try RuleDocumentation.markdown(rule).write(to: folder.appendingPathComponent(rule.id + ".md"), atomically: true, encoding: .utf8)
        }
        try RuleDocumentation.index(all).write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        print("wrote \(all.count) rule pages to \(output)")
    }
}

struct ProfileRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile-rules",
        abstract: "Time each rule's query on a tree of code, to find slow rules.",
        discussion: """
            Each rule is compiled and run on its own, on one thread, so the times add up to more
            than a scan spends (a scan runs all of a language's rules in one combined pass).

            Example:
              skeptic profile-rules src --rules my-rules/
            """)

    @Argument(help: "Folder to profile on.")
    var path: String = "."

    @Option(name: .long, help: "Rows to print (slowest first).")
    var top: Int = 30

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let (loaded, errors) = RuleLoader.load(directories: try rules.directories())
        for error in errors { FileHandle.standardError.write(Data("skeptic: rule error: \(error)\n".utf8)) }
        let request = ScanRequest(root: URL(fileURLWithPath: path), configuration: Configuration(), ruleDirectories: [])
        let files = try Scan(request: request).discover().files
        let profile = RuleProfiler.profile(files: files, rules: loaded, maximumFileSize: request.configuration.maximumFileSize)
        func format(_ seconds: Double) -> String { String(format: "%8.3f", seconds) }
        print("\(profile.files) files parsed in \(format(profile.parseSeconds)) s")
        print("rule".padding(toLength: 44, withPad: " ", startingAt: 0) + " language    compile s  match s  matches")
        for entry in profile.entries.prefix(top) {
            print(entry.ruleID.padding(toLength: 44, withPad: " ", startingAt: 0) + " "
                + entry.language.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                + "  \(format(entry.compileSeconds)) \(format(entry.matchSeconds)) \(String(format: "%8d", entry.matches))")
        }
        let compile = profile.entries.reduce(0) { $0 + $1.compileSeconds }
        let match = profile.entries.reduce(0) { $0 + $1.matchSeconds }
        print("total: compile \(format(compile)) s, match \(format(match)) s")
    }
}
