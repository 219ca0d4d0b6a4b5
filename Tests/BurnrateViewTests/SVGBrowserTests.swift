import Foundation
import Testing
@testable import BurnrateView

/// An SVG picture as Chromium draws it (headless, Debian's `chromium` package), at a zoom of
/// 130 %, where cell edges fall between device pixels and shapes drawn cell by cell would show
/// hairline seams: a bar and a box's lines must be one colour from end to end. Skipped where
/// Chromium or python3 (which reads the screenshot's pixels) is not installed.
struct SVGBrowserTests {
    static let scale = 1.3

    @Test(.enabled(if: Installed.chromium != nil && Installed.python != nil))
    func barsAndBordersHaveNoSeams() throws {
        var canvas = Canvas(lines: ["┏━━━━━━━━━━┓", "┃██████████┃", "┗━━━━━━━━━━┛"])
        canvas.restyle(canvas.bounds) { _ in Style(.accent) }
        canvas.restyle(Rect(x: 1, y: 1, width: 10, height: 1)) { _ in Style(.series(1)) }
        let palette = Palette(theme: BuiltInThemes.named("default"), depth: .trueColor)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let svg = directory.appendingPathComponent("bar.svg"), png = directory.appendingPathComponent("bar.png")
        try SVGRenderer.svg(canvas, palette: palette).write(to: svg, atomically: true, encoding: .utf8)
        // 12 × 3 cells of 12 × 24 in a margin of 24: 192 × 120 units.
        try Self.run(Installed.chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                      "--force-device-scale-factor=\(Self.scale)", "--window-size=192,120",
                                      "--screenshot=\(png.path)", svg.absoluteString])
        // In units, with the margin: the top line's centre y 24 + 12, from the corner's centre
        // x 24 + 6 to the other's, 24 + 138; the left line at x 30 down to y 24 + 60; the bar
        // across row 1 (y 48 to 72) from x 36 to 156. Two pixels are left at each end, where
        // the edges are anti-aliased.
        let d = { (units: Double) in Int((units * Self.scale).rounded()) }
        var points: [(Int, Int, String)] = []
        for x in d(30) + 2...d(162) - 2 { points.append((x, d(36), "#89b4fa")) }
        for y in d(36) + 2...d(84) - 2 { points.append((d(30), y, "#89b4fa")) }
        for x in d(36) + 2...d(156) - 2 { points.append((x, d(60), "#fab387")) }
        let colors = try Self.pixels(of: png, at: points.map { ($0.0, $0.1) })
        let wrong = zip(points, colors).filter { $0.0.2 != $0.1 }.map { "(\($0.0.0), \($0.0.1)): \($0.1), not \($0.0.2)" }
        #expect(wrong == [])
    }

    /// Runs a program to its end, stopping it after a minute.
    static func run(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// The colours of a PNG's pixels as `#rrggbb`, read by a few lines of Python (zlib and the
    /// five PNG filters) so that the tests need no image library.
    static func pixels(of png: URL, at points: [(Int, Int)]) throws -> [String] {
        let script = """
            import sys, zlib, struct
            data = open(sys.argv[1], 'rb').read()
            pos, idat = 8, b''
            while pos < len(data):
                length, kind = struct.unpack('>I4s', data[pos:pos + 8])
                body = data[pos + 8:pos + 8 + length]
                if kind == b'IHDR': width, height, depth, color = struct.unpack('>IIBB', body[:10])
                if kind == b'IDAT': idat += body
                pos += 12 + length
            assert depth == 8 and color in (2, 6)
            bpp = 4 if color == 6 else 3
            raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
            for y in range(height):
                start = y * (stride + 1)
                kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
                for i in range(stride):
                    a = line[i - bpp] if i >= bpp else 0
                    b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                    if kind == 1: line[i] = (line[i] + a) & 255
                    elif kind == 2: line[i] = (line[i] + b) & 255
                    elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
                    elif kind == 4:
                        p = a + b - c
                        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                rows.append(line)
                prev = line
            for point in sys.argv[2:]:
                x, y = map(int, point.split(','))
                print('#%02x%02x%02x' % tuple(rows[y][x * bpp:x * bpp + 3]))
            """
        let output = try run(Installed.python!, ["-c", script, png.path] + points.map { "\($0.0),\($0.1)" })
        return output.split(separator: "\n").map(String.init)
    }
}

/// The programs the browser test needs, where Debian puts them.
private enum Installed {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile)
    static let python = ["/usr/bin/python3"].first(where: FileManager.default.isExecutableFile)
}
