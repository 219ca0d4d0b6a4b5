import BurnrateModel
import Testing
@testable import BurnrateView

/// The capacity panel's title says what the capacity rests on: the contracts' value, else the
/// company's own sites, else that there are no contracts; never "$0 contracted".
@Suite struct CapacityPanelTitleTests {
    /// The dashboard's third line at 160×48, where the capacity panel's title stands.
    static func titleLine(_ scenario: Scenario) -> String {
        let state = AppState(model: ModelState(base: scenario), width: 160, height: 48)
        return CanvasRenderer.text(DashboardView.render(state)).split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(2).first.map(String.init) ?? ""
    }

    @Test func contractsGiveTheirValue() throws {
        #expect(Self.titleLine(try ScenarioCatalog.load("openai-2026-02")).contains(" $588B contracted "))
    }

    /// xai-2026's own sites: 0.3 + 0.7 + 1 GW (Saudi Arabia's joint venture is not its own).
    @Test func ownSitesGiveTheirGigawatts() throws {
        let line = Self.titleLine(try ScenarioCatalog.load("xai-2026"))
        #expect(line.contains(" own sites 2 GW "))
        #expect(!line.contains("contracted"))
    }

    @Test func neitherSaysThereAreNoContracts() throws {
        var scenario = try ScenarioCatalog.load("xai-2026")
        for index in scenario.sites.indices { scenario.sites[index].isOwned = false }
        let line = Self.titleLine(scenario)
        #expect(line.contains(" no capacity contracts "))
        #expect(!line.contains("$0"))
    }
}
