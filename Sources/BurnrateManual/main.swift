import Foundation

// Writes burnrate(1) on standard output from the command definitions and the key tables:
//   BurnrateManual COMMANDS.json KEYS.json DATE VERSION
// where COMMANDS.json is `burnrate --experimental-dump-help` and KEYS.json is
// `burnrate keys --format json` (.install/install.sh runs both).

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: BurnrateManual COMMANDS.json KEYS.json DATE VERSION\n".utf8))
    exit(2)
}
let paths = Array(arguments.prefix(2))
do {
    let decoder = JSONDecoder()
    let tool = try decoder.decode(ToolInfo.self, from: Data(contentsOf: URL(fileURLWithPath: paths[0])))
    guard tool.serializationVersion == 0 else {
        throw ManualError("\(paths[0]): serializationVersion \(tool.serializationVersion), expected 0 (argument-parser changed its format)")
    }
    let keys = try decoder.decode([KeyBinding].self, from: Data(contentsOf: URL(fileURLWithPath: paths[1])))
    let page = ManualPage(tool: tool.command, keys: keys, date: String(arguments.dropFirst(2).first!), version: String(arguments.last!))
    FileHandle.standardOutput.write(Data(page.text.utf8))
} catch {
    FileHandle.standardError.write(Data("BurnrateManual: \(error)\n".utf8))
    exit(1)
}

struct ManualError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
