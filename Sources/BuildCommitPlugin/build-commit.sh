#!/bin/sh
# Writes BuildCommit.swift into $2: the commit of the git checkout at $1 that burnrate is built
# from, "-dirty" when tracked files differ from it, or nil when $1 is not the top of a checkout
# (a tarball, or a copy inside someone else's repository). The file is rewritten only when its
# text changes, so that an unchanged commit does not recompile the target.
set -u
root=$1
output=$2/BuildCommit.swift
commit=nil
if top=$(git -C "$root" rev-parse --show-toplevel 2>/dev/null) \
    && [ "$(cd "$top" && pwd -P)" = "$(cd "$root" && pwd -P)" ] \
    && hash=$(git -C "$root" rev-parse --short=7 HEAD 2>/dev/null); then
    if [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
        hash="$hash-dirty"
    fi
    commit="\"$hash\""
fi
text="/// The commit this binary was built from (Sources/BuildCommitPlugin).
enum BuildCommit {
    static let hash: String? = $commit
}"
mkdir -p "$2"
if [ ! -f "$output" ] || [ "$(cat "$output")" != "$text" ]; then
    printf '%s\n' "$text" > "$output.tmp" && mv "$output.tmp" "$output"
fi
