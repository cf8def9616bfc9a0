import Foundation

/// What one file's functions tell the rest of the project, found while analysing it: which
/// parameters reach a rule's sink, and what the functions return. Kept with the file's cached
/// outcome, so an unchanged file contributes without being parsed again.
struct FileSummaries: Codable, Sendable, Equatable {
    var sinks: [SinkSummary] = []
    var returns: [ReturnSummary] = []

    var isEmpty: Bool { sinks.isEmpty && returns.isEmpty }
}

/// A function that hands one of its parameters to a rule's sink: `def query_all(sql, args=())`
/// calling `get_db().execute(sql, args)`. A call that passes it a value the rule objects to is
/// the sink, one call up.
struct SinkSummary: Codable, Sendable, Equatable {
    var function: String
    /// The parameter's position as callers count it (a method's `self` is not counted) and name.
    var parameterIndex: Int
    var parameterName: String
    var ruleID: String
    var pattern: Int
    /// The rule's conditions that the parameter failed, to be tested on each caller's argument.
    var conditions: [Int]
    /// The rule's message for this sink, the argument left as a placeholder.
    var message: String
    /// Where the parameter reaches the sink: the rule's own finding would be here.
    var sinkLine: Int
    var sinkText: String
}

/// What a function returns: a string it assembles from parts that are not constant, or a value
/// taken from expressions that rules' `bound-regex` conditions recognise (a model's answer).
struct ReturnSummary: Codable, Sendable, Equatable {
    var function: String
    var returnsBuilt: Bool
    /// The `bound-regex` conditions (by fingerprint) that the returned expressions match.
    var matchedRegexes: [String]
    /// Functions whose results are returned: their summaries hold for this one too.
    var returnsResultsOf: [CalleeReference]
}

/// A called function as the caller names it: `chat`, or `sql_for_question` from module `.llm`.
struct CalleeReference: Codable, Sendable, Hashable {
    var name: String
    var module: String?
}

/// A call whose result a condition could not judge in its own file, and what the condition
/// needed of it: a built string, or a value a `bound-regex` pattern recognises.
struct UnresolvedCall: Codable, Sendable, Hashable {
    static let built = "built"
    var callee: CalleeReference
    /// `built`, or the fingerprint of the `bound-regex` pattern.
    var wants: String
}

/// Every file's summaries, looked up from a call: by the called name, and by where the callee
/// was imported from when the caller says (`from .db import query_all`, `import * as db from
/// "./db"`). A name defined in several files matches the one its import names, or none.
struct ProjectSummaries: Sendable {
    private struct Defined<Summary: Sendable>: Sendable {
        var path: String
        var summary: Summary
    }

    private var sinksByName: [String: [Defined<SinkSummary>]] = [:]
    private var returnsByName: [String: [Defined<ReturnSummary>]] = [:]

    init(_ files: [(path: String, summaries: FileSummaries)]) {
        for (path, summaries) in files {
            for sink in summaries.sinks { sinksByName[sink.function, default: []].append(Defined(path: path, summary: sink)) }
            for summary in summaries.returns {
                returnsByName[summary.function, default: []].append(Defined(path: path, summary: summary))
            }
        }
        closeReturnsOverCalls()
    }

    var isEmpty: Bool { sinksByName.isEmpty && returnsByName.isEmpty }
    var sinkFunctionNames: Set<String> { Set(sinksByName.keys) }

    /// Whether the called function's summary gives the condition what it wanted.
    func decides(_ call: UnresolvedCall, from callerPath: String) -> Bool {
        guard let summary = returns(named: call.callee.name, from: callerPath, module: call.callee.module) else { return false }
        return call.wants == UnresolvedCall.built ? summary.returnsBuilt : summary.matchedRegexes.contains(call.wants)
    }

