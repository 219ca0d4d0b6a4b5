/// When one debt's money comes in and goes out, in months since the start of year 0: the
/// principal drawn at its start, interest at its rate on what is outstanding, and the
/// principal paid back at maturity (bullet) or in equal parts from start to maturity
/// (amortising). Asked for any span of months, so that a year counts only its months after the
/// as-of date, a part of a month by its days, as burn does.
struct DebtSchedule {
    /// A credit line's drawn part, else the headline amount.
    let principal: Double
    /// A credit line's drawn part, else the firm part of the amount (nothing of an "up to").
    let firmPrincipal: Double
    /// A year; 0 without a rate.
    let rate: Double
    /// Nil when the scenario does not say when the money came: it is outstanding from before.
    let start: Double?
    /// Where amortising starts: the start, else the as-of date (what is left is then all of it).
    let amortisesFrom: Double
    let maturity: Double?
    let isAmortising: Bool

    /// Nil for an undisclosed amount: it counts nowhere.
    init?(_ debt: Debt, asOf: Day) {
        guard let principal = debt.drawn?.value ?? debt.amount.value.headline else { return nil }
        self.principal = principal
        firmPrincipal = debt.drawn?.value ?? debt.amount.value.firm ?? principal
        rate = debt.rate?.value ?? 0
        let start = debt.start?.value.monthsAtStart, maturity = debt.maturity?.value.monthsAtStart
        let amortisesFrom = start ?? asOf.monthsAtStart
        self.start = start
        self.maturity = maturity
        self.amortisesFrom = amortisesFrom
        isAmortising = debt.repayment == .amortising && maturity.map { $0 > amortisesFrom } == true
    }

    /// The share of the principal outstanding at month `month`: none before the start or from
    /// maturity, else what `remaining` leaves.
    func outstandingShare(at month: Double) -> Double {
        if let start, month < start { return 0 }
        guard let maturity else { return 1 }
        return month < maturity ? remaining(at: month) : 0
    }

    /// The share left before maturity: all of it, or for an amortising debt the straight line
    /// from all of it to nothing.
    private func remaining(at month: Double) -> Double {
        guard isAmortising, let maturity, month > amortisesFrom else { return 1 }
        return (maturity - month) / (maturity - amortisesFrom)
    }

    /// Principal received in `[from, to)`: all of it when the start falls there.
    func drawn(from: Double, to: Double) -> Double {
        guard let start, start >= from, start < to else { return 0 }
        return principal
    }

    /// Interest on what is outstanding over `[from, to)`: rate ÷ 12 × the months'
    /// outstanding principal, which amortising brings down in a straight line.
    func interest(from: Double, to: Double) -> Double {
        guard rate != 0 else { return 0 }
        let lower = max(from, start ?? from), upper = min(to, maturity ?? to)
        guard upper > lower else { return 0 }
        // all of it up to where amortising starts, then the mean of a straight line: its value halfway
        let flat = isAmortising ? min(upper, max(lower, amortisesFrom)) : upper
        let sloped = upper - flat
        return rate / 12 * principal * ((flat - lower) + sloped * (remaining(at: flat) + remaining(at: upper)) / 2)
    }

    /// Principal paid back in `[from, to)`.
    func repaid(from: Double, to: Double) -> Double {
        guard let maturity else { return 0 }
        guard isAmortising else { return maturity >= from && maturity < to ? principal : 0 }
        let lower = max(from, amortisesFrom), upper = min(to, maturity)
        return upper > lower ? principal * (upper - lower) / (maturity - amortisesFrom) : 0
    }
}
