@testable import BurnrateModel

/// A scenario figure's value, whatever its type, as the fact walk compares it: amounts keep
/// their kind ("up to 50B" is not 50B), dates their precision.
enum FigureValue: Equatable, CustomStringConvertible, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral,
                  ExpressibleByStringLiteral {
    case amount(Amount)
    case number(Double)
    case day(Day)
    case distribution(Distribution)

    /// The value of a `Sourced` figure of any of the types a scenario holds.
    init(_ value: Any) {
        switch value {
        case let amount as Amount: self = .amount(amount)
        case let number as Double: self = .number(number)
        case let day as Day: self = .day(day)
        case let distribution as Distribution: self = .distribution(distribution)
        default: preconditionFailure("FigureValue: a scenario figure of type \(type(of: value)) is new; add a case")
        }
    }

    init(floatLiteral value: Double) { self = .number(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }

    /// A date as a scenario writes it: `2026`, `2026-07`, `2026-07-01`.
    init(stringLiteral text: String) {
        guard let day = Day(parsing: text) else { preconditionFailure("FigureValue: \(text) is not a date") }
        self = .day(day)
    }

    static func exact(_ value: Double) -> FigureValue { .amount(.exact(value)) }
    static func upTo(_ value: Double) -> FigureValue { .amount(.upTo(value)) }
    static func atLeast(_ value: Double) -> FigureValue { .amount(.atLeast(value)) }
    static let undisclosed = FigureValue.amount(.undisclosed)

    var description: String {
        switch self {
        case .amount(.exact(let value)): YAMLText.money(value)
        case .amount(.upTo(let value)): "up to " + YAMLText.money(value)
        case .amount(.atLeast(let value)): "at least " + YAMLText.money(value)
        case .amount(.range(let low, let high)): YAMLText.money(low) + "–" + YAMLText.money(high)
        case .amount(.undisclosed): "undisclosed"
        case .number(let value): abs(value) >= 1000 ? YAMLText.money(value) : YAMLText.number(value)   // money in dollars
        case .day(let day): day.description
        case .distribution(let distribution): "\(distribution)"
        }
    }
}
