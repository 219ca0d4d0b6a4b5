/// How well a typed query matches a title, the way fzf and VS Code's palette rank: every
/// character of the query must appear in the title in order, ignoring case; matches at the start
/// of a word or of the title, and runs of adjacent matches, score higher; gaps between matches
/// cost a little. Words of the query separated by spaces are matched one by one, in any order,
/// and must all match ("amber theme" finds "Theme: amber").
public struct FuzzyMatch: Hashable, Sendable {
    public let score: Int
    /// Offsets (in characters) of the title's matched characters, ascending, to highlight them.
    public let positions: [Int]

    static let matchScore = 16
    /// A match on the first character of a word: after a space or punctuation, an upper-case
    /// letter after a lower-case one ("Soft|Bank"), a digit after a non-digit.
    static let wordStartBonus = 8
    /// On top of the word-start bonus, a match on the title's first character.
    static let prefixBonus = 8
    static let consecutiveBonus = 4
    /// A gap of n characters between two matches costs gapStart + (n - 1) × gapExtension.
    static let gapStartPenalty = 3
    static let gapExtensionPenalty = 1

    init(score: Int, positions: [Int]) {
        self.score = score
        self.positions = positions
    }

    /// nil when the title lacks a character of the query; an empty query matches anything with
    /// score 0.
    public init?(query: String, title: String) {
        let titleCharacters = Array(title)
        var score = 0
        var positions = Set<Int>()
        for word in query.split(whereSeparator: \.isWhitespace) {
            guard let match = Self.bestAlignment(of: Array(word), in: titleCharacters) else { return nil }
            score += match.score
            positions.formUnion(match.positions)
        }
        self.init(score: score, positions: positions.sorted())
    }

    /// The items the query matches, best first; equal scores keep the items' order.
    public static func rank<Item>(_ items: [Item], by query: String, title: (Item) -> String) -> [(item: Item, match: FuzzyMatch)] {
        let matched = items.enumerated().compactMap { index, item in
            FuzzyMatch(query: query, title: title(item)).map { (index: index, item: item, match: $0) }
        }
        return matched
            .sorted { $0.match.score != $1.match.score ? $0.match.score > $1.match.score : $0.index < $1.index }
            .map { ($0.item, $0.match) }
    }

    /// The highest-scoring way to match one word, by dynamic programming over (query character,
    /// title position): each cell holds the best score with that query character matched there.
    private static func bestAlignment(of word: [Character], in title: [Character]) -> FuzzyMatch? {
        let folded = title.map { $0.lowercased() }
        let wanted = word.map { $0.lowercased() }
        // Most titles lack the query in order: they are turned away in one pass, before the
        // table of query length × title length is built.
        guard isInOrder(wanted, in: folded) else { return nil }
        let bonus = title.indices.map { positionBonus(title, at: $0) }
        let none = Int.min / 2
        var scores: [[Int]] = []
        var previousMatch: [[Int]] = []
        for (queryIndex, character) in wanted.enumerated() {
            var row = Array(repeating: none, count: title.count)
            var from = Array(repeating: -1, count: title.count)
            // The best earlier match at least two positions back, less the gap up to here.
            var gapBest = none
            var gapFrom = -1
            for position in title.indices {
                if queryIndex > 0, position >= 2 {
                    let opened = scores[queryIndex - 1][position - 2] - gapStartPenalty
                    gapBest = max(none, gapBest - gapExtensionPenalty)
                    if opened > gapBest {
                        gapBest = opened
                        gapFrom = position - 2
                    }
                }
                guard folded[position] == character else { continue }
                let gained = matchScore + bonus[position]
                if queryIndex == 0 {
                    row[position] = gained
                    continue
                }
                let adjacent = position >= 1 ? scores[queryIndex - 1][position - 1] : none
                if adjacent > none, adjacent + consecutiveBonus >= gapBest {
                    row[position] = adjacent + consecutiveBonus + gained
                    from[position] = position - 1
                } else if gapBest > none {
                    row[position] = gapBest + gained
                    from[position] = gapFrom
                }
            }
            scores.append(row)
            previousMatch.append(from)
        }
        guard let last = scores.last, let best = last.max(), best > none, var position = last.firstIndex(of: best) else {
            return nil
        }
        var positions = [position]
        for queryIndex in stride(from: wanted.count - 1, to: 0, by: -1) {
            position = previousMatch[queryIndex][position]
            positions.append(position)
        }
        return FuzzyMatch(score: best, positions: positions.reversed())
    }

    private static func isInOrder(_ wanted: [String], in folded: [String]) -> Bool {
        var next = wanted.startIndex
        for character in folded where next < wanted.endIndex && character == wanted[next] {
            next += 1
        }
        return next == wanted.endIndex
    }

    private static func positionBonus(_ title: [Character], at position: Int) -> Int {
        let character = title[position]
        guard character.isLetter || character.isNumber else { return 0 }
        guard position > 0 else { return wordStartBonus + prefixBonus }
        let before = title[position - 1]
        let startsWord = !(before.isLetter || before.isNumber)
            || (before.isLowercase && character.isUppercase)
            || (!before.isNumber && character.isNumber)
        return startsWord ? wordStartBonus : 0
    }
}
