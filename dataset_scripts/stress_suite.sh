#!/usr/bin/env bash
# The whole test suite N times in a row (default 3) while other processes keep every core
# busy: tests that wait on events pass; tests that wait a fixed time fail here.
#
#   dataset_scripts/stress_suite.sh [N]
#
# $PYTHON: an interpreter with the test install (default: python); extra pytest arguments
# in $PYTEST_ARGS; $BUSY: number of busy loops (default: nproc). Logs in $STRESS_DIR
# (default /tmp/verusbench-stress). Exit status: non-zero if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
N=${1:-3}
PY=${PYTHON:-python}
BUSY=${BUSY:-$(nproc)}
OUT=${STRESS_DIR:-/tmp/verusbench-stress}
mkdir -p "$OUT"

pids=()
stop_load() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; }
trap stop_load EXIT
for _ in $(seq "$BUSY"); do
    "$PY" -c 'while True: pass' &
    pids+=($!)
done
echo "$(date -u +%FT%TZ) $(nproc) cores, $BUSY busy loops (pids ${pids[*]}); $N suite runs"

status=0
for i in $(seq "$N"); do
    t0=$(date +%s)
    # shellcheck disable=SC2086
    "$PY" -m pytest -q -p no:cacheprovider ${PYTEST_ARGS:-} > "$OUT/run$i.log" 2>&1
    rc=$?
    [[ $rc -ne 0 ]] && status=1
    echo "run $i/$N: $(grep -E '^(=+ )?[0-9]+ (passed|failed)' "$OUT/run$i.log" | tail -1) (rc $rc, $(( $(date +%s) - t0 )) s, load $(cut -d' ' -f1-3 /proc/loadavg))"
    [[ $rc -ne 0 ]] && grep -E '^(FAILED|ERROR) ' "$OUT/run$i.log"
done
stop_load
trap - EXIT
for p in "${pids[@]}"; do
    if kill -0 "$p" 2>/dev/null; then echo "busy loop $p still running" >&2; status=1; fi
done
exit $status
