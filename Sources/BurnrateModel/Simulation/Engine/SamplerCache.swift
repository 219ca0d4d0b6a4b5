import Synchronization

/// The samplers of a run's inputs, made once per distinct distribution and kept for the next
/// run: a beta-PERT sampler's table costs as much to build as a few thousand paths, a
/// scenario's delays often share one shape, and the dashboard runs the same uncertainty again
/// after every what-if change. Holds the last run's samplers only, so memory stays that of
/// one run's.
enum SamplerCache {
    private static let last = Mutex<[Sampler]>([])

    static func samplers(for distributions: [Distribution]) -> [Sampler] {
        let earlier = last.withLock { $0 }
        var made: [Sampler] = []
        let samplers = distributions.map { distribution in
            if let known = made.first(where: { $0.distribution == distribution }) { return known }
            let sampler = earlier.first { $0.distribution == distribution } ?? Sampler(distribution)
            made.append(sampler)
            return sampler
        }
        last.withLock { $0 = made }
        return samplers
    }
}
