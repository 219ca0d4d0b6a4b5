extension ManualPage {
    /// What no command definition holds: where burnrate reads and writes, and what it reads
    /// from the environment (README, "Configuration" and "Presentation mode").
    static let fixedSections = [
        ".SH ENVIRONMENT",
        ".TP", Roff.bold("XDG_CONFIG_HOME"),
        Roff.text("The folder of burnrate's config file and themes, $XDG_CONFIG_HOME/burnrate, when it is an absolute path; else ~/.config/burnrate."),
        ".TP", Roff.bold("XDG_RUNTIME_DIR"),
        Roff.text("Where a presentation and its notes terminals meet: a socket in $XDG_RUNTIME_DIR/burnrate, or in /tmp/burnrate-UID without it."),
        ".TP", Roff.bold("NO_COLOR"),
        Roff.text("When set and not empty, the dashboard and snapshot draw without colour."),
        ".TP", Roff.bold("COLORTERM") + ", " + Roff.bold("TERM"),
        Roff.text("How many colours the terminal shows: truecolor or 24bit, 256color, else the basic ones."),
        ".TP", Roff.bold("LC_ALL") + ", " + Roff.bold("LC_CTYPE") + ", " + Roff.bold("LANG"),
        Roff.text("The first one set: a UTF-8 locale draws with box-drawing, block and braille characters, any other with ASCII."),
        ".SH FILES",
        ".TP", Roff.italic("~/.config/burnrate/config.yaml"),
        Roff.text("The config file: theme and keys (burnrate config show prints it with every field; --config FILE reads another)."),
        ".TP", Roff.italic("~/.config/burnrate/themes/NAME.yaml"),
        Roff.text("Your own themes, listed by burnrate themes beside the built-in ones."),
        ".TP", Roff.italic("FILE.yaml"),
        Roff.text("A scenario (burnrate scenario show prints a commented one) or a deck; burnrate check and burnrate deck check validate them."),
        ".SH EXIT STATUS",
        Roff.text("0 on success; 1 when a file or a value has problems (each printed on standard error, a file's as FILE:LINE:COLUMN: message); 2 when the dashboard, a presentation or the notes have no terminal; 4 from check --strict when every file is valid but one has a warning; 64 when the command line cannot be read (an unknown option, a missing value)."),
        ".SH SEE ALSO",
        Roff.text("The README of burnrate's source, which has every panel, key, file field and indicator in full."),
    ]
}
