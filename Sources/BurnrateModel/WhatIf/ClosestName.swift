/// "Did you mean …?" for a mistyped id or name: the closest candidate by edit distance,
/// ignoring case, when it is close enough to be a typo.
enum ClosestName {
    static func suggestion(for text: String, among candidates: [String]) -> String? {
        let typed = Array(text.lowercased())
        let allowed = max(2, typed.count / 3)
        let scored = candidates.map { ($0, distance(typed, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= allowed else { return nil }
        return best.0
    }

    /// The Levenshtein distance: insertions, deletions and substitutions.
    static func distance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        var previous = Array(0...rhs.count)
        for (row, left) in lhs.enumerated() {
            var current = [row + 1]
            for (column, right) in rhs.enumerated() {
                current.append(min(previous[column + 1] + 1, current[column] + 1,
                                   previous[column] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[rhs.count]
    }
}
