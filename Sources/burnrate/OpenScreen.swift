import BurnrateTerminal

/// The terminal taken over by a full-screen program (the dashboard, a presentation, the notes
/// view); one that cannot be opened ends the command with its reason and exit code 2.
func openScreen(mouse: Bool = false) throws -> CursesScreen {
    do {
        return try CursesScreen(options: ScreenOptions(mouse: mouse))
    } catch {
        throw CommandFailure("burnrate: \(error)", code: 2)
    }
}
