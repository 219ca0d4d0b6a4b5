/// A `--set PATH=VALUE` that cannot be read, e.g.
/// `--set burn.scale=lots: expected a factor like 1.25 or a change like +25%, found "lots"`.
public struct WhatIfError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The setting as given.
    public var setting: String
    /// What was expected and what was found.
    public var message: String

    public init(setting: String, message: String) {
        self.setting = setting
        self.message = message
    }

    public var description: String { "--set \(setting): \(message)" }
}
