#!/usr/bin/env bash
# Records the functions the dashboard runs from start to its first frames and the benchmark's keys, in
# the order file the release link lays out first (Package.swift, `--symbol-ordering-file`).
# Needs valgrind and tmux; run from the package root after `swift build -c release --static-swift-stdlib`:
#   Benchmarks/StartupOrder/record.sh
# Names that a later change renames are ignored by the linker: the layout only grows less tight
# until the file is recorded again.
set -euo pipefail
binary=${1:-.build/release/burnrate}
out=$(mktemp)
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
python3 - "$out" > Benchmarks/StartupOrder/burnrate.order <<'PY'
import re, sys
names, run = {}, set()
for line in open(sys.argv[1]):
    match = re.match(r'^(c?fn)=\((\d+)\)(?: (.*))?$', line.strip())
    if not match:
        continue
    if match.group(3):
        names[match.group(2)] = match.group(3)
    if match.group(1) == 'fn':
        run.add(match.group(2))
print('\n'.join(sorted(names[i] for i in run if i in names)))
PY
rm -f "$out"
wc -l Benchmarks/StartupOrder/burnrate.order
