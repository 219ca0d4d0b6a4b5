/// One line of `burnrate keys --format json`.
struct KeyBinding: Decodable {
    var mode: String
    var action: String
    var keys: [String]
    var help: String
}
