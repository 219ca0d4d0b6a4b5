import ArgumentParser
import BurnrateModel

@main
struct Burnrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "burnrate",
        abstract: "The money, compute and risk behind an AI infrastructure bet."
    )

    func run() throws {
        print("burnrate")
    }
}