    /// The sink functions a file's text may call: the name followed by `(`, in the file that
    /// defines it or in one that mentions the defining module's name (its import). One pass over
    /// the bytes, whatever the number of sink functions.
    func sinkCalls(in bytes: [UInt8], path: String) -> Set<String> {
        Self.calledNames(bytes).filter { name in
            guard let defined = sinksByName[name] else { return false }
            return defined.contains { $0.path == path || ByteSearch.contains(bytes, Array(Self.fileStem($0.path).utf8)) }
        }
    }

    /// Every name written just before a `(` (spaces between allowed).
    static func calledNames(_ bytes: [UInt8]) -> Set<String> {
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x24
        }
        var names: Set<String> = []
        var start = -1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isNameByte(byte) {
                if start < 0 { start = index }
                index += 1
                continue
            }
            if start >= 0 {
                var after = index
                while after < bytes.count, bytes[after] == 0x20 { after += 1 }
                if after < bytes.count, bytes[after] == UInt8(ascii: "(") {
                    names.insert(String(decoding: bytes[start..<index], as: UTF8.self))
                }
                start = -1
            }
            index += 1
        }
        return names
    }


    /// The sink summaries for a call of `name` from `callerPath`, where the callee came from
    /// `module` (nil when the name is not imported: defined in the caller's own file).
    func sinks(named name: String, from callerPath: String, module: String?) -> [(path: String, summary: SinkSummary)] {
        resolve(sinksByName[name] ?? [], from: callerPath, module: module).map { ($0.path, $0.summary) }
    }

    func returns(named name: String, from callerPath: String, module: String?) -> ReturnSummary? {
        let found = resolve(returnsByName[name] ?? [], from: callerPath, module: module).map(\.summary)
        guard var merged = found.first else { return nil }
        for other in found.dropFirst() {
            merged.returnsBuilt = merged.returnsBuilt || other.returnsBuilt
            merged.matchedRegexes = Array(Set(merged.matchedRegexes).union(other.matchedRegexes)).sorted()
        }
        return merged
    }

    private func resolve<Summary>(_ candidates: [Defined<Summary>], from callerPath: String, module: String?) -> [Defined<Summary>] {
        guard let module else { return candidates.filter { $0.path == callerPath } }
        let wanted = Self.moduleStem(module)
        return candidates.filter { Self.fileStem($0.path) == wanted }
    }

    /// `app/queries.py` -> `queries`; `src/db/index.ts` -> `db`.
    static func fileStem(_ path: String) -> String {
        let components = path.split(separator: "/")
        guard let last = components.last else { return path }
        let stem = last.split(separator: ".").first.map(String.init) ?? String(last)
        if stem == "index" || stem == "__init__", components.count > 1 { return String(components[components.count - 2]) }
        return stem
    }

    /// `.db`, `app.db`, `../lib/db`, `@/lib/db.js` -> `db`.
    static func moduleStem(_ module: String) -> String {
        var text = Substring(module)
        for suffix in [".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx", ".py"] where text.hasSuffix(suffix) { text = text.dropLast(suffix.count) }
        let separators: Set<Character> = module.contains("/") ? ["/"] : ["."]
        return text.split(whereSeparator: { separators.contains($0) }).last.map(String.init) ?? String(text)
    }

    /// A function returning another's result returns what that one returns (a few hops).
    private mutating func closeReturnsOverCalls() {
        for _ in 0..<3 {
            var changed = false
            for (name, defined) in returnsByName {
                for index in defined.indices {
                    var summary = defined[index].summary
                    for callee in summary.returnsResultsOf {
                        for other in resolve(returnsByName[callee.name] ?? [], from: defined[index].path, module: callee.module) {
                            if other.summary.returnsBuilt, !summary.returnsBuilt {
                                summary.returnsBuilt = true
                                changed = true
                            }
                            let added = Set(other.summary.matchedRegexes).subtracting(summary.matchedRegexes)
                            if !added.isEmpty {
                                summary.matchedRegexes = (summary.matchedRegexes + added).sorted()
                                changed = true
                            }
                        }
                    }
                    returnsByName[name]?[index].summary = summary
                }
            }
            if !changed { break }
        }
    }
}
