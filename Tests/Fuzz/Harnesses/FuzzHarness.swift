import BurnrateYAML

/// One fuzz target: a name (its corpus and crash folders under Tests/Fuzz), the longest input
/// it is fed, and its body. The libFuzzer entry point (Tests/Fuzz/Entry.swift) and the replay
/// tests (Tests/BurnrateFuzzReplayTests) both call `run`, so what the fuzzer checked is what
/// `swift test` checks again.
public struct FuzzHarness: Sendable {
    public let name: String
    /// libFuzzer's -max_len, and the size replay refuses beyond: every committed input stays
    /// small enough that no harness can be asked to allocate much for it.
    public let maxLength: Int
    public let run: @Sendable ([UInt8]) throws(FuzzFailure) -> Void

    public static let all: [FuzzHarness] = [
        FuzzHarness(name: "scenario", maxLength: 16_384, run: ScenarioHarness.run),
        FuzzHarness(name: "deck", maxLength: 16_384, run: DeckHarness.run),
        FuzzHarness(name: "theme", maxLength: 4_096, run: ThemeHarness.run),
        FuzzHarness(name: "set", maxLength: 512, run: SettingHarness.run),
        FuzzHarness(name: "dashboard-keys", maxLength: 128, run: DashboardKeysHarness.run),
        FuzzHarness(name: "deck-keys", maxLength: 128, run: DeckKeysHarness.run),
        FuzzHarness(name: "notes-keys", maxLength: 512, run: NotesKeysHarness.run),
    ]

    public static func named(_ name: String) -> FuzzHarness? { all.first { $0.name == name } }
}

/// A broken invariant that is not a trap: the fuzzer turns it into a crash, replay into a
/// failed test naming the input.
public struct FuzzFailure: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }
}

/// Text as `TextFile` accepts it: UTF-8 or nothing (the loaders never see other bytes).
func utf8Text(_ bytes: [UInt8]) -> String? {
    String(validating: bytes, as: UTF8.self)
}
