/// The inputs some correlation ties together, and the Gaussian copula over them alone: an
/// input correlated with nothing keeps its independent level, so a path pays the normal
/// quantile and the error function only for the inputs that need them.
struct CorrelatedInputs: Sendable {
    /// Positions among the simulation's inputs, ascending.
    let members: [Int]
    let copula: GaussianCopula

    /// Nil when no two inputs are correlated. A matrix no inputs can have is refused when the
    /// scenario is read; one built in code draws its inputs independently.
    init?(_ matrix: RankCorrelationMatrix) {
        let members = (0..<matrix.size).filter { row in
            (0..<matrix.size).contains { column in column != row && matrix[row, column] != 0 }
        }
        var subset = RankCorrelationMatrix(size: members.count)
        for (row, input) in members.enumerated() {
            for (column, other) in members.enumerated() where column > row { subset[row, column] = matrix[input, other] }
        }
        guard !members.isEmpty, let copula = subset.copula() else { return nil }
        self.members = members
        self.copula = copula
    }

    /// Correlates the members' levels in place; `scratch` holds twice as many values as there are members.
    @inline(__always)
    func correlate(_ levels: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>) {
        let count = members.count
        members.withUnsafeBufferPointer { members in
            for index in 0..<count { scratch[index] = levels[members[index]] }
            copula.correlate(UnsafeMutableBufferPointer(start: scratch, count: count),
                             scratch: UnsafeMutableBufferPointer(start: scratch + count, count: count))
            for index in 0..<count { levels[members[index]] = scratch[index] }
        }
    }
}
