import BurnrateModel
import Testing
@testable import BurnrateView

/// Scores worked out by hand from the constants: a match is worth 16, +8 at a word start, +8 more
/// at the title's first character, +4 right after the previous match; a gap of n characters
/// between matches costs 3 + (n - 1).
@Suite struct FuzzyMatchTests {
    static let titles = AppAction.catalogue(for: AppState(model: DashboardSnapshotTests.model, width: 120, height: 40)).map(\.title)

    func best(_ query: String) -> String? {
        FuzzyMatch.rank(Self.titles, by: query) { $0 }.first?.item
    }

    @Test func aPrefixAndAWordStartAfterAGap() throws {
        // Z at 0: 16 + 8 + 8 = 32; m at 3 after the gap "oo": 16 - (3 + 1) = 12; 32 + 12 = 44.
        let match = try #require(FuzzyMatch(query: "zm", title: "Zoom the focused panel (or back)"))
        #expect(match.score == 44)
        #expect(match.positions == [0, 3])
    }

    @Test func aRunAtAWordStartBeatsTheTitlesFirstLetter() throws {
        // "Timeline: back to the as-of view" has its only h at 19, in "the" (t 18, e 20).
        // the at 18-20: (16 + 8) + (16 + 4) + (16 + 4) = 64.
        // T at 0 instead: 32 + (16 - (3 + 17)) + 20 = 48; t of "to" at 15: 24 + (16 - (3 + 2)) + 20 = 55.
        let match = try #require(FuzzyMatch(query: "the", title: "Timeline: back to the as-of view"))
        #expect(match.score == 64)
        #expect(match.positions == [18, 19, 20])
    }

    @Test func upperCaseInsideAWordStartsOne() throws {
        // "Preset: SoftBank delivers half": S 8 (word start) 24; B 12 (Soft|Bank) after "oft":
        // 16 + 8 - (3 + 2) = 19; h 26 (word start) after 13 characters: 16 + 8 - (3 + 12) = 9.
        // 24 + 19 + 9 = 52; starting at the s of "Preset" (3) gives only 16 + (24 - 10) + 9 = 39.
        let match = try #require(FuzzyMatch(query: "sbh", title: "Preset: SoftBank delivers half"))
        #expect(match.score == 52)
        #expect(match.positions == [8, 12, 26])
        #expect(best("sbh") == "Preset: SoftBank delivers half")
    }

    @Test func wordsOfTheQueryMatchSeparatelyInAnyOrder() throws {
        // "Theme: amber": thm = T 0 (32), h 1 (16 + 4), m 3 after "e" (16 - 3) = 65;
        // amb = a 7 (24), m 8 (20), b 9 (20) = 64; 65 + 64 = 129.
        let match = try #require(FuzzyMatch(query: "thm amb", title: "Theme: amber"))
        #expect(match.score == 129)
        #expect(match.positions == [0, 1, 3, 7, 8, 9])
        #expect(FuzzyMatch(query: "amb thm", title: "Theme: amber")?.score == 129)
        #expect(best("thm amb") == "Theme: amber")
        #expect(best("amber") == "Theme: amber")
        #expect(best("zm") == "Zoom the focused panel (or back)")
    }

    @Test func caseIsIgnored() {
        #expect(FuzzyMatch(query: "QUIT", title: "Quit")?.positions == [0, 1, 2, 3])
    }

    @Test func aMissingOrOutOfOrderCharacterIsNoMatch() {
        #expect(FuzzyMatch(query: "xyz", title: "Quit") == nil)
        #expect(FuzzyMatch(query: "tiuq", title: "Quit") == nil)
        #expect(FuzzyMatch(query: "amber zz", title: "Theme: amber") == nil)
        #expect(FuzzyMatch.rank(Self.titles, by: "zm") { $0 }.map(\.item) == ["Zoom the focused panel (or back)"])
    }

    @Test func anEmptyQueryKeepsEverythingInOrder() {
        #expect(FuzzyMatch.rank(Self.titles, by: " ") { $0 }.map(\.item) == Self.titles)
    }

    @Test func tiesKeepTheGivenOrder() {
        // "theme" scores 32 + 4 × 20 = 112 in both.
        let ranked = FuzzyMatch.rank(["Theme: light", "Theme: amber"], by: "theme") { $0 }
        #expect(ranked.map(\.match.score) == [112, 112])
        #expect(ranked.map(\.item) == ["Theme: light", "Theme: amber"])
        #expect(FuzzyMatch.rank(["Theme: amber", "Theme: light"], by: "theme") { $0 }.map(\.item) == ["Theme: amber", "Theme: light"])
    }

    @Test func aBetterMatchRanksFirstWhateverTheOrder() {
        // "Timeline: next year": T 0 (32), l 4 inside the word after "ime": 16 - (3 + 2) = 11; 43.
        // "Theme: light": T 0 (32), l 7 starting a word after "heme: ": 16 + 8 - (3 + 5) = 16; 48.
        let ranked = FuzzyMatch.rank(["Timeline: next year", "Theme: light"], by: "tl") { $0 }
        #expect(ranked.map(\.item) == ["Theme: light", "Timeline: next year"])
        #expect(ranked.map(\.match.score) == [48, 43])
    }
}
