#!/usr/bin/env bash
# Run the test suite in fresh venvs against the lowest and the newest versions that
# pyproject.toml allows (the README's test install, without constraints/ci.txt).
#
#   dataset_scripts/test_versions.sh [lowest|newest|both] [--write-ci]
#
# lowest: every direct dependency of [train,test,ray,arena,agent] pinned to its lower bound (a
#         constraints file written from pyproject's `>=` bounds, like a lowest-direct
#         resolution); what they pull in resolves as pip likes.
# newest: no constraints: pip takes the newest allowed release of everything.
# --write-ci: after a green newest run, its `pip freeze` becomes constraints/ci.txt.
# torch stays at the README's pin (torch==2.13.0, the CPU wheel) in both.
# Venvs, freezes and logs go to $VERSIONS_DIR (default /tmp/verusbench-versions);
# extra pytest arguments in $PYTEST_ARGS. Exit status: non-zero if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
MODE=${1:-both}
WRITE_CI=0
[[ " $* " == *" --write-ci "* ]] && WRITE_CI=1
OUT=${VERSIONS_DIR:-/tmp/verusbench-versions}
TORCH_PIN="torch==2.13.0"
PY=${PYTHON:-python3}
mkdir -p "$OUT"

lowest_constraints() {
    # pyproject's lower bounds -> name==version (torch excluded: pinned on the command line)
    "$PY" - "$REPO/pyproject.toml" <<'EOF'
import re, sys, tomllib
p = tomllib.load(open(sys.argv[1], "rb"))["project"]
deps = list(p["dependencies"])
for extra in ("train", "test", "ray"):
    deps += p["optional-dependencies"][extra]
for d in deps:
    m = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*(.*)", d)
    name, spec = m.group(1), m.group(2)
    if name.lower() == "torch":
        continue
    pin = re.search(r"(?:>=|==)\s*([^,;\s]+)", spec)
    if not pin:
        sys.exit(f"{d!r}: no lower bound in pyproject.toml; give it one (>=X)")
    print(f"{name}=={pin.group(1)}")
EOF
}

run_one() {
    local mode=$1 venv="$OUT/$1/venv" log="$OUT/$1/pytest.log" cons=()
    rm -rf "$OUT/$mode" && mkdir -p "$OUT/$mode"
    if [[ $mode == lowest ]]; then
        lowest_constraints > "$OUT/lowest/constraints.txt" || return 1
        cons=(-c "$OUT/lowest/constraints.txt")
    fi
    "$PY" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    if ! "$venv/bin/python" -m pip install -q -e ".[train,test,ray,arena,agent]" "$TORCH_PIN" "${cons[@]}" \
            > "$OUT/$mode/install.log" 2>&1; then
        echo "$mode: install FAILED (see $OUT/$mode/install.log)"; tail -5 "$OUT/$mode/install.log"; return 1
    fi
    "$venv/bin/python" -m pip freeze --exclude-editable | grep -viE '^(torch|verusbench)==' \
        > "$OUT/$mode/freeze.txt"
    # shellcheck disable=SC2086
    (. "$venv/bin/activate" && python -m pytest -q -p no:cacheprovider ${PYTEST_ARGS:-}) > "$log" 2>&1
    local rc=$?
    echo "$mode: $(grep -E '^(=+ )?[0-9]+ (passed|failed)' "$log" | tail -1) (rc $rc; versions in $OUT/$mode/freeze.txt)"
    grep -iE '^(transformers|trl|peft|datasets|accelerate|pyarrow|huggingface.hub|ray|numpy)==' \
        "$OUT/$mode/freeze.txt" | tr '\n' ' '; echo
    if [[ $rc -eq 0 && $mode == newest && $WRITE_CI == 1 ]]; then
        { echo "# pip freeze of a green dataset_scripts/test_versions.sh newest run ($(date -u +%F), Python $("$venv/bin/python" -c 'import platform; print(platform.python_version())'))"
          echo "# used as: pip install -e \".[train,test,ray,arena,agent]\" \"$TORCH_PIN\" -c constraints/ci.txt"
          cat "$OUT/$mode/freeze.txt"; } > constraints/ci.txt
        echo "wrote constraints/ci.txt"
    fi
    return $rc
}

status=0
case $MODE in
    lowest|newest) run_one "$MODE" || status=1 ;;
    both) run_one lowest || status=1; run_one newest || status=1 ;;
    *) echo "usage: $0 [lowest|newest|both] [--write-ci]" >&2; exit 2 ;;
esac
exit $status
