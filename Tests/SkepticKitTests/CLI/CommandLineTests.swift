import Foundation
import Testing

/// Runs the built `skeptic` binary, as users and CI do: help text, exit codes, formats.
@Suite(.serialized) struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func skeptic(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = arguments
        // Each run gets its own scan cache, so no test sees another's results.
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("skeptic-cli-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        process.environment = ProcessInfo.processInfo.environment.merging(["SKEPTIC_CACHE_DIR": cache.path]) { $1 }.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func helpListsCommandsAndExitCodes() throws {
        let run = try skeptic(["--help"])
        #expect(run.status == 0)
        for expected in ["scan", "rules", "explain", "test-rules", "syntax", "Exit codes: 0 no findings", "configuration error"] {
            #expect(run.stdout.contains(expected), "help lacks '\(expected)'")
        }
        let scanHelp = try skeptic(["scan", "--help"])
        for option in ["--format", "--fail-on", "--require-complete", "--rules", "--exclude", "Examples:"] {
            #expect(scanHelp.stdout.contains(option), "scan help lacks '\(option)'")
        }
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try skeptic(["scan", "--format", "xml"]).status == 2)
        #expect(try skeptic(["scan", "/no/such/path"]).status == 2)
        #expect(try skeptic(["explain", "no-such-rule"]).status == 2)
    }

    @Test func badConfigurationIsAClearError() throws {
        let tree = try TemporaryTree([".skeptic.yml": "fail-on: sometimes\n", "a.js": "x\n"])
        let run = try skeptic(["scan", tree.url.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains(".skeptic.yml:1"))
        #expect(run.stderr.contains("sometimes"))
    }

    @Test func cleanScanIsQuietAndExitsZero() throws {
        let tree = try TemporaryTree(["a.js": "export const answer = 42;\n"])
        let run = try skeptic(["scan", tree.url.path, "--color", "never"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("No findings"))
        #expect(run.stdout.split(separator: "\n").count <= 4)
    }

    @Test func findingsExitOneUnlessBelowTheThreshold() throws {
        let tree = try TemporaryTree(["a.js": "const jwt = require('jsonwebtoken');\nexports.t = (u) => jwt.sign({ sub: u }, 'hard-coded-signing-key', { expiresIn: '1h' });\n"])
        #expect(try skeptic(["scan", tree.url.path]).status == 1)
        #expect(try skeptic(["scan", tree.url.path, "--fail-on", "critical"]).status == 1)
        #expect(try skeptic(["scan", tree.url.path, "--disable-check-placeholder"]).status == 2)
    }

    @Test func requireCompleteFailsOnPartialParses() throws {
        let tree = try TemporaryTree(["a.js": "if (x) {\n  call(;\n}\n"])
        #expect(try skeptic(["scan", tree.url.path]).status == 0)
        #expect(try skeptic(["scan", tree.url.path, "--require-complete"]).status == 1)
    }

    @Test func explainPrintsTheDocSections() throws {
        let run = try skeptic(["explain", "js-jwt-hardcoded-secret"])
        #expect(run.status == 0)
        for section in ["What it does:", "Why is this bad?", "Example:", "Use instead:", "References:"] {
            #expect(run.stdout.contains(section))
        }
    }

    @Test func jsonAndSarifAreParseable() throws {
        let tree = try TemporaryTree(["a.js": "eval(process.argv[2]);\n"])
        for format in ["json", "sarif"] {
            let run = try skeptic(["scan", tree.url.path, "--format", format])
            #expect(run.status <= 1)
            #expect((try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) != nil, "\(format) output is not JSON")
        }
    }
}
