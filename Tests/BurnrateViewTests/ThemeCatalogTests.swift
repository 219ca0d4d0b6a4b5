import BurnrateModel
import Testing
@testable import BurnrateView
import BurnrateYAML

@Suite struct ThemeCatalogTests {
    /// A valid theme whose ok colour is `ok`, to tell themes apart.
    static func themeText(ok: String) -> String {
        """
        colors:
          background: "#000000"
          text: "#ffffff"
          muted: 244
          border: 240
          title: "#ffff00"
          accent: "#00ffff"
          selection: "#0000ff"
          ok: "\(ok)"
          watch: "#ffff00"
          alert: "#ff0000"
          series: ["#00ffff"]

        """
    }

    static let directory = "/home/u/.config/burnrate/themes"

    static func userFile(_ name: String, ok: String) -> ThemeCatalog.UserThemeFile {
        ThemeCatalog.UserThemeFile(name: name, path: "\(directory)/\(name).yaml", text: themeText(ok: ok))
    }

    /// Fails the test if a file is read or looked for: resolving a name must not touch the disk.
    static func noFile(_ path: String) -> Bool {
        Issue.record("looked for a file at \(path)")
        return false
    }

    @Test func builtInThemesInCycleOrder() {
        #expect(ThemeCatalog.builtIn.names == ["default", "light", "amber", "high-contrast", "monochrome", "colorblind"])
        #expect(ThemeCatalog.builtIn.entries.allSatisfy { $0.source == .builtIn && !$0.overridesBuiltIn })
        #expect(ThemeCatalog.builtIn.problems.isEmpty)
    }

    @Test func userThemesComeAfterTheBuiltInOnesByName() {
        let catalog = ThemeCatalog(userThemes: [Self.userFile("zebra", ok: "#00ff01"), Self.userFile("dusk", ok: "#00ff02")])
        #expect(catalog.names == ["default", "light", "amber", "high-contrast", "monochrome", "colorblind", "dusk", "zebra"])
        #expect(catalog.entry(named: "dusk")?.source == .file(path: "\(Self.directory)/dusk.yaml"))
        #expect(catalog.entry(named: "dusk")?.theme.color(.ok) == .rgb(0, 255, 2))
    }

    @Test func aUserThemeOverridesTheBuiltInOneOfItsNameInItsPlace() throws {
        let catalog = ThemeCatalog(userThemes: [Self.userFile("amber", ok: "#00ff03")])
        #expect(catalog.names == ThemeCatalog.builtInNames)
        let entry = try #require(catalog.entry(named: "amber"))
        #expect(entry.overridesBuiltIn)
        #expect(entry.source == .file(path: "\(Self.directory)/amber.yaml"))
        #expect(try catalog.resolve("amber", fileExists: Self.noFile).color(.ok) == .rgb(0, 255, 3))
        // The built-in amber's ok is "#b37a00".
        #expect(try ThemeCatalog.builtIn.resolve("amber", fileExists: Self.noFile).color(.ok) == .rgb(0xb3, 0x7a, 0x00))
    }

    @Test func aUserThemeIsNamedAfterItsFileNotItsNameField() throws {
        // A copy of default.yaml saved as mine.yaml still says `name: default`; it must not replace default.
        let text = try #require(ThemeCatalog.builtInText(named: "default"))
        let catalog = ThemeCatalog(userThemes: [ThemeCatalog.UserThemeFile(name: "mine", path: "\(Self.directory)/mine.yaml", text: text)])
        #expect(catalog.entry(named: "default")?.source == .builtIn)
        #expect(catalog.entry(named: "mine")?.theme.name == "mine")
    }

