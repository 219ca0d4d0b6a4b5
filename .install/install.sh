#!/usr/bin/env bash
# Installs burnrate under a prefix: the static binary, its man page and its bash, zsh and fish
# completions, with a manifest of what it put there so that --uninstall removes exactly that.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: .install/install.sh --prefix DIR [--destdir DIR] [--products DIR]
       .install/install.sh --uninstall --prefix DIR [--destdir DIR]

  --prefix DIR     where burnrate goes: DIR/bin/burnrate, DIR/share/man/man1/burnrate.1,
                   DIR/share/{bash-completion,zsh,fish}/... (PREFIX in the environment also works)
  --destdir DIR    stage the files under DIR/PREFIX, as packagers do (or DESTDIR)
  --products DIR   install burnrate and BurnrateManual already built in DIR instead of
                   building them (swift build -c release --static-swift-stdlib)
  --uninstall      remove what an earlier install under this prefix put there
USAGE
}

fail() {
    printf 'install.sh: %s\n' "$1" >&2
    exit "${2:-1}"
}

prefix=${PREFIX-}
destdir=${DESTDIR-}
products=
uninstall=false
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || fail "--prefix needs a directory" 2; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --destdir) [ $# -ge 2 ] || fail "--destdir needs a directory" 2; destdir=$2; shift 2 ;;
        --destdir=*) destdir=${1#--destdir=}; shift ;;
        --products) [ $# -ge 2 ] || fail "--products needs a directory" 2; products=$2; shift 2 ;;
        --products=*) products=${1#--products=}; shift ;;
        --uninstall) uninstall=true; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; fail "unknown argument: $1" 2 ;;
    esac
done

[ -n "$prefix" ] || { usage >&2; fail "no prefix: give one, e.g. --prefix ~/.local (or --prefix /usr/local as root)" 2; }
case $prefix in
    /*) ;;
    *) fail "the prefix must be an absolute path, found \"$prefix\" (write --prefix ~/.local, not --prefix=~/.local)" 2 ;;
esac
case $destdir in
    ''|/*) ;;
    *) fail "the destdir must be an absolute path, found \"$destdir\"" 2 ;;
esac
prefix=${prefix%/}
root=$destdir$prefix
manifest_name=share/burnrate/install-manifest
manifest=$root/$manifest_name

# The files, relative to the prefix; the manifest is the last one written.
files=(
    bin/burnrate
    share/man/man1/burnrate.1
    share/bash-completion/completions/burnrate
    share/zsh/site-functions/_burnrate
    share/fish/vendor_completions.d/burnrate.fish
)

# Removes what the manifest lists: files whose content is still what was installed (a changed
# one is kept and named), then the directories the install created, deepest first, if empty.
remove_installed() {
    local kind sum path kept=0
    local -a directories=()
    while IFS=' ' read -r kind sum path; do
        # Only paths inside the prefix, as the install wrote them.
        case $path in /*|..|../*|*/../*|*/..) fail "$manifest: a path outside the prefix: $path" ;; esac
        case $kind in
            file)
                if [ -f "$root/$path" ] && [ "$(sha256sum < "$root/$path" | cut -d' ' -f1)" = "$sum" ]; then
                    rm -f -- "$root/$path"
                elif [ -e "$root/$path" ]; then
                    printf 'install.sh: kept %s: it changed since it was installed\n' "$root/$path" >&2
                    kept=1
                fi ;;
            directory) directories=("$path" "${directories[@]}") ;;
            *) fail "$manifest: not a manifest line: $kind $sum $path" ;;
        esac
    done < "$manifest"
    rm -f -- "$manifest"
    for path in "${directories[@]}"; do
        if [ "$path" = . ]; then path=$root; else path=$root/$path; fi
        rmdir -- "$path" 2>/dev/null || true
    done
    return $kept
}

if $uninstall; then
    [ -f "$manifest" ] || fail "nothing to uninstall: no $manifest (burnrate was not installed under $root by this script)"
    [ -w "$(dirname "$manifest")" ] || fail "cannot write to $(dirname "$manifest"): permission denied"
    if remove_installed; then
        printf 'removed burnrate from %s\n' "$root"
    else
        fail "removed burnrate from $root, but for the changed files above"
    fi
    exit 0
