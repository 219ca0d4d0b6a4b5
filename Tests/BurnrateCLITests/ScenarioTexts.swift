/// Scenario files for the command-line tests, with their diagnostics worked out by hand.
enum ScenarioTexts {
    /// A minimal valid scenario. Line numbers in the comments are 1-based.
    static let valid = """
        id: mini
        title: Mini
        company: Mini
        as_of: 2026-02-20
        currency: USD
        horizon: {start: 2026, end: 2030}
        sources:
          - {id: article, publisher: Pub, title: T, date: 2026-02-20, confidence: high}
        round:
          name: Series A
          status: reported
          source: article
          target: 10B
          investors:
            - id: acme
              name: Acme
              amount: 5B
              instrument: cash
              status: reported
        contracts:
          - {id: aws, provider: AWS, kind: cloud, value: 38B, status: signed, source: article}
        financials:
          source: article
          cash_on_hand: 17.5B
          years:
            - {year: 2025, revenue: 13.1B, burn: -8B}
            - {year: 2026, revenue: 13.1B, burn: -8B}
            - {year: 2027, revenue: 13.1B, burn: -8B}
            - {year: 2028, revenue: 13.1B, burn: -8B}
            - {year: 2029, revenue: 13.1B, burn: -8B}
            - {year: 2030, revenue: 13.1B, burn: -8B}

        """

    /// Line 5 `currency: usd` (value at column 11) and line 17 `      amount: thirty` (column 15).
    static let twoProblems = valid
        .replacing("currency: USD", with: "currency: usd")
        .replacing("amount: 5B", with: "amount: thirty")

    static func twoProblemsDiagnostics(file: String) -> String {
        """
        \(file):5:11: currency: expected a three-letter currency code like USD, found "usd"
        \(file):17:15: round.investors[0].amount: expected an amount like 30e9 or "30B", found "thirty"

        """
    }

    /// Line 12 `  source: artcle` (column 11), a source id one letter off.
    static let unknownSource = valid.replacing("  source: article\n  target", with: "  source: artcle\n  target")

    static func unknownSourceDiagnostics(file: String) -> String {
        """
        \(file):12:11: round.source: expected a source id listed under sources, found "artcle" (did you mean "article"?)

        """
    }

    /// Valid, with one warning: line 8 a source no figure names (its id at column 10).
    static let unusedSource = valid.replacing("sources:\n", with: """
        sources:
          - {id: spare, publisher: Pub, title: S, date: 2026-01, confidence: low}

        """)

    static func unusedSourceWarning(file: String) -> String {
        """
        \(file):8:10: warning: sources[0].id: source "spare" is not named by any source: key

        """
    }
}
