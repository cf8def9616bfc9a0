/// Everything a scan produced, for the reporters.
public struct ScanReport: Sendable {
    public static let toolName = "skeptic"
    public static let toolVersion = "0.1.0"

    public var root: String
    /// All findings, suppressed ones included (reporters show or count them apart).
    public var findings: [Finding]
    public var files: [FileRecord]
    public var rulesRun: [String]
    public var rules: [Rule]
    public var rulesByLanguage: [String: [String]]
    public var ruleErrors: [String]
    public var timings: [StageTiming]
    /// Files whose results were reused from the last scan because they had not changed.
    public var filesFromCache: Int = 0
    /// Settings that narrowed the scan, stated in the report because they may come from the
    /// repository being scanned.
    public var configurationFile: String? = nil
    public var disabledRules: [String] = []
    public var excludePatterns: [String] = []
    /// What this kind of analysis cannot judge, whatever it found; ends the "not checked" list.
    public var limits: [String] = CoverageSummary.staticLimits

    public var activeFindings: [Finding] { findings.filter { !$0.isSuppressed } }
    public var suppressedFindings: [Finding] { findings.filter(\.isSuppressed) }

    public var coverage: CoverageSummary { CoverageSummary(report: self) }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}

/// What was checked and what was not: ends every report, in every format.
public struct CoverageSummary: Codable, Sendable {
    public var filesAnalysed: [String: Int]
    public var linesAnalysed: [String: Int]
    public var pathsSkipped: [String: Int]
    public var partiallyParsed: Int
    /// Analysed files whose results were reused from an earlier scan: they had not changed.
    public var filesFromCache: Int
    public var rulesRun: Int
    public var ruleErrors: Int
    public var findings: Int
    public var suppressed: Int
    public var notChecked: [String]

    /// True when some file could not be fully analysed or some rule file could not be used.
    public var isIncomplete: Bool

    /// Limits that hold for every static scan, whatever it found.
    public static let staticLimits = [
        "Business logic and authorisation decisions (who may see or change what) beyond the patterns the rules describe.",
        "Behaviour at run time: configuration, secrets and database policies set outside these files.",
        "Dependencies' own code and known vulnerabilities in them (no software composition analysis).",
        "Data flow beyond local bindings and one call into the project's own Python and JavaScript functions (a helper that passes a parameter to a sink, or returns built SQL or a model's answer): longer call chains, Go and Swift helpers, and flows through frameworks, callbacks and object fields.",
    ]

    private static let secretRuleIDs = Set(BuiltinRules.secretRules.map(\.id))

    init(report: ScanReport) {
        var analysed: [String: Int] = [:]
        var lines: [String: Int] = [:]
        var skipped: [String: Int] = [:]
        var partial = 0
        var gap = false
        var unsupportedLanguages = Set<String>()
        for record in report.files {
            if record.status.wasAnalysed, let language = record.language {
                analysed[language.rawValue, default: 0] += 1
                lines[language.rawValue, default: 0] += record.lines ?? 0
                if record.status == .partiallyParsed { partial += 1 }
            } else {
                skipped[record.status.rawValue, default: 0] += 1
            }
            if record.status.isCoverageGap { gap = true }
            if record.status == .analysed || record.status == .partiallyParsed, let language = record.language, language != .text {
                let ids = report.rulesByLanguage[language.rawValue] ?? []
                if ids.allSatisfy(Self.secretRuleIDs.contains) { unsupportedLanguages.insert(language.rawValue) }
            }
        }
        filesAnalysed = analysed
        linesAnalysed = lines
        pathsSkipped = skipped
        partiallyParsed = partial
        filesFromCache = report.filesFromCache
        rulesRun = report.rulesRun.count
        ruleErrors = report.ruleErrors.count
        findings = report.activeFindings.count
        suppressed = report.suppressedFindings.count
        isIncomplete = gap || !report.ruleErrors.isEmpty
        var notChecked: [String] = []
        if !report.disabledRules.isEmpty {
            notChecked.append("Rules disabled by \(report.configurationFile ?? "configuration"): \(report.disabledRules.joined(separator: ", ")).")
        }
        if !report.excludePatterns.isEmpty {
            notChecked.append("Paths excluded by \(report.configurationFile ?? "configuration") (\(report.excludePatterns.joined(separator: ", "))): \(skipped[FileStatus.excluded.rawValue] ?? 0) path(s), with .gitignore.")
        }
        if let textFiles = analysed[Language.text.rawValue] {
            notChecked.append("\(textFiles) other text file(s) (configuration, scripts, documents) were searched for secrets only.")
        }
        if !unsupportedLanguages.isEmpty {
            notChecked.append("Parsed and searched for secrets, but no rules yet for: \(unsupportedLanguages.sorted().joined(separator: ", ")).")
        }
        if let count = skipped[FileStatus.unsupported.rawValue] {
            notChecked.append("\(count) file(s) of types Skeptic does not parse (see the per-file list).")
        }
        if report.ruleErrors.count > 0 {
            notChecked.append("\(report.ruleErrors.count) rule file problem(s): those rules did not run.")
        }
        self.notChecked = notChecked + report.limits
    }
}
