#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the files burnrate loads (scenarios, themes, decks) as text, refusing what is not
/// text or is too large to be one of them before any parsing starts.
package enum TextFile {
    package static let maximumBytes = 8 << 20

    package static func contents(ofFile path: String) throws(DiagnosticList) -> String {
        func failure(_ message: String) -> DiagnosticList {
            DiagnosticList([Diagnostic(file: path, line: 0, column: 0, path: "", message: message)])
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure("cannot read the file: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("cannot read the file: \(String(cString: strerror(errno)))") }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw failure("cannot read the file: it is a directory") }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count >= 0 else { throw failure("cannot read the file: \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            bytes += chunk[..<count]
            if bytes.count > maximumBytes { throw failure("the file is larger than 8 MiB") }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw failure("expected a text file in UTF-8, found bytes that are not UTF-8")
        }
        return text
    }
}