    @Test func brokenUserThemesAreLeftOutAndExplainedWhenAskedFor() {
        let broken = ThemeCatalog.UserThemeFile(name: "dusk", path: "\(Self.directory)/dusk.yaml",
                                                text: Self.themeText(ok: "#00ff0"))
        let unreadable = ThemeCatalog.UserThemeFile(
            name: "locked", path: "\(Self.directory)/locked.yaml",
            contents: .failure(DiagnosticList([Diagnostic(file: "\(Self.directory)/locked.yaml", line: 0, column: 0, path: "",
                                                          message: "cannot read the file: Permission denied")])))
        let catalog = ThemeCatalog(userThemes: [broken, unreadable])
        #expect(catalog.names == ThemeCatalog.builtInNames)
        #expect(catalog.problems.keys.sorted() == ["dusk", "locked"])
        #expect(throws: DiagnosticList.self) { try catalog.resolve("locked", fileExists: Self.noFile) }
        do {
            _ = try catalog.resolve("dusk", fileExists: Self.noFile)
            Issue.record("a broken theme resolved")
        } catch {
            #expect(error.description
                == ##"/home/u/.config/burnrate/themes/dusk.yaml:9:7: colors.ok: expected a colour: "#rrggbb", 0-255 or default, found "#00ff0""##)
        }
    }

    @Test func aPathIsLoadedAsAFile() throws {
        var read: [String] = []
        let theme = try ThemeCatalog.builtIn.resolve("themes/dusk.yaml", fileExists: { _ in false }) { path in
            read.append(path)
            return Self.themeText(ok: "#00ff04")
        }
        #expect(read == ["themes/dusk.yaml"])
        #expect(theme.name == "dusk")
        #expect(theme.color(.ok) == .rgb(0, 255, 4))
        // A name with no folder and no .yaml is a file when one exists there.
        let plain = try ThemeCatalog.builtIn.resolve("dusk", fileExists: { $0 == "dusk" }) { _ in Self.themeText(ok: "#00ff05") }
        #expect(plain.color(.ok) == .rgb(0, 255, 5))
    }

    @Test func aBrokenFileGivesItsDiagnostics() {
        #expect(throws: DiagnosticList([Diagnostic(file: "t.yaml", line: 0, column: 0, path: "", message: "the file is empty")])) {
            try ThemeCatalog.builtIn.resolve("t.yaml", fileExists: { _ in true }) { _ in "" }
        }
    }

    @Test func anUnknownNameListsTheThemesAndSuggestsOne() {
        func failure(_ name: String, in catalog: ThemeCatalog = .builtIn) -> String? {
            do {
                _ = try catalog.resolve(name, fileExists: { _ in false }) { path in
                    Issue.record("read \(path)")
                    return ""
                }
                return nil
            } catch {
                return error.description
            }
        }
        let themes = "themes: default, light, amber, high-contrast, monochrome, colorblind"
        #expect(failure("ambr") == #"ambr: no theme of this name and no theme file at this path (did you mean "amber"?); \#(themes)"#)
        #expect(failure("highcontrast") == #"highcontrast: no theme of this name and no theme file at this path (did you mean "high-contrast"?); \#(themes)"#)
        #expect(failure("solarized") == "solarized: no theme of this name and no theme file at this path; \(themes)")
        // User themes are suggested and listed too.
        #expect(failure("dsuk", in: ThemeCatalog(userThemes: [Self.userFile("dusk", ok: "#00ff06")]))
            == #"dsuk: no theme of this name and no theme file at this path (did you mean "dusk"?); \#(themes), dusk"#)
    }

    @Test(arguments: [
        (["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"], "/cfg/burnrate/themes"),
        (["XDG_CONFIG_HOME": "", "HOME": "/home/u"], "/home/u/.config/burnrate/themes"),
        // The XDG specification: a relative path is invalid and ignored.
        (["XDG_CONFIG_HOME": "cfg", "HOME": "/home/u"], "/home/u/.config/burnrate/themes"),
        (["HOME": "/home/u"], "/home/u/.config/burnrate/themes"),
        ([:], nil),
    ] as [([String: String], String?)])
    func userThemeDirectory(environment: [String: String], expected: String?) {
        #expect(ThemeCatalog.userThemeDirectory(environment: environment) == expected)
    }
}
