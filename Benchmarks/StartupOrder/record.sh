#!/usr/bin/env bash
# Records the functions the dashboard runs from start to its first frames and the benchmark's keys, in
# the order file the release link lays out first (Package.swift, `--symbol-ordering-file`); then those
# of a start with arguments (`--scenario FILE`), which parses them with swift-argument-parser.
# Needs valgrind and tmux; run from the package root after `swift build -c release --static-swift-stdlib`:
#   Benchmarks/StartupOrder/record.sh
# Names that a later change renames are ignored by the linker: the layout only grows less tight
# until the file is recorded again. SwiftPM does not see the file as an input, so the script
# deletes the binary it recorded, and the next release build links again.
set -euo pipefail
binary=${1:-.build/release/burnrate}
out=$(mktemp)
withArguments=$(mktemp)
session=burnrate-order-$$
# Starts the binary under callgrind in a 160×48 tmux session, writing to $1, with the rest as its arguments.
record() {
    local output=$1
    shift
    tmux new-session -d -s "$session" -x 160 -y 48 \
        "XDG_CONFIG_HOME=/nonexistent valgrind --tool=callgrind --callgrind-out-file=$output $binary $* 2>/dev/null"
}
# Presses q and waits for the session to end.
quit() {
    tmux send-keys -t "$session" q
    while tmux has-session -t "$session" 2>/dev/null; do sleep 1; done
}
record "$out"
# Under callgrind the dashboard runs some fifty times slower: wait for its first frame and its
# launch simulation, then press TerminalBenchmarks' keys, each what-if step a simulation again.
sleep 60
tmux send-keys -t "$session" j j k Tab j w j
sleep 10
for key in h h l; do
    tmux send-keys -t "$session" "$key"
    sleep 20
done
tmux send-keys -t "$session" t
sleep 8
quit
record "$withArguments" --scenario Sources/BurnrateModel/BuiltIn/scenarios/openai-2026-02.yaml
sleep 60
quit
python3 - "$out" "$withArguments" > Benchmarks/StartupOrder/burnrate.order <<'PY'
import re, sys
ordered, seen = [], set()
for path in sys.argv[1:]:
    names, run = {}, set()
    for line in open(path):
        match = re.match(r'^(c?fn)=\((\d+)\)(?: (.*))?$', line.strip())
        if not match:
            continue
        if match.group(3):
            names[match.group(2)] = match.group(3)
        if match.group(1) == 'fn':
            run.add(match.group(2))
    for name in sorted(names[i] for i in run if i in names):
        if name not in seen:
            seen.add(name)
            ordered.append(name)
print('\n'.join(ordered))
PY
rm -f "$out" "$withArguments" "$(readlink -f "$binary")"
wc -l Benchmarks/StartupOrder/burnrate.order
