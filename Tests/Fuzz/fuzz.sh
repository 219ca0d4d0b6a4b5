#!/bin/sh
# libFuzzer harnesses for burnrate's readers and programs (README, "Fuzzing").
#
#   Tests/Fuzz/fuzz.sh build                build every harness into .build/fuzz
#   Tests/Fuzz/fuzz.sh run NAME [SECONDS]   fuzz one harness (default 60 s), then merge; at
#                                           nice 19, or FUZZ_NICE (0 on a machine where a nice-19
#                                           process would be starved into false timeouts)
#   Tests/Fuzz/fuzz.sh merge NAME           make Tests/Fuzz/Corpus/NAME a smallest set of
#                                           inputs that reach every edge found so far
#   Tests/Fuzz/fuzz.sh names                the harnesses
#
# The harnesses are compiled with swiftc, not `swift build -Xswiftc -sanitize=...`: that also
# sanitizes the EmbedResources build-tool plugin's executable, whose link then fails. So this
# builds BurnrateModel and BurnrateView once normally (for the plugin's generated files), then
# compiles their sources, the generated files and Tests/Fuzz/Harnesses as modules with
# -sanitize=fuzzer,address. Crashes land in Tests/Fuzz/Crashes/NAME: commit them, renamed
# to say what they hit; `swift test` replays them and the corpus forever.
set -eu
cd "$(dirname "$0")/../.."
out=.build/fuzz
# swift-numerics' RealModule (the simulation's logarithms and powers) and the C shims it calls.
numerics=.build/checkouts/swift-numerics/Sources
flags="-O -g -parse-as-library -sanitize=fuzzer,address -swift-version 6 -package-name burnrate"

names() {
    sed -n 's/.*FuzzHarness(name: "\([^"]*\)".*/\1/p' Tests/Fuzz/Harnesses/FuzzHarness.swift
}

max_len() {
    sed -n "s/.*FuzzHarness(name: \"$1\", maxLength: \([0-9_]*\).*/\1/p" Tests/Fuzz/Harnesses/FuzzHarness.swift | tr -d _
}

module() { # NAME SOURCES...
    name=$1; shift
    swiftc $flags -wmo -I "$out" -I Sources/CYAML -I "$numerics/_NumericsShims/include" -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
        -c -o "$out/$name.o" "$@"
}

build() {
    swift build --target BurnrateView
    mkdir -p "$out"
    generated=$(find .build/plugins/outputs -path '*EmbedResourcesPlugin*' -name '*.swift')
    module BurnrateText Sources/BurnrateText/*.swift
    module BurnrateYAML Sources/BurnrateYAML/*.swift
    module BurnrateCore $(find Sources/BurnrateCore -name '*.swift')
    module RealModule $(find "$numerics/RealModule" -name '*.swift')
    module BurnrateModel $(find Sources/BurnrateModel -name '*.swift') $(echo "$generated" | grep /BurnrateModel/)
    module BurnrateView $(find Sources/BurnrateView -name '*.swift') $(echo "$generated" | grep /BurnrateView/)
    module BurnrateFuzzHarnesses Tests/Fuzz/Harnesses/*.swift
    for name in $(names); do
        echo "let harnessName = \"$name\"" > "$out/HarnessName-$name.swift"
        swiftc $flags -I "$out" -I Sources/CYAML -I "$numerics/_NumericsShims/include" Tests/Fuzz/Entry.swift "$out/HarnessName-$name.swift" \
            "$out/BurnrateText.o" "$out/BurnrateYAML.o" "$out/BurnrateCore.o" "$out/RealModule.o" "$out/BurnrateModel.o" "$out/BurnrateView.o" \
            "$out/BurnrateFuzzHarnesses.o" -lyaml -o "$out/fuzz-$name"
    done
}

setup() { # NAME
    name=$1
    len=$(max_len "$name")
    [ -n "$len" ] || { echo "no harness named $name (harnesses: $(names | tr '\n' ' '))" >&2; exit 2; }
    work=$out/corpus/$name
    mkdir -p "$work" "Tests/Fuzz/Corpus/$name" "Tests/Fuzz/Crashes/$name"
    # ASan holds 256 MB of freed memory in quarantine by default, which alone would break the
    # 256 MB limit on resident memory over a long run.
    export ASAN_OPTIONS="quarantine_size_mb=16${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
    limits="-max_len=$len -timeout=1 -rss_limit_mb=256 -malloc_limit_mb=256 -detect_leaks=0"
}

run() { # NAME [SECONDS]
    setup "$1"; seconds=${2:-60}
    # Fork mode goes on past a crash, a timeout or an out-of-memory (each is saved), so one
    # known crash does not end a long run.
    nice -n "${FUZZ_NICE:-19}" "$out/fuzz-$name" $limits -max_total_time="$seconds" -print_final_stats=1 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="Tests/Fuzz/Crashes/$name/" "$work" "Tests/Fuzz/Corpus/$name" || true
    merge "$name"
}

merge() { # NAME
    setup "$1"
    # The committed corpus, replayed by every `swift test`, is a smallest set of inputs that
    # reach every edge the corpus and the runs reached (edges, not hit counts: dozens of
    # files, not hundreds); .build/fuzz/corpus keeps the rest for the next run. Hand-made
    # seeds keep their names.
    merged=$work.merged
    rm -rf "$merged" && mkdir "$merged"
    # Resident memory grows over the hundreds of inputs one merge process runs (the limits
    # were checked input by input while fuzzing): a higher ceiling spares restarts.
    nice -n "${FUZZ_NICE:-19}" "$out/fuzz-$name" $limits -rss_limit_mb=2048 -artifact_prefix="$work.merge-" \
        -use_counters=0 -set_cover_merge=1 "$merged" "Tests/Fuzz/Corpus/$name" "$work"
    for seed in $(find "Tests/Fuzz/Corpus/$name" -type f -regextype grep ! -regex '.*/[0-9a-f]\{40\}'); do
        rm -f "$merged/$(sha1sum < "$seed" | cut -d' ' -f1)"
        cp "$seed" "$merged/"
    done
    rm -rf "Tests/Fuzz/Corpus/$name" && mv "$merged" "Tests/Fuzz/Corpus/$name"
}

case ${1:-} in
build) build ;;
run) shift; run "$@" ;;
merge) shift; merge "$1" ;;
names) names ;;
*) sed -n '2,10p' "$0" >&2; exit 2 ;;
esac
