import ArgumentParser
import Foundation
import SkepticKit

struct Skeptic: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skeptic",
        abstract: "Deterministic security review for application code written with AI assistants.",
        discussion: """
            Skeptic parses JavaScript, TypeScript, Python, Go, Swift and PostgreSQL SQL with real \
            parsers and runs rule packs written as data. It reports what it found and what it did \
            not check; it never calls code secure.

            Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or configuration error.

            Example:
              skeptic scan src --format sarif --output skeptic.sarif
            """,
        version: ScanReport.toolVersion,
        subcommands: [ScanCommand.self, DatabaseCommand.self, RulesCommand.self, ExplainCommand.self, TestRulesCommand.self, SyntaxCommand.self, DocsCommand.self, ProfileRulesCommand.self],
        defaultSubcommand: ScanCommand.self)
}

/// A problem that ends the run with exit code 2 and a one-line message.
struct UsageFailure: Error, CustomStringConvertible {
    var description: String
}

/// Rule folders shared by the commands that load rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Add a folder of rule files (repeatable).", valueName: "dir"))
    var extraRuleDirectories: [String] = []

    @Flag(name: .customLong("no-bundled-rules"), help: "Do not load the rule pack that ships with Skeptic.")
    var noBundledRules = false

    func directories(configured: [String] = []) throws -> [URL] {
        var result: [URL] = []
        if !noBundledRules {
            guard let bundled = RulePack.bundledDirectory() else {
                throw UsageFailure(description: "cannot find the bundled rule pack; set SKEPTIC_RULES_DIR or pass --no-bundled-rules --rules DIR")
            }
            result.append(bundled)
        }
        for path in configured + extraRuleDirectories {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw UsageFailure(description: "rule folder not found: \(path)")
            }
            result.append(URL(fileURLWithPath: path))
        }
        return result
    }
}

@main
enum Main {
    static func main() {
        do {
            var command = try Skeptic.parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let failure as UsageFailure {
            FileHandle.standardError.write(Data("skeptic: \(failure)\n".utf8))
            Foundation.exit(2)
        } catch {
            if Skeptic.exitCode(for: error) == .success { Skeptic.exit(withError: error) }
            // Argument errors: argument-parser's message, but our documented exit code.
            FileHandle.standardError.write(Data((Skeptic.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
