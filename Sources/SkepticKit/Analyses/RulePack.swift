import Foundation

/// Where the bundled rule pack lives: `SKEPTIC_RULES_DIR`, an installed `share/skeptic/rules`
/// beside the binary, or the `rules/` folder of the source tree the binary was built from.
public enum RulePack {
    public static func bundledDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        var candidates: [URL] = []
        if let override = environment["SKEPTIC_RULES_DIR"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(executable.appendingPathComponent("../share/skeptic/rules").standardizedFileURL)
        // Sources/SkepticKit/Analyses/RulePack.swift → the package root.
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("rules"))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
