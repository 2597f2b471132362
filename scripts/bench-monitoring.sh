#!/usr/bin/env bash
# Side by side: `baken monitor` against the same statistics computed with numpy/scipy/scikit-learn
# (benchmarks/python/monitoring_reference.py), whole processes, on a period of 1,000,000 rows with
# y_score and 5 features (age, prior_admissions, lab, sex, ward; all labelled, so the labelled
# performance with 2 subgroup columns is computed too) against a 1,000,000-row reference.
# Targets: baken < 2 s wall, and >= 10x faster than python. Also prints peak RSS of both and checks
# that the two results agree (the golden set's compare.py with python's JSON as the expectation).
# As a yardstick for a shared, busy machine it also times `baken validate` on the period file
# (1M rows, no bootstrap), whose quiet-machine time is known (about 0.28 s, see Baken.Cli.csproj).
#
# The data is generated once (benchmarks/python/monitoring_data.py, numpy seed 11) into a cache
# folder and reused; the agent is the ReadyToRun publish the README installs.
#
# Usage: scripts/bench-monitoring.sh
# Environment:
#   BENCH_ROWS=1000000       rows of the reference and of the period
#   BENCH_REPEATS=3          runs of each process (interleaved; the median is reported)
#   BENCH_CACHE=dir          where the generated files are kept (default ~/.cache/baken-bench-monitoring)
#   BENCH_BAKEN_DLL=path     time another build of the CLI instead of the ReadyToRun publish
#   BENCH_MAX_BUSY=0.3       before each run, wait (up to BENCH_WAIT=300 s) until others use less CPU than this (cores)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${BENCH_ROWS:-1000000}"
repeats="${BENCH_REPEATS:-3}"
cache="${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/baken-bench-monitoring}/$rows"
max_busy="${BENCH_MAX_BUSY:-0.3}"
max_wait="${BENCH_WAIT:-300}"
compare=../shared/data/monitoring/compare.py

# ---------------------------------------------------------------- tools
install_debian() {
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing Debian's $* for the comparison..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "Missing $*: run 'sudo apt-get install $*'." >&2
    exit 2
  fi
}
[[ -x /usr/bin/time ]] || install_debian time
python=/usr/bin/python3
"$python" -c 'import sklearn, numpy, scipy' 2>/dev/null || install_debian python3-sklearn python3-scipy
"$python" -c 'import pandas' 2>/dev/null || install_debian python3-pandas
[[ -f "$compare" ]] || { echo "Missing $compare (the shared monitoring golden set)." >&2; exit 2; }

rid="$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')"
baken="${BENCH_BAKEN_DLL:-artifacts/bench-agent/baken.dll}"
[[ -n "${BENCH_BAKEN_DLL:-}" ]] || dotnet publish src/Baken.Cli -c Release -r "${rid:-linux-x64}" -o artifacts/bench-agent -v quiet -nologo >/dev/null
pyref=benchmarks/python/monitoring_reference.py
pydata=benchmarks/python/monitoring_data.py

