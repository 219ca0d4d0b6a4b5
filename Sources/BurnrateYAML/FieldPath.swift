/// Where a value stands in its file (`round.investors[1].amount`), put together from the tree
/// only when a problem is reported: a scenario of ten thousand investors holds hundreds of
/// thousands of values and, at most, a few problems.
enum FieldPath {
    /// Empty at the root. A mapping's key has the path of its value, so that a problem with the
    /// key (an unknown or repeated one) names it.
    static func text(of index: Int32, in tree: YAMLTree) -> String {
        let parent = tree[index].parent
        guard parent >= 0 else { return "" }
        let prefix = text(of: parent, in: tree)
        var position = 0
        var previous = parent
        for item in tree.items(of: parent) {
            if item == index { break }
            previous = item
            position += 1
        }
        guard tree[parent].kind == .mapping else { return prefix + "[" + String(position) + "]" }
        // Keys and values alternate: a value's key is the item before it.
        let key = position.isMultiple(of: 2) ? index : previous
        guard let name = tree.scalarText(key) else { return prefix }
        return prefix.isEmpty ? name : prefix + "." + name
    }
}
