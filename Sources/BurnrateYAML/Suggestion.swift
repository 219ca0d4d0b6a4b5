/// "Did you mean" for names that were mistyped: keys, ids and values in scenario and theme
/// files, paths and names in `--set` settings.
@usableFromInline
package enum Suggestion {
    /// The candidate closest to `name`, ignoring case, if it is close enough to be a likely typo;
    /// spelt as the candidate is.
    package static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let typed = name.lowercased()
        let scored = candidates.map { (candidate: $0, distance: distance(typed, $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let tolerance = max(1, min(3, best.candidate.count / 3))
        return best.distance <= tolerance ? best.candidate : nil
    }

    /// " (did you mean "x"?)", or nothing.
    @usableFromInline
    package static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        closest(to: name, among: candidates).map { " (did you mean \(YAMLNode.quoted($0))?)" } ?? ""
    }

    /// Edits (insert, delete, replace, swap two neighbours) that turn one string into the other.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
