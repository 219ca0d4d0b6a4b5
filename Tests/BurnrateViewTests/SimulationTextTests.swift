import BurnrateModel
import Testing
@testable import BurnrateView

/// How the simulation's figures and inputs read: probabilities, standard errors in points,
/// every shape of distribution in the unit of its input, and the tornado's rows.
@Suite struct SimulationTextTests {
    @Test func probabilitiesAndTheirErrors() {
        #expect(SimulationText.wholePercent(0.634) == "63 %")
        #expect(SimulationText.wholePercent(1.2) == "100 %")
        #expect(SimulationText.wholePercent(1) == "100 %")
        #expect(SimulationText.wholePercent(0.9962) == ">99 %")
        #expect(SimulationText.wholePercent(0.003) == "<1 %")
        #expect(SimulationText.wholePercent(0) == "0 %")
        #expect(SimulationText.percent(0.634) == "63.4 %")
        // A chance short of certain never reads as certain, at one decimal as at none.
        #expect(SimulationText.percent(0.99949) == "99.9 %")
        #expect(SimulationText.percent(0.9995) == ">99.9 %")
        #expect(SimulationText.percent(1) == "100.0 %")
        #expect(SimulationText.percent(0.0004) == "<0.1 %")
        #expect(SimulationText.percent(0) == "0.0 %")
        // √(0.63 × 0.37 / 100,000) = 0.001527: 0.15 points, one decimal.
        #expect(SimulationText.standardError((0.63 * 0.37 / 100_000).squareRoot()) == "± 0.2")
        #expect(SimulationText.standardError(0.0004) == "± <0.1")
        #expect(SimulationText.standardError(0) == "± 0.0")
        #expect(SimulationText.points(-0.04) == "-4 pts")
        #expect(SimulationText.points(0.123) == "+12.3 pts")
        #expect(SimulationText.headline(SimulationFixture.result().years[4]) == "89 % ± 0.1")
        #expect(SimulationText.paths(of: SimulationFixture.result(paths: 12_288)) == "12,288 / 100,000 paths")
        #expect(SimulationText.paths(of: SimulationFixture.result()) == "100,000 paths")
    }

    @Test func numbersKeepUpToTwoDecimals() {
        #expect(SimulationText.number(3) == "3")
        #expect(SimulationText.number(0.95) == "0.95")
        #expect(SimulationText.number(-12.5) == "-12.5")
        #expect(SimulationText.number(0.05) == "0.05")
        #expect(SimulationText.number(1234.5) == "1,234.5")
        #expect(SimulationText.number(-0.001) == "0")
        #expect(SimulationText.number(.infinity) == "n/a")
    }