tmp="$(mktemp -d "${TMPDIR:-/tmp}/bench-monitoring.XXXXXX")"
sampler=""
cleanup() {
  [[ -n "$sampler" ]] && kill "$sampler" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# ---------------------------------------------------------------- data (generated once)
stamp="$(sha256sum "$pydata" | cut -c1-16)"
if [[ ! -f "$cache/$stamp.done" ]]; then
  echo "== Generating ${rows}-row reference and period in $cache (once; about half a minute per million rows)"
  rm -rf "$cache" && mkdir -p "$cache"
  "$python" "$pydata" "$cache" "$rows"
  touch "$cache/$stamp.done"
fi
ls -l "$cache"/*.csv | awk '{ printf "  %-70s %6.0f MB\n", $NF, $5 / 1e6 }'

# ---------------------------------------------------------------- machine load
# The load average also counts this script's own runs, so "is someone else busy" is measured between
# our runs as the CPU time used by everything over one second (/proc/stat), in cores.
busy_cores() {
  local a b
  a="$(head -1 /proc/stat)"
  sleep 1
  b="$(head -1 /proc/stat)"
  awk -v a="$a" -v b="$b" -v cores="$(nproc)" 'BEGIN {
    na = split(a, x, " "); split(b, y, " ")
    for (i = 2; i <= 9 && i <= na; i++) { d = y[i] - x[i]; total += d; if (i == 5 || i == 6) idle += d }
    printf "%.2f", (total > 0 ? (1 - idle / total) * cores : 0) }'
}
wait_quiet() {
  local waited=0 busy
  while :; do
    busy="$(busy_cores)"
    if awk -v o="$busy" -v m="$max_busy" 'BEGIN { exit !(o < m) }'; then
      break
    fi
    if ((waited >= max_wait)); then
      echo "  (machine still busy after ${max_wait}s: ${busy} cores in use by others; measuring anyway)"
      echo "busy-after-wait $busy" >>"$tmp/busy.log"
      break
    fi
    echo "  (waiting: ${busy} cores in use by others, load $(cut -d' ' -f1-3 /proc/loadavg))"
    sleep 10
    waited=$((waited + 10))
  done
  last_busy="$busy"
}
(while :; do echo "$(date +%s) $(cut -d' ' -f1,4 /proc/loadavg)"; sleep 2; done) >"$tmp/load.log" &
sampler=$!

# measure KEY LOGFILE command...: one run under /usr/bin/time; appends "wall cpu maxrss-KiB others" to $tmp/KEY.runs.
measure() {
  local key="$1" log="$2"
  shift 2
  wait_quiet
  if ! /usr/bin/time -f '%e %U %S %M' -o "$tmp/time.txt" "$@" >"$log" 2>&1; then
    echo "FAILED: $*" >&2
    cat "$log" >&2
    exit 1
  fi
  awk -v o="$last_busy" '{ printf "%s %.2f %s %s\n", $1, $2 + $3, $4, o }' "$tmp/time.txt" >>"$tmp/$key.runs"
}
# st KEY FIELD: median wall (1), median CPU (2), max RSS KiB (3)
st() {
  case "$2" in
    3) awk '$3 > m { m = $3 } END { print m + 0 }' "$tmp/$1.runs" ;;
    *) awk -v f="$2" '{ print $f }' "$tmp/$1.runs" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }' ;;
  esac
}
describe() { awk -v w="$(st "$1" 1)" -v c="$(st "$1" 2)" -v r="$(st "$1" 3)" 'BEGIN { printf "%.2f s (CPU %.2f s), %.0f MB", w, c, r * 1024 / 1e6 }'; }

echo
echo "== Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== baken: $baken"
echo "== $(dotnet --version | sed 's/^/.NET SDK /'); $("$python" -c 'import sys, sklearn, numpy, scipy, pandas; print(f"Python {sys.version.split()[0]}, scikit-learn {sklearn.__version__}, numpy {numpy.__version__}, scipy {scipy.__version__}, pandas {pandas.__version__}")')"
echo
echo "== baken monitor vs python, ${rows}-row period against a ${rows}-row reference, ${repeats} interleaved runs each"
files=(--plan "$cache/plan.json" --reference "$cache/reference.csv" --period "$cache/period.csv")
for ((r = 1; r <= repeats; r++)); do
  measure baken "$tmp/baken.log" dotnet "$baken" monitor "${files[@]}" --output "$tmp/baken/result.json"
  measure python "$tmp/python.log" "$python" "$pyref" "$cache/plan.json" "$cache/reference.csv" "$cache/period.csv" --output "$tmp/python.json" --phases
  measure validate "$tmp/validate.log" dotnet "$baken" validate --predictions "$cache/period.csv" --bootstrap 0 --threshold 0.3 --output "$tmp/validate/result.json"
  echo "  run $r: baken $(sed -n "${r}p" "$tmp/baken.runs" | cut -d' ' -f1) s, python $(sed -n "${r}p" "$tmp/python.runs" | cut -d' ' -f1) s, yardstick validate $(sed -n "${r}p" "$tmp/validate.runs" | cut -d' ' -f1) s"
done
echo "  where python's time goes (last run):"
cat "$tmp/python.log"

echo
echo "== Agreement: compare.py baken-result python-result (python's values as the expectation, the golden tolerances)"
if "$python" "$compare" "$tmp/baken/result.json" "$tmp/python.json" >"$tmp/compare.log"; then agree=PASS; else agree=FAIL; fi
sed 's/^/  /' "$tmp/compare.log" | tail -8

# ---------------------------------------------------------------- summary
kill "$sampler" 2>/dev/null || true
sampler=""
row() { printf "%-44s %-32s %-32s %-7s %-16s %s\n" "$@"; }
ratio="$(awk -v p="$(st python 1)" -v b="$(st baken 1)" 'BEGIN { printf "%.1f", p / b }')"
echo
echo "==================================================================== SUMMARY"
row "what" "baken monitor (ReadyToRun)" "python (numpy/scipy/sklearn)" "ratio" "target" "result"
row "${rows} vs ${rows} rows, 5 features, whole process" "$(describe baken)" "$(describe python)" "${ratio}x" "< 2 s, >= 10x" \
  "$(awk -v w="$(st baken 1)" -v r="$ratio" 'BEGIN { print (w < 2 ? "PASS" : "FAIL") " / " (r >= 10 ? "PASS" : "FAIL") }')"
row "same statistics (compare.py, 0 mismatches)" "" "" "" "0 mismatches" "$agree"
row "yardstick: baken validate, 1M rows" "$(describe validate)" "" "" "~0.28 s quiet" "context"
echo
echo "Medians of ${repeats} runs; wall time and peak RSS from /usr/bin/time (MB = 10^6 bytes). python = interpreter start +"
echo "imports + pandas.read_csv + statistics; baken = runtime start + read + statistics + JSON and HTML report written."
awk 'NR == 1 { min = $2; max = $2 } { s += $2; if ($2 < min) min = $2; if ($2 > max) max = $2 }
  END { printf "Machine load (1-min average, this script included) during the runs: min %.2f, mean %.2f, max %.2f\n", min, s / NR, max }' "$tmp/load.log"
cat "$tmp"/*.runs | awk '$4 > m { m = $4 } END { printf "CPU used by other processes in the second before each measured run: at most %.2f cores\n", m }'
[[ -f "$tmp/busy.log" ]] && echo "WARNING: some runs started while the machine was busy: $(wc -l <"$tmp/busy.log") times" || true
[[ "$agree" == PASS ]] && awk -v w="$(st baken 1)" -v r="$ratio" 'BEGIN { exit !(w < 2 && r >= 10) }'
