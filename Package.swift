// swift-tools-version:6.0
import PackageDescription

// C sources of tree-sitter and its grammars are fetched by scripts/bootstrap.sh into vendor/
// (pinned, checksummed PyPI sdists); the committed shims in Sources/C* #include them.
let cOptimised: [CSetting] = [.unsafeFlags(["-O2", "-w"])]

let package = Package(
    name: "Skeptic",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "skeptic", targets: ["skeptic"]),
        .library(name: "SkepticKit", targets: ["SkepticKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.27.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "CTreeSitter",
            cSettings: [
                .headerSearchPath("../../vendor/tree-sitter/include"),
                .headerSearchPath("../../vendor/tree-sitter/src"),
                .define("_POSIX_C_SOURCE", to: "200112L"),
                .define("_DEFAULT_SOURCE"),
            ] + cOptimised
        ),
        .target(
            name: "CTreeSitterGrammars",
            dependencies: ["CTreeSitter"],
            // typescript/tsx's common/scanner.h includes "tree_sitter/parser.h" from outside src/.
            cSettings: [.headerSearchPath("../../vendor/grammars/typescript/src")] + cOptimised
        ),
        .systemLibrary(name: "CPgQuery"),
        .target(
            name: "SkepticKit",
            dependencies: [
                "CTreeSitter", "CTreeSitterGrammars", "CPgQuery",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The live database audit: catalog queries over postgres-nio, kept out of the scanner core.
        .target(
            name: "SkepticLiveDatabase",
            dependencies: [
                "SkepticKit",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "skeptic",
            dependencies: [
                "SkepticKit", "SkepticLiveDatabase",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SkepticKitTests",
            dependencies: ["SkepticKit", "SkepticLiveDatabase"],
            exclude: ["Reporters/Golden", "Analyses/Database/LiveFixture"]
        ),
    ]
)
