import BurnrateModel
import BurnrateYAML
import Testing
@testable import BurnrateView

/// `alerts:` in config.yaml, valid and broken, with the exact diagnostics; where the log goes.
@Suite struct AlertConfigTests {
    @Test(arguments: [
        ("alerts: {bell: true}\n", AlertSettings(bell: true)),
        ("alerts: {bell: false, command: [notify-send, burnrate]}\n", AlertSettings(command: ["notify-send", "burnrate"])),
        ("alerts:\n  command:\n    - /usr/bin/logger\n    - \"-t\"\n    - burnrate alert\n",
         AlertSettings(command: ["/usr/bin/logger", "-t", "burnrate alert"])),
        ("alerts: {}\n", AlertSettings()),
        ("theme: amber\n", AlertSettings()),
    ])
    func valid(text: String, expected: AlertSettings) throws {
        #expect(try ConfigLoaderTests.load(text).get().alerts == expected)
    }

    @Test(arguments: [
        ("alerts: yes\n", [#"c.yaml:1:9: alerts: expected a mapping of alert settings (bell, command), found "yes""#]),
        ("alerts: {bell: yes}\n", [#"c.yaml:1:16: alerts.bell: expected true or false, found "yes""#]),
        ("alerts: {bell: \"true\"}\n", [#"c.yaml:1:16: alerts.bell: expected true or false, found "true""#]),
        ("alerts: {bel: true}\n", [#"c.yaml:1:10: alerts.bel: unknown key "bel" (did you mean "bell"?)"#]),
        ("alerts: {command: notify-send burnrate}\n",
         [#"c.yaml:1:19: alerts.command: expected a list of the program and its arguments, such as [notify-send, burnrate] (no shell reads it), found "notify-send burnrate""#]),
        ("alerts: {command: []}\n",
 ["c.yaml:1:19: alerts.command: expected the program and its arguments, found an empty list"]),
        ("alerts: {command: [notify-send, [x], \"\"]}\n", [
            "c.yaml:1:33: alerts.command[1]: expected a program or an argument, found a list",
            #"c.yaml:1:38: alerts.command[2]: expected a program or an argument, found """#,
        ]),
        ("alerts: {command: [\(Array(repeating: "a", count: 65).joined(separator: ", "))]}\n",
         ["c.yaml:1:19: alerts.command: expected at most 64 arguments, found 65"]),
    ])
    func broken(text: String, expected: [String]) {
        #expect(ConfigLoaderTests.diagnostics(text) == expected)
    }

    @Test func whatConfigShowPrintsReadsBack() throws {
        let config = Config(alerts: AlertSettings(bell: true, command: ["notify-send", "-u", "critical", "burnrate: \"alert\"", "a, b"]))
        let text = ConfigText.render(config, origin: "test")
        #expect(text.contains(#"""

            alerts:
              bell: true
              command:
                - notify-send
                - "-u"
                - critical
                - "burnrate: \"alert\""
                - a, b

            """#))
        #expect(try ConfigLoader.load(text: text, file: "shown.yaml", themes: .builtIn).alerts == config.alerts)
    }

    @Test(arguments: [
        (["XDG_STATE_HOME": "/s", "HOME": "/home/ana"], "/s/burnrate/alerts.log"),
        (["XDG_STATE_HOME": "relative", "HOME": "/home/ana"], "/home/ana/.local/state/burnrate/alerts.log"),
        (["XDG_STATE_HOME": "", "HOME": "/home/ana"], "/home/ana/.local/state/burnrate/alerts.log"),
        (["HOME": "/home/ana"], "/home/ana/.local/state/burnrate/alerts.log"),
        ([:], nil),
        (["XDG_STATE_HOME": "/" + String(repeating: "a", count: 3000)], nil),
    ] as [([String: String], String?)])
    func theLogsPath(environment: [String: String], path: String?) {
        #expect(AlertLog.path(environment: environment) == path)
    }
}
