extension NodeReader {
    /// `true` or `false`, as written: YAML 1.1's `yes`, `on` and the like are refused rather
    /// than guessed at.
    package func bool() -> Bool? {
        if isWritten(as: "true") { return true }
        if isWritten(as: "false") { return false }
        return expected("true or false")
    }
}
