// swift-tools-version:6.1
import PackageDescription

// The drawing core hands its function bodies to the modules that call it, so that a cell write
// is inlined and specialised there as it was when the core was part of the view (without it a
// frame took 70 % longer to draw: README, "Benchmarks"). The text and YAML targets gained
// nothing measurable from it.
// Each function in a section of its own in release builds, so that the link can lay out the
// functions a start-up runs together (the executable's order file below): without it a module's
// functions share one section, which the linker moves only as a whole.
let functionSections: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-function-sections"], .when(configuration: .release)),
]

let crossModuleOptimized: [SwiftSetting] = [
    .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release)),
] + functionSections

let package = Package(
    name: "burnrate",
    products: [
        .executable(name: "burnrate", targets: ["burnrate"]),
        .library(name: "BurnrateModel", targets: ["BurnrateModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/google/swift-benchmark", from: "0.1.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Scenario types, their loaders and writer, indicators, projection, what-if, and the
        // Monte Carlo simulation (RealModule for its logarithms, powers and error function).
        // Knows nothing of terminals or colours.
        .target(
            name: "BurnrateModel",
            dependencies: ["BurnrateYAML", .product(name: "RealModule", package: "swift-numerics")],
            exclude: ["BuiltIn/scenarios", "BuiltIn/decks"],
            swiftSettings: functionSections,
            plugins: ["EmbedResourcesPlugin"]
        ),
        // Reading YAML files with diagnostics: the libyaml document, the node reader, fields,
        // "did you mean", the diagnostics themselves. Package-internal except `Diagnostic`,
        // which the loaders throw: the scenario, deck, theme and config readers share it.
        .target(
            name: "BurnrateYAML",
            dependencies: ["BurnrateText", "CYAML"],
            swiftSettings: functionSections
        ),
        // The system's libyaml, whose event parser the YAML reader reads.
        // The C library alone: a Swift YAML module would link Foundation and ICU into the
        // binary (6.5 MiB more resident memory, and a slower start).
        .systemLibrary(
            name: "CYAML",
            path: "Sources/CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Terminal-safe text and the double-quoted form JSON and YAML share: what the YAML
        // reader's diagnostics and the canvas both escape with.
        .target(name: "BurnrateText", swiftSettings: functionSections),
        // glibc's mallopt, for the executable's one malloc arena (Sources/burnrate/Burnrate.swift).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // The drawing core, as ratatui-core is under ratatui's widgets and backends: Rect, Cell,
        // Canvas, Style and roles, Key and mouse events, the Widget protocol, text width, and
        // fitting colours to a terminal's palette. Knows nothing of the model or of ncurses.
        .target(
            name: "BurnrateCore",
            dependencies: ["BurnrateText"],
            swiftSettings: crossModuleOptimized
        ),
        // Layout, widgets, themes, panels, app state and its update function, on the core.
        // Knows nothing of ncurses or file descriptors.
        .target(
            name: "BurnrateView",
            dependencies: ["BurnrateCore", "BurnrateModel", "BurnrateYAML"],
            swiftSettings: functionSections,
            plugins: ["EmbedResourcesPlugin"]
        ),
        // ncursesw, through a shim header for the globals and macros Swift cannot import. No
        // pkgConfig: its -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600 are "prohibited flags" to SwiftPM
        // (a warning on every build); the shim defines what it needs and the module map links.
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The ncurses screen, key decoding and the poll(2) event loop, on the drawing core.
        // Knows nothing of the model or the app.
        .target(
            name: "BurnrateTerminal",
            dependencies: ["BurnrateCore", "CNcursesw"],
            swiftSettings: crossModuleOptimized
        ),
        // A tiny full-screen program that the end-to-end tests drive in tmux.
        .executableTarget(
            name: "BurnrateTerminalProbe",
            dependencies: ["BurnrateTerminal", "BurnrateView"]
        ),
        .executableTarget(
            name: "burnrate",
            dependencies: [
                "BurnrateModel",
                "BurnrateYAML",
                "BurnrateView",
                "BurnrateTerminal",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: functionSections,
            // Relative relocations packed (DT_RELR, glibc 2.36+, which lld writes and gold does
            // not): the loader no longer reads a megabyte of them at start-up, and peak memory
            // falls by about 0.8 MB with the binary still position-independent (README,
            // "Benchmarks").
            // The functions a start-up runs (Benchmarks/StartupOrder) are laid out together, so
            // the pages the kernel maps around each one it faults in hold code that runs rather
            // than its cold neighbours.
            linkerSettings: [
                .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                              "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Benchmarks/StartupOrder/burnrate.order",
                              "-Xlinker", "--no-warn-symbol-ordering"],
                             .when(configuration: .release)),
            ],
            plugins: ["BuildCommitPlugin"]
        ),
        // Turns the built-in YAML files (scenarios, themes, decks) into Swift string
        // literals, so a binary copied anywhere still carries them.
        .executableTarget(name: "EmbedResources"),
        .plugin(
            name: "EmbedResourcesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedResources"],
            path: "Sources/EmbedResourcesPlugin"
        ),
        // Writes burnrate(1) from the binary's command definitions and key tables
        // (.install/install.sh runs it).
        .executableTarget(name: "BurnrateManual"),
        // Gives `burnrate --version` the git commit it is built from.
        .plugin(name: "BuildCommitPlugin", capability: .buildTool(), path: "Sources/BuildCommitPlugin"),
        // In-process benchmarks of the model and the drawing (release build; see README).
        .executableTarget(
            name: "BurnrateBenchmarks",
            dependencies: [
                "BurnrateModel",
                "BurnrateYAML",
                "BurnrateView",
                "BurnrateTerminal",
                .product(name: "Benchmark", package: "swift-benchmark"),
            ],
            path: "Benchmarks/BurnrateBenchmarks"
        ),
        // Runs the release binary on a pseudo-terminal and measures start-up, keys, idle and
        // memory as a user meets them (see Benchmarks/RESULTS.md).
        .executableTarget(
            name: "TerminalBenchmarks",
            path: "Benchmarks/TerminalBenchmarks"
        ),
        .testTarget(
            name: "BurnrateModelTests",
            dependencies: [
                "BurnrateModel",
                "BurnrateYAML",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures", "Facts"]
        ),
        // Runs the built `burnrate` binary as a user would; `swift test` builds it first.
        .testTarget(name: "BurnrateCLITests"),
        .testTarget(
            name: "BurnrateViewTests",
            dependencies: [
                "BurnrateCore",
                "BurnrateView",
                "BurnrateYAML",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "BurnrateTerminalTests",
            dependencies: ["BurnrateCore", "BurnrateTerminal", "BurnrateView"]
        ),
        // The fuzz harnesses' bodies, shared by the libFuzzer build (Tests/Fuzz/fuzz.sh, which
        // compiles these files with swiftc) and the replay tests, so both run the same code.
        .target(
            name: "BurnrateFuzzHarnesses",
            dependencies: ["BurnrateModel", "BurnrateYAML", "BurnrateView"],
            path: "Tests/Fuzz/Harnesses"
        ),
        // Replays every committed fuzz input (Tests/Fuzz/Corpus, Tests/Fuzz/Crashes) without a
        // sanitizer build.
        .testTarget(
            name: "BurnrateFuzzReplayTests",
            dependencies: ["BurnrateFuzzHarnesses"]
        ),
    ]
)
