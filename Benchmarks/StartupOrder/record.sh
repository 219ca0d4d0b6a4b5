#!/usr/bin/env bash
# Records the functions the dashboard runs from start to its first frames and the benchmark's keys, in
# the order file the release link lays out first (Package.swift, `--symbol-ordering-file`); then those
# of a start with arguments (`--scenario FILE`), which parses them with swift-argument-parser.
# Needs valgrind and tmux; run from the package root after `swift build -c release --static-swift-stdlib`:
#   Benchmarks/StartupOrder/record.sh
# Names that a later change renames are ignored by the linker: the layout only grows less tight
# until the file is recorded again. SwiftPM does not see the file as an input: after recording,
# delete .build/x86_64-unknown-linux-gnu/release/burnrate so that the next build links again.
set -euo pipefail
binary=${1:-.build/release/burnrate}
out=$(mktemp)
withArguments=$(mktemp)
session=burnrate-order-$$
tmux new-session -d -s "$session" -x 160 -y 48 \
    "XDG_CONFIG_HOME=/nonexistent valgrind --tool=callgrind --callgrind-out-file=$out $binary 2>/dev/null"
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
tmux send-keys -t "$session" q
while tmux has-session -t "$session" 2>/dev/null; do sleep 1; done
tmux new-session -d -s "$session" -x 160 -y 48 \
    "XDG_CONFIG_HOME=/nonexistent valgrind --tool=callgrind --callgrind-out-file=$withArguments $binary --scenario Sources/BurnrateModel/BuiltIn/scenarios/openai-2026-02.yaml 2>/dev/null"
sleep 60
tmux send-keys -t "$session" q
while tmux has-session -t "$session" 2>/dev/null; do sleep 1; done
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
rm -f "$out" "$withArguments"
wc -l Benchmarks/StartupOrder/burnrate.order
