#if canImport(Glibc)
import Glibc
#endif

/// The few file-system facts the model asks about, without Foundation's FileManager.
public enum FileSystem {
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
