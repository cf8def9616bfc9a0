/// How sensitive a table's data is, from its columns' names, types and comments and its own
/// name and comment. The classes follow what the law and users treat as most harmful to leak.
public enum DataSensitivity: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    case unknown, freeText, personal, financial, governmentID, children, healthOrEmotional, credentials

    public static func < (lhs: DataSensitivity, rhs: DataSensitivity) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .unknown: return "no sensitive columns recognised"
        case .freeText: return "free-text user content"
        case .personal: return "personal contact or location data"
        case .financial: return "financial data"
        case .governmentID: return "government identifiers"
        case .children: return "children's data"
        case .healthOrEmotional: return "health, emotional or intimate data"
        case .credentials: return "credentials or secrets"
        }
    }

    /// Word stems per class, matched against identifier words (`mood_score` → mood, score) and comments.
    static let stems: [(DataSensitivity, [String])] = [
        (.credentials, ["password", "passwd", "pwd", "secret", "token", "apikey", "api_key", "private_key", "otp", "mfa", "totp", "credential", "hash"]),
        (.healthOrEmotional, ["mood", "emotion", "feeling", "journal", "diary", "health", "medical", "diagnos", "symptom", "medication",
                              "prescription", "therapy", "therapist", "mental", "anxiety", "depress", "sleep", "period", "menstrua",
                              "pregnan", "sexual", "intimate", "weight", "allerg", "disease", "treatment", "patient", "clinical", "heart_rate"]),
        (.children, ["child", "children", "kid", "minor", "student", "pupil", "guardian", "parent_consent"]),
        (.governmentID, ["ssn", "social_security", "passport", "national_id", "tax_id", "taxid", "driver_license", "licence_number", "nin", "sin"]),
        (.financial, ["iban", "bic", "card_number", "cardnumber", "pan", "cvv", "account_number", "routing", "salary", "income", "balance",
                      "bank", "payment", "invoice", "transaction", "credit"]),
        (.personal, ["email", "phone", "address", "street", "postcode", "zip", "birth", "dob", "latitude", "longitude", "lat", "lng",
                     "location", "geo", "ip_address", "full_name", "first_name", "last_name", "gender", "religion", "ethnic"]),
        (.freeText, ["note", "notes", "body", "content", "message", "text", "entry", "entries", "comment", "description", "bio", "reflection"]),
    ]

    /// The class a name or comment suggests, if any.
    static func classify(_ text: String) -> DataSensitivity {
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var best = DataSensitivity.unknown
        for (sensitivity, stems) in stems where sensitivity > best {
            let hit = stems.contains { stem in
                stem.contains("_") ? lower.contains(stem) : words.contains { $0 == stem || ($0.hasPrefix(stem) && stem.count >= 4) }
            }
            if hit { best = sensitivity }
        }
        return best
    }

    /// Names used in `.skeptic.yml`.
    static let configurationNames = ["none", "free-text", "personal", "financial", "government-id", "children", "health", "credentials"]

    init?(configurationName: String) {
        guard let index = Self.configurationNames.firstIndex(of: configurationName.lowercased()) else { return nil }
        self = Self.allCases[index]
    }

    /// The table's most sensitive class, with the columns that put it there. `overrides` (from
    /// `.skeptic.yml`) set a table's class outright, or a column's.
    public static func of(_ table: Table, overrides: [String: DataSensitivity] = [:]) -> (DataSensitivity, columns: [String]) {
        let tableKey = "\(table.name.schema.lowercased()).\(table.name.name.lowercased())"
        if let level = overrides[tableKey] { return (level, []) }
        var best = classify(table.name.name + " " + (table.comment ?? ""))
        // A table name alone says less than a column: `journal` with no sensitive column is free text at most.
        if best > .freeText { best = .freeText }
        var columns: [String] = []
        var perColumn: [(String, DataSensitivity)] = []
        for column in table.columns {
            let level: DataSensitivity
            if let configured = overrides[tableKey + "." + column.name.lowercased()] {
                level = configured
            } else {
                guard column.name != "id", !column.name.hasSuffix("_id") else { continue }
                level = max(classify(column.name), column.comment.map(classify) ?? .unknown)
            }
            if level > .unknown { perColumn.append((column.name, level)) }
        }
        if let top = perColumn.map(\.1).max(), top >= best {
            best = top
            columns = perColumn.filter { $0.1 == top }.map(\.0)
        }
        return (best, columns)
    }
}
