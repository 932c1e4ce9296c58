#!/usr/bin/env bash
# Times the release tikitaka binary against CPython 3.11 on each benchmark,
# alternating the two, and prints the median wall time and the ratio
# (CPython time / tikitaka time: above 1.0 means tikitaka is faster), then
# the ratio of the fastest runs (on a shared machine a run is only ever
# slowed down by the neighbours, so the minimum is the steadier figure).
# Usage: bash bench/run.sh [runs] [names...]   (default 7 runs each, every benchmark)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
shift || true
names=("$@")
[ ${#names[@]} -eq 0 ] && names=($(ls bench/*.py | xargs -n1 basename | sed 's/\.py$//'))
cargo build --release --quiet
tk=./target/release/tikitaka
py="$(python3 -c 'import sys; print(sys.executable)')"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
minimum() { sort -n | head -1; }
now() { date +%s.%N; }
printf '%-16s %10s %10s %7s %9s\n' benchmark "cpython s" "tikitaka s" ratio "min ratio"
for name in "${names[@]}"; do
    b="bench/$name.py"
    if ! diff <("$tk" "$b") <("$py" -S "$b") >/dev/null; then
        echo "$name: outputs differ!" >&2
        exit 1
    fi
    t_tk=(); t_py=()
    for _ in $(seq "$runs"); do
        s=$(now); "$tk" "$b" >/dev/null; e=$(now); t_tk+=("$(echo "$e - $s" | bc -l)")
        s=$(now); "$py" -S "$b" >/dev/null; e=$(now); t_py+=("$(echo "$e - $s" | bc -l)")
    done
    m_tk=$(printf '%s\n' "${t_tk[@]}" | median)
    m_py=$(printf '%s\n' "${t_py[@]}" | median)
    b_tk=$(printf '%s\n' "${t_tk[@]}" | minimum)
    b_py=$(printf '%s\n' "${t_py[@]}" | minimum)
    printf '%-16s %10.4f %10.4f %7.2f %9.2f\n' "$name" "$m_py" "$m_tk" "$(echo "$m_py / $m_tk" | bc -l)" "$(echo "$b_py / $b_tk" | bc -l)"
done
