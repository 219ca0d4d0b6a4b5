@testable import BurnrateView

/// The built-in themes as Swift values, the same as Themes/*.yaml (checked by
/// `ThemeTests.builtInFilesSayTheSame`) until theme files are read with the YAML reader.
enum BuiltInThemeValues {
    static let definitions: [ThemeDefinition] = [
        ThemeDefinition(
            name: "default",
            colors: ["background": "#1e1e2e", "text": "#cdd6f4", "muted": "#7f849c", "border": "#585b70",
                     "title": "#b4befe", "accent": "#89b4fa", "selection": "#45475a", "ok": "#a6e3a1",
                     "watch": "#f9e2af", "alert": "#f38ba8"],
            series: ["#89b4fa", "#fab387", "#cba6f7", "#94e2d5", "#f5c2e7", "#74c7ec"],
            attributes: ["title": ["bold"]]),
        ThemeDefinition(
            name: "light",
            colors: ["background": "#eff1f5", "text": "#4c4f69", "muted": "#8c8fa1", "border": "#9ca0b0",
                     "title": "#1e66f5", "accent": "#1e66f5", "selection": "#ccd0da", "ok": "#40a02b",
                     "watch": "#df8e1d", "alert": "#d20f39"],
            series: ["#1e66f5", "#fe640b", "#8839ef", "#179299", "#ea76cb", "#7287fd"],
            attributes: ["title": ["bold"]]),
        ThemeDefinition(
            name: "amber",
            colors: ["background": "#000000", "text": "#ffb000", "muted": "#8a5f00", "border": "#664400",
                     "title": "#ffcc4d", "accent": "#ffb000", "selection": "#4d3500", "ok": "#b37a00",
                     "watch": "#ffd27f", "alert": "#ff5f1f"],
            series: ["#ffb000", "#ffe0a3", "#cc8c00", "#ff8c1a", "#8a5f00", "#ffd27f"],
            attributes: ["title": ["bold"], "watch": ["bold"], "alert": ["bold", "underline"]]),
        ThemeDefinition(
            name: "high-contrast",
            colors: ["background": "#000000", "text": "#ffffff", "muted": "#c0c0c0", "border": "#ffffff",
                     "title": "#ffff00", "accent": "#00ffff", "selection": "#0000ff", "ok": "#00ff00",
                     "watch": "#ffff00", "alert": "#ff0000"],
            series: ["#00ffff", "#ff00ff", "#ffff00", "#00ff00", "#ff8000", "#ffffff"],
            attributes: ["title": ["bold"], "selection": ["bold"], "watch": ["bold"], "alert": ["bold"]]),
        ThemeDefinition(
            name: "monochrome",
            colors: ["background": "default", "text": "default", "muted": "default", "border": "default",
                     "title": "default", "accent": "default", "selection": "default", "ok": "default",
                     "watch": "default", "alert": "default"],
            series: ["default"],
            attributes: ["title": ["bold"], "accent": ["bold"], "muted": ["dim"], "border": ["dim"],
                         "selection": ["reverse"], "watch": ["bold"], "alert": ["bold", "underline"]]),
        ThemeDefinition(
            name: "colorblind",
            colors: ["background": "#111111", "text": "#eeeeee", "muted": "#999999", "border": "#5c5c5c",
                     "title": "#ffffff", "accent": "#cc79a7", "selection": "#0072b2", "ok": "#56b4e9",
                     "watch": "#f0e442", "alert": "#d55e00"],
            series: ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"],
            attributes: ["title": ["bold"], "alert": ["bold", "underline"]]),
    ]

    static var themes: [Theme] {
        definitions.map { try! Theme($0) }
    }
}
