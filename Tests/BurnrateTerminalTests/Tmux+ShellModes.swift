import Testing

extension Tmux {
    /// After a full-screen program has ended, the shell in the window reads lines and echoes
    /// them again (`stty -a` shows icanon and echo), and nothing of the program is left showing.
    func expectShellUsable(gone leftover: String) throws {
        try typeLine(#"printf 'MODES=%s\n' "$(stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ,)"; echo "READY$((1 + 1))""#)
        let screen = try waitFor("READY2")
        #expect(screen.contains("MODES=icanon,echo,"))
        #expect(!screen.contains(leftover), "the program is still showing")
    }
}
