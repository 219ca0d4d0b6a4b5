import Testing
@testable import BurnrateModel

/// `check`'s warnings about parties and customers, on `ConsistencyWarningTests.consistent` (58
/// lines) with the sections below from line 59.
@Suite struct FinancingWarningTests {
    static let sections = """
        debt:
          - {id: loan, lender: Bank, party: acme, kind: loan, amount: 3B, source: press}
        leases:
          - {id: vehicle, lessor: Vehicle, parties: [acme, valor], payment_per_year: 4B, source: press}
        customers:
          - {id: meta, counterparty: Meta, party: meta, backlog: 35B, revenue_share: 60%, source: press}
          - {id: oai, counterparty: OpenAI, party: openai, backlog: 22B, source: press}

        """

    static func warnings(_ replacements: KeyValuePairs<String, String> = [:]) throws -> [String] {
        let text = replacements.reduce(ConsistencyWarningTests.consistent + sections) { text, pair in
            #expect(text.contains(pair.key))
            return text.replacing(pair.key, with: pair.value)
        }
        return try ConsistencyWarningTests.warnings(text)
    }

    /// Parties named once (valor, meta, openai) are fine when nothing else is spelt like them.
    @Test func partiesNamedOnceAreFine() throws {
        #expect(try Self.warnings() == [])
    }

    @Test func aPartyNamedOnceAndSpeltLikeAnInvestor() throws {
        // line 60, `party: acne`: the id at column 37
        #expect(try Self.warnings(["party: acme, kind": "party: acne, kind"]) == [
            #"w.yaml:60:37: warning: debt[0].party: party "acne" is named only here, so it joins no other role (did you mean "acme"?)"#,
        ])
    }

    @Test func aPartyNamedOnceAndSpeltLikeAnotherParty() throws {
        // `openia` on the contract (a line inserted at 24) against the customer's `openai` (line 66 then):
        // each is named once, so each is said to look like the other
        let warnings = try Self.warnings(["provider: Builder": "provider: Builder\n    party: openia"])
        #expect(warnings == [
            #"w.yaml:24:12: warning: contracts[0].party: party "openia" is named only here, so it joins no other role (did you mean "openai"?)"#,
            #"w.yaml:66:44: warning: customers[1].party: party "openai" is named only here, so it joins no other role (did you mean "openia"?)"#,
        ])
    }

    @Test func aPartyInALeaseSpeltLikeAnInvestorWithAnotherCase() throws {
        #expect(try Self.warnings(["[acme, valor]": "[Acme, valor]"]) == [
            #"w.yaml:62:46: warning: leases[0].parties[0]: party "Acme" is named only here, so it joins no other role (did you mean "acme"?)"#,
        ])
    }

    @Test func customersRevenueSharesAboveAHundredPercent() throws {
        // 60 % + 45 % = 105 %: at the first customer's share, line 64
        #expect(try Self.warnings(["backlog: 22B,": "backlog: 22B, revenue_share: 45%,"]) == [
            "w.yaml:64:78: warning: customers[0].revenue_share: customers' shares of revenue add up to 105 %, more than 100 %",
        ])
    }
}
