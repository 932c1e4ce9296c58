#!/usr/bin/env bash
# Regenerate the expected outputs of the golden test programs with real CPython.
#
# Usage (from the repository root):
#   bash scripts/regen.sh                 # every scripts/**/*.py
#   bash scripts/regen.sh scripts/x/y.py  # only the given programs
#
# For each program scripts/<area>/<name>.py this writes, next to it:
#   <name>.out  stdout (always)
#   <name>.err  full stderr       (when the exit code is non-zero or stderr is not empty)
#   <name>.rc   exit code + "\n"  (only when the exit code is non-zero)
# Stale .err/.rc files are removed when the program exits with code 0.
# In .err, the absolute repository path that CPython 3.11 prints in
# `File "..."` lines (and in asyncio's `... at PATH:LINE` reprs) is replaced
# by the relative path (scripts/<area>/<name>.py).
# Programs under scripts/pending/ are skipped. A program whose NAME.args
# holds --virtual-time runs through tools/virtual_time.py (asyncio on a
# virtual clock, as tikitaka's flag does).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"

# Resolve the requested files (relative to the caller's directory or absolute)
# to paths relative to the repository root before changing directory.
requested=()
for arg in "$@"; do
    if [ ! -f "$arg" ]; then
        echo "no such file: $arg" >&2
        exit 2
    fi
    abs="$(cd "$(dirname "$arg")" && pwd -P)/$(basename "$arg")"
    case "$abs" in
        "$repo_root"/*) requested+=("${abs#"$repo_root"/}") ;;
        *) echo "not inside the repository: $arg" >&2; exit 2 ;;
    esac
done

cd "$repo_root"

PY="$(python3 -c 'import sys; print(sys.executable)')"
version="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$version" != "3.11" ]; then
    echo "warning: reference interpreter is Python $version, expected 3.11" >&2
fi

files=()
if [ "${#requested[@]}" -gt 0 ]; then
    files=("${requested[@]}")
else
    while IFS= read -r f; do
        files+=("$f")
    done < <(find scripts -type f -name '*.py' -not -path 'scripts/pending/*' | LC_ALL=C sort)
fi

export PYTHONHASHSEED=0
export PYTHONIOENCODING=utf-8
unset PYTHONPATH PYTHONSTARTUP PYTHONWARNINGS || true

count=0
failed=0
for f in "${files[@]}"; do
    case "$f" in
        scripts/pending/*|scripts/regen.sh) continue ;;
        *.py) ;;
        *) echo "skipping non-Python file: $f" >&2; continue ;;
    esac
    base="${f%.py}"
    rc=0
    # NAME.args with --virtual-time: asyncio on a virtual clock (tools/virtual_time.py)
    runner=()
    if [ -f "$base.args" ] && grep -q -- "--virtual-time" "$base.args"; then
        runner=(tools/virtual_time.py)
    fi
    "$PY" -S "${runner[@]}" "$f" </dev/null >"$base.out" 2>"$base.err.tmp" || rc=$?
    if [ "$rc" -eq 0 ] && [ ! -s "$base.err.tmp" ]; then
        rm -f "$base.err.tmp" "$base.err" "$base.rc"
    else
        # CPython 3.9+ reports the script as an absolute path in tracebacks;
        # strip the repository root so the expected files are relocatable and
        # show the path as it was given on the command line (scripts/...).
        "$PY" -S -c '
import sys
root, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
with open(src, "rb") as fh:
    data = fh.read()
data = data.replace(("File \"" + root + "/").encode(), b"File \"")
# asyncio reprs name files too (`coro=<f() done, defined at PATH:LINE>`)
data = data.replace((" at " + root + "/").encode(), b" at ")
# warnings start with the script path at the beginning of a line
data = b"\n".join(l[len(root) + 1:] if l.startswith((root + "/").encode()) else l for l in data.split(b"\n"))
with open(dst, "wb") as fh:
    fh.write(data)
' "$repo_root" "$base.err.tmp" "$base.err"
        rm -f "$base.err.tmp"
        if [ "$rc" -ne 0 ]; then
            printf '%d\n' "$rc" >"$base.rc"
            failed=$((failed + 1))
        else
            rm -f "$base.rc"
        fi
    fi
    count=$((count + 1))
done

echo "regenerated $count program(s), $failed with non-zero exit status"
