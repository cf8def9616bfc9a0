import Foundation
import ShellOut
import Subprocess
import Vapor

struct ImageController {
    func thumbnail(req: Request) async throws -> HTTPStatus {
        let file = try req.query.get(String.self, at: "file")
        let task = Process()
        task.executableURL = URL(fileURLWithPath: "/bin/sh")
        // ruleid: swift-shell-command-non-literal
        task.arguments = ["-c", "convert uploads/\(file) -resize 200x200 thumbs/\(file)"]
        try task.run()
        task.waitUntilExit()
        return .ok
    }

    func thumbnailSafe(req: Request) async throws -> HTTPStatus {
        let file = URL(fileURLWithPath: try req.query.get(String.self, at: "file")).lastPathComponent
        let task = Process()
        task.executableURL = URL(fileURLWithPath: "/usr/bin/convert")
        // ok: swift-shell-command-non-literal
        task.arguments = ["uploads/\(file)", "-resize", "200x200", "thumbs/\(file)"]
        try task.run()
        task.waitUntilExit()
        return .ok
    }

    func cleanup() throws {
        let task = Process()
        task.launchPath = "/bin/bash"
        // ok: swift-shell-command-non-literal
        task.arguments = ["-c", "find /tmp/uploads -mtime +1 -delete"]
        task.launch()
    }

    func ping(host: String, count: Int) throws {
        let task = Process()
        task.executableURL = URL(fileURLWithPath: "/sbin/ping")
        // ok: swift-shell-command-non-literal
        task.arguments = ["-c", "\(count)", host]
        try task.run()
    }
}

@discardableResult
func shell(_ command: String) throws -> String {
    let task = Process()
    let pipe = Pipe()
    task.standardOutput = pipe
    // ruleid: swift-shell-command-non-literal
    task.arguments = ["-c", command]
    task.executableURL = URL(fileURLWithPath: "/bin/zsh")
    try task.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    return String(decoding: data, as: UTF8.self)
}

func archive(userID: String) throws {
    let task = Process()
    task.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    // ruleid: swift-shell-command-non-literal
    task.arguments = ["bash", "-c", "tar czf /backups/" + userID + ".tgz /data/" + userID]
    try task.run()
}

func archiveSafe(userID: UUID) throws {
    let task = Process()
    task.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
    // ok: swift-shell-command-non-literal
    task.arguments = ["czf", "/backups/\(userID.uuidString).tgz", "/data/\(userID.uuidString)"]
    try task.run()
}

func quick(_ name: String) throws {
    // ruleid: swift-shell-command-non-literal
    try Process.run(URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "echo \(name) >> /var/log/names"]) { _ in }
    // ok: swift-shell-command-non-literal
    try Process.run(URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "uptime"]) { _ in }
    // ok: swift-shell-command-non-literal
    try Process.run(URL(fileURLWithPath: "/usr/bin/say"), arguments: [name]) { _ in }
}

func subprocess(_ branch: String) async throws {
    // ruleid: swift-shell-command-non-literal
    let result = try await run(.path("/bin/bash"), arguments: ["-c", "git checkout \(branch)"], output: .string(limit: 4096))
    _ = result
    // ok: swift-shell-command-non-literal
    let safe = try await run(.name("git"), arguments: ["checkout", "--", branch], output: .string(limit: 4096))
    _ = safe
}

func legacy(_ path: String) {
    // ruleid: swift-shell-command-non-literal
    let fp = popen("du -sh \(path)", "r")
    pclose(fp)
    // ok: swift-shell-command-non-literal
    let up = popen("uptime", "r")
    pclose(up)
}

func clone(repo: String) throws {
    // ruleid: swift-shell-command-non-literal
    try shellOut(to: "git clone \(repo) /tmp/checkout")
    // ruleid: swift-shell-command-non-literal
    try shellOut(to: "git", arguments: ["clone", repo])
    // ok: swift-shell-command-non-literal
    try shellOut(to: "git", arguments: ["status", "--short"])
    // ok: swift-shell-command-non-literal
    try shellOut(to: .gitInit())
}

func runScript(_ script: String) throws {
    let shellPath = ProcessInfo.processInfo.environment["SHELL"] ?? "/bin/sh"
    let task = Process()
    task.executableURL = URL(fileURLWithPath: shellPath)
    // The shell is only known through a variable: needs values followed into the executable.
    // todoruleid: swift-shell-command-non-literal
    task.arguments = ["-c", script]
    try task.run()
}
