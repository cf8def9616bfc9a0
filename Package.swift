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
        .executableTarget(
            name: "skeptic",
            dependencies: [
                "SkepticKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SkepticKitTests",
            dependencies: ["SkepticKit"],
            exclude: ["Reporters/Golden"]
        ),
    ]
)
