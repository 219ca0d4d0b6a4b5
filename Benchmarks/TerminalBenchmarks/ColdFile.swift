import Glibc

/// The executable dropped from the kernel's page cache before it is measured, so that its
/// first start reads it from the disk as after a reboot, and every build compared is held in
/// memory alike.
///
/// How a file came into the page cache (the size of the blocks the kernel keeps together)
/// decides how many neighbours a page fault maps in with a page of code, and so resident
/// memory and start-up time: on 2026-12-05 the same bytes measured 14.4–17.4 MiB of peak
/// memory and 7.6–12.4 ms of start-up CPU as files written five ways (a link, `cp`, `dd` with
/// 4 KiB or 2 MiB blocks, 1 MiB writes), more than most changes measured here. Read back from
/// the disk, each build measured within 0.1 MiB and 0.3 ms of itself.
enum ColdFile {
    static func evict(_ path: String) throws(HarnessError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw HarnessError("cannot read \(path)") }
        defer { close(descriptor) }
        // Pages still to be written cannot be dropped: a build just linked has some.
        guard fdatasync(descriptor) == 0,
              posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED) == 0 else {
            throw HarnessError("cannot drop \(path) from the page cache")
        }
    }
}
