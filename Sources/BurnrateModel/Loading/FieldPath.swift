/// Where a value stands in its file (`round.investors[1].amount`): one step from the value
/// that encloses it. The text is only put together when a problem is reported; a scenario of
/// ten thousand investors holds hundreds of thousands of values and, at most, a few problems.
struct FieldPath {
    /// A value's path, shared by all its entries or elements.
    final class Enclosing {
        fileprivate let path: FieldPath

        fileprivate init(_ path: FieldPath) {
            self.path = path
        }
    }

    private enum Step {
        case written(String)
        case key(String)
        case index(Int)
    }

    private let enclosing: Enclosing?
    private let step: Step

    init(_ text: String) {
        enclosing = nil
        step = .written(text)
    }

    private init(_ step: Step, in enclosing: Enclosing) {
        self.enclosing = enclosing
        self.step = step
    }

    /// Empty at the root.
    var text: String {
        let prefix = enclosing?.path.text ?? ""
        return switch step {
        case .written(let text): text
        case .key(let key): prefix.isEmpty ? key : prefix + "." + key
        case .index(let index): prefix + "[" + String(index) + "]"
        }
    }

    /// This path as the enclosing one of a mapping's entries or a list's elements.
    var asEnclosing: Enclosing { Enclosing(self) }

    /// The path of the entry `key` in the mapping at `enclosing`.
    static func key(_ key: String, in enclosing: Enclosing) -> FieldPath {
        FieldPath(.key(key), in: enclosing)
    }

    /// The path of the element at `index` in the list at `enclosing`.
    static func index(_ index: Int, in enclosing: Enclosing) -> FieldPath {
        FieldPath(.index(index), in: enclosing)
    }
}