    @Test func everyShapeInTheUnitOfItsInput() {
        let delay = InputScale(UncertainInput("delay.oracle"))
        #expect(delay == .months)
        #expect(Distribution.pert(low: 0, mode: 3, high: 18).text(delay) == "pert 0–18 months, mode 3")
        #expect(Distribution.triangular(low: 0, mode: 2, high: 12).text(delay) == "triangular 0–12 months, mode 2")
        #expect(Distribution.uniform(low: 1, high: 6).text(delay) == "uniform 1–6 months")
        #expect(Distribution.fixed(6).text(delay) == "fixed 6 months")
        #expect(Distribution.normal(mean: 3, sd: 2).text(delay) == "normal, mean 3 months, sd 2")
        #expect(Distribution.lognormal(median: 4, sigma: 0.5).text(delay) == "lognormal, median 4 months, sigma 0.5")
        #expect(Distribution.empirical([0, 3, 6, 12]).text(delay) == "empirical 0, 3, 6, 12 months")
        #expect(Distribution.empirical([1, 2, 3, 4, 5, 6, 7, 8]).text(delay) == "empirical 1, 2, 3, 4, 5, 6, … (8 values) months")

        let gap = InputScale(.revenueGrowthGap)
        #expect(Distribution.normal(mean: -0.1, sd: 0.12).text(gap) == "normal, mean -10 %, sd 12 %")
        #expect(Distribution.uniform(low: -0.2, high: 0.05).text(gap) == "uniform -20 % to 5 %")
        #expect(Distribution.uniform(low: 0.5, high: 1).text(InputScale(UncertainInput("realisation.softbank.2")))
                == "uniform 50 %–100 %")
        #expect(Distribution.triangular(low: 0.9, mode: 1.05, high: 1.4).text(InputScale(.burnScale))
                == "triangular 0.9×–1.4×, mode 1.05×")
        #expect(Distribution.bernoulli(0.7).text(InputScale(UncertainInput("commitment.amazon"))) == "bernoulli 70 %")
    }

    @Test func aDriversSpanReadsInItsUnit() {
        #expect(InputScale(UncertainInput("delay.abilene")).span(1, 11) == "1 → 11 months")
        #expect(InputScale(UncertainInput("delay.saline")).span(3.18, 14.35) == "3.2 → 14.4 months")
        #expect(InputScale(UncertainInput("commitment.amazon")).span(0, 1) == "no → yes")
        #expect(InputScale(.revenueGrowthGap).span(-0.25, 0.05) == "-25 % → 5 %")
        #expect(InputScale(.burnScale).span(0.93, 1.31) == "0.93× → 1.31×")
        #expect(InputScale(UncertainInput("something.else")).span(2, 4) == "2 → 4")
    }

    /// 40 columns: the chances take 11 ("70 % → 30 %"), the inputs' spans do not fit, the bar
    /// takes 2/5 of the 28 left (11, its centre 5 in, reaching 5 cells either way) and the label
    /// the 16 left. Over all paths 50 %; the first input moves it most, 20 points either way,
    /// so its bar reaches both ends: at its P10 70 % (▒, right, red), at its P90 30 % (█, left,
    /// green). The second: at P10 45 %, −5 points, 1.25 cells → 1; at P90 62 %, +12, 3 cells.
    @Test func theTornadoCentresItsBarsOnTheChanceOverAllPaths() {
        let tornado = Tornado(
            drivers: [Driver(input: .burnScale, low: 0.9, high: 1.3, shortfallAtLow: 0.7, shortfallAtHigh: 0.3),
                      Driver(input: .revenueGrowthGap, low: -0.2, high: 0.1, shortfallAtLow: 0.45, shortfallAtHigh: 0.62)],
            labels: [.burnScale: "Burn scale"], overall: 0.5, selected: nil, glyphs: .unicode)
        let canvas = draw(tornado, width: 40, height: 3)
        #expect(canvas.lines == [
            "Input                  P(<0)      50 %  ",
            "Burn scale       70 % → 30 % █████│▒▒▒▒▒",
            "revenue_growth_… 45 % → 62 %     ▒│███  ",
        ])
        #expect(canvas[35, 1].style.foreground == .alert)
        #expect(canvas[33, 1].style.foreground == .ok)
        #expect(canvas[33, 2].style.foreground == .ok)
        #expect(canvas[35, 2].style.foreground == .alert)
    }

    /// Two rows for the bars: the selected third driver scrolls the list to keep it in view.
    @Test func theTornadoKeepsTheSelectedDriverInView() {
        let tornado = Tornado(drivers: SimulationFixture.drivers, labels: [:], overall: 0.89, selected: .burnScale, glyphs: .unicode)
        let lines = draw(tornado, width: 60, height: 3).lines
        #expect(lines[1].hasPrefix("commitment.amazon"))
        #expect(lines[2].hasPrefix("burn_scale"))
    }

    /// A headline near certainty keeps its sign in block letters.
    @Test func blockLettersHaveTheSignsOfAChanceNearCertainty() {
        #expect(draw(BigText("<1", glyphs: .ascii), width: 8, height: 5).lines == [
            "  #  ## ", " #    # ", "#     # ", " #    # ", "  #  ###",
        ])
        #expect(draw(BigText(">", glyphs: .ascii), width: 3, height: 5).lines == ["#  ", " # ", "  #", " # ", "#  "])
    }
}