fi

# Every directory an install needs must exist and be writable, or be creatable: the nearest
# existing ancestor writable. Checked before the build, which takes minutes.
for path in "${files[@]}" "$manifest_name"; do
    directory=$root/$(dirname "$path")
    ancestor=$directory
    while [ ! -e "$ancestor" ]; do ancestor=$(dirname "$ancestor"); done
    [ -d "$ancestor" ] || fail "cannot install into $directory: $ancestor is not a directory"
    [ -w "$ancestor" ] || fail "cannot write to $ancestor: permission denied (run as a user who can, or choose --prefix ~/.local)"
done
# A reinstall replaces an earlier install; a file this script did not install is left alone.
if [ ! -f "$manifest" ]; then
    for path in "${files[@]}"; do
        [ ! -e "$root/$path" ] || fail "$root/$path exists and was not installed by this script: remove it first, or choose another prefix"
    done
fi

package=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "$products" ]; then
    echo "building burnrate (release, static Swift standard library)..."
    (cd "$package" && swift build -c release --static-swift-stdlib --product burnrate \
        && swift build -c release --static-swift-stdlib --product BurnrateManual) || fail "the build failed"
    products=$(cd "$package" && swift build -c release --static-swift-stdlib --show-bin-path)
fi
for tool in burnrate BurnrateManual; do
    [ -x "$products/$tool" ] || fail "no executable $products/$tool"
done

staging=$(mktemp -d)
trap 'rm -rf -- "$staging"' EXIT
# The built-in keys, not the installing user's: no config folder is read.
export XDG_CONFIG_HOME=$staging/no-config
version=$("$products/burnrate" --version) || fail "$products/burnrate does not run"
date=$(git -C "$package" log -1 --format=%cs 2>/dev/null || date -u +%Y-%m-%d)
{
    "$products/burnrate" --experimental-dump-help > "$staging/commands.json" \
        && "$products/burnrate" keys --format json > "$staging/keys.json" \
        && "$products/BurnrateManual" "$staging/commands.json" "$staging/keys.json" "$date" "$version" > "$staging/burnrate.1"
} || fail "could not write the man page"
for shell in bash zsh fish; do
    "$products/burnrate" --generate-completion-script "$shell" > "$staging/completion.$shell" \
        || fail "could not write the $shell completions"
done

if [ -f "$manifest" ]; then
    echo "replacing the burnrate installed under $root"
    remove_installed || fail "kept the changed files above; move them away and install again"
fi

# Directories that do not exist yet are the install's own, for uninstall to remove: the
# prefix itself (its missing parents are made too, and left), and those under it.
entries=()
if [ ! -d "$root" ]; then
    mkdir -p -- "$root"
    entries+=("directory - .")
fi
for path in "${files[@]}" "$manifest_name"; do
    directory=$(dirname "$path")
    created=()
    while [ "$directory" != . ] && [ ! -d "$root/$directory" ]; do
        created=("$directory" "${created[@]}")
        directory=$(dirname "$directory")
    done
    for directory in "${created[@]}"; do
        mkdir -- "$root/$directory"
        entries+=("directory - $directory")
    done
done

install_file() { # mode source path
    install -m "$1" "$2" "$root/$3"
    entries+=("file $(sha256sum < "$2" | cut -d' ' -f1) $3")
}
install_file 755 "$products/burnrate" bin/burnrate
install_file 644 "$staging/burnrate.1" share/man/man1/burnrate.1
install_file 644 "$staging/completion.bash" share/bash-completion/completions/burnrate
install_file 644 "$staging/completion.zsh" share/zsh/site-functions/_burnrate
install_file 644 "$staging/completion.fish" share/fish/vendor_completions.d/burnrate.fish
printf '%s\n' "${entries[@]}" > "$manifest.tmp"
mv -- "$manifest.tmp" "$manifest"

printf 'installed %s\n' "$version"
for path in "${files[@]}"; do printf '  %s\n' "$root/$path"; done
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) printf 'note: %s is not on your PATH; add it, e.g. in ~/.profile: export PATH="%s:$PATH"\n' "$prefix/bin" "$prefix/bin" ;;
esac
