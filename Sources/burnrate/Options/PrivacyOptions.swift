import ArgumentParser

/// `--private`: the dashboard, a snapshot, a presentation or a handout with confidential figures hidden.
struct PrivacyOptions: ParsableArguments {
    @Flag(name: .customLong("private"), help: "Hide confidential figures, and every figure computed from one, as •••.")
    var isPrivate = false
}

/// `--reveal`: an export or simulation with its confidential figures, which are hidden otherwise.
struct RevealOptions: ParsableArguments {
    @Flag(help: "Write the confidential figures, and those computed from them, instead of hiding them.")
    var reveal = false
}
