import Glibc

/// The whole of a file as text: /proc entries, an strace log, a child's captured output.
enum FileContents {
    static func text(of path: String) throws(HarnessError) -> String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw HarnessError("cannot open \(path)") }
        defer { close(descriptor) }
        return text(reading: descriptor)
    }

    /// What is left to read from `descriptor`, to its end.
    static func text(reading descriptor: Int32) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while case let count = read(descriptor, &buffer, buffer.count), count > 0 {
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
