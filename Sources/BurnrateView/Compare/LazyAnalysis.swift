import BurnrateModel
import Synchronization

/// An analysis worked out the first time it is read, then kept: the compare view's fallback
/// scenario costs nothing at start-up when `c` is never pressed. Copies of the state share it.
final class LazyAnalysis: Sendable {
    private enum Stage {
        case pending(@Sendable () -> Analysis)
        case done(Analysis)
    }

    private let stage: Mutex<Stage>

    init(_ make: @escaping @Sendable () -> Analysis) {
        stage = Mutex(.pending(make))
    }

    init(_ analysis: Analysis) {
        stage = Mutex(.done(analysis))
    }

    var value: Analysis {
        stage.withLock { stage in
            switch stage {
            case .done(let analysis):
                return analysis
            case .pending(let make):
                let analysis = make()
                stage = .done(analysis)
                return analysis
            }
        }
    }
}
