#!/usr/bin/env bash
# Counts instructions (valgrind/callgrind) for each benchmark under tikitaka
# and CPython: repeatable on a noisy machine, unlike wall time.
# Usage: bash bench/count.sh [bench names...]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
py="$(python3 -c 'import sys; print(sys.executable)')"
names=("$@")
[ ${#names[@]} -eq 0 ] && names=($(ls bench/*.py | xargs -n1 basename | sed 's/\.py$//'))
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected/ {print $4}'; }
printf '%-16s %14s %14s %7s\n' benchmark "cpython instr" "tikitaka instr" ratio
for n in "${names[@]}"; do
    a=$(count "$py" -S "bench/$n.py")
    b=$(count ./target/release/tikitaka "bench/$n.py")
    printf '%-16s %14s %14s %7.2f\n' "$n" "$a" "$b" "$(echo "$a / $b" | bc -l)"
done
