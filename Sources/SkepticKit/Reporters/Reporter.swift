/// Output formats. Each has one reporter.
public enum ReportFormat: String, CaseIterable, Sendable {
    case terminal, json, sarif, html

    public func reporter(options: ReporterOptions) -> any Reporter {
        switch self {
        case .terminal: return TerminalReporter(options: options)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .html: return HTMLReporter()
        }
    }
}

public struct ReporterOptions: Sendable {
    public var colour: Bool
    public var failOn: Severity
    public var showSuppressed: Bool

    public init(colour: Bool = false, failOn: Severity = .low, showSuppressed: Bool = false) {
        self.colour = colour
        self.failOn = failOn
        self.showSuppressed = showSuppressed
    }
}

/// Turns a scan report into text in one format.
public protocol Reporter {
    func render(_ report: ScanReport) -> String
}

extension Severity {
    /// GitHub code scanning's numeric severity, used to rank alerts.
    var securitySeverity: String {
        switch self {
        case .critical: return "9.5"
        case .high: return "8.0"
        case .medium: return "5.5"
        case .low: return "3.0"
        case .info: return "1.0"
        }
    }

    var sarifLevel: String {
        switch self {
        case .critical, .high: return "error"
        case .medium: return "warning"
        case .low, .info: return "note"
        }
    }
}
