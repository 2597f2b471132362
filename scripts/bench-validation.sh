#!/usr/bin/env bash
# Side by side: the validation engine and `baken validate` against scikit-learn/numpy, on the
# numbers the engine promises, in one run on one machine:
#   1. whole process, full metric set (no bootstrap), 1M-row CSV:  baken validate >= 5x faster than
#      python (interpreter + imports + pandas.read_csv + metrics), with 3 subgroup columns (the main
#      figure) and without; AUROC of both equal to 1e-9.
#   2. 1,000 bootstrap AUROC replicates on 100k rows: engine >= 30x faster than a loop of
#      sklearn roc_auc_score (in process, as before); plus the whole-process variant
#      `baken validate --bootstrap 1000` against the python loop including its read.
#   3. 10M-row CSV: peak RSS of the whole `baken validate` process < 500 MB (no bootstrap; and with a
#      few bootstrap replicates, whose memory does not grow with their number); CPU time / wall time
#      says whether both cores are used.
# Data is generated in a temporary folder (deterministic: the benchmark's generator, seed 3,
# columns id,y_true,y_score,sex,age_band,site) and removed at the end.
# The python side is benchmarks/python/sklearn_validate.py and sklearn_bootstrap.py.
#
# Usage: scripts/bench-validation.sh [replicates-for-the-in-process-python-loop, default 1000]
# Environment:
#   BENCH_REPEATS=3          runs of each 1M-row process (interleaved; the median is reported)
#   BENCH_BIG_ROWS=10000000  rows of the memory test; 0 skips it
#   BENCH_BIG_BOOTSTRAP=20   bootstrap replicates of the 10M-row run with bootstrap; 0 skips it
#   BENCH_ALL4=1             also time a python bootstrap loop that computes the 4 metrics baken's does
#   BENCH_BAKEN_DLL=path     time another build of the CLI instead of the ReadyToRun publish the README installs
#   BENCH_MAX_BUSY=0.3       before each run, wait (up to BENCH_WAIT=300 s) until others use less CPU than this (cores)
# For BenchmarkDotNet's careful numbers instead:
#   dotnet run -c Release --project benchmarks/Baken.Benchmarks -- --filter '*ClassificationBenchmarks*'
set -euo pipefail
cd "$(dirname "$0")/.."
replicates="${1:-1000}"
repeats="${BENCH_REPEATS:-3}"
big_rows="${BENCH_BIG_ROWS:-10000000}"
big_bootstrap="${BENCH_BIG_BOOTSTRAP:-20}"
all4="${BENCH_ALL4:-1}"
max_busy="${BENCH_MAX_BUSY:-0.3}"
max_wait="${BENCH_WAIT:-300}"
thresholds=(--threshold 0.1 --threshold 0.3 --threshold 0.5)
subgroups=(--subgroup sex --subgroup age_band --subgroup site)

# ---------------------------------------------------------------- tools
install_debian() {
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing Debian's $* for the comparison..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "Missing $*: run 'sudo apt-get install $*'." >&2
    exit 1
  fi
}
[[ -x /usr/bin/time ]] || install_debian time
python=/usr/bin/python3
"$python" -c 'import sklearn, numpy, scipy' 2>/dev/null || install_debian python3-sklearn
"$python" -c 'import pandas' 2>/dev/null || install_debian python3-pandas

dotnet build -c Release benchmarks/Baken.Benchmarks -v quiet -nologo >/dev/null
bench=benchmarks/Baken.Benchmarks/bin/Release/net10.0/Baken.Benchmarks.dll
# The agent as installed (README): a ReadyToRun publish for this machine's runtime identifier.
rid="$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')"
baken="${BENCH_BAKEN_DLL:-artifacts/bench-agent/baken.dll}"
[[ -n "${BENCH_BAKEN_DLL:-}" ]] || dotnet publish src/Baken.Cli -c Release -r "${rid:-linux-x64}" -o artifacts/bench-agent -v quiet -nologo >/dev/null
pyval=benchmarks/python/sklearn_validate.py
pyboot=benchmarks/python/sklearn_bootstrap.py

tmp="$(mktemp -d "${TMPDIR:-/tmp}/bench-validation.XXXXXX")"
sampler=""
cleanup() {
  [[ -n "$sampler" ]] && kill "$sampler" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# ---------------------------------------------------------------- machine load
# The load average also counts this script's own runs, so "is someone else busy" is measured
# between our runs as the CPU time used by everything over one second (/proc/stat), in cores.
# A background sampler records the 1-minute load average over the whole run.
busy_cores() {
  local a b
  a="$(head -1 /proc/stat)"
  sleep 1
  b="$(head -1 /proc/stat)"
  awk -v a="$a" -v b="$b" 'BEGIN {
    na = split(a, x, " "); split(b, y, " ")
    for (i = 2; i <= 9 && i <= na; i++) { d = y[i] - x[i]; total += d; if (i == 5 || i == 6) idle += d }
    printf "%.2f", (total > 0 ? (1 - idle / total) * '"$(nproc)"' : 0) }'
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

# ---------------------------------------------------------------- measuring whole processes
# measure KEY LOGFILE command...: one run under /usr/bin/time; appends "wall user+sys maxrss-KiB others"
# to $tmp/KEY.runs ("others" = cores busy with other work just before). Fails the script if the command fails.
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
# st KEY FIELD: median wall (1), median CPU (2), max RSS KiB (3), max cores busy with others before a run (4)
st() {
  case "$2" in
    3 | 4) awk -v f="$2" '$f > m { m = $f } END { print m + 0 }' "$tmp/$1.runs" ;;
    *) awk -v f="$2" '{ print $f }' "$tmp/$1.runs" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }' ;;
  esac
}
describe() { # describe KEY -> "0.62 s, 102 MB"
  local runs
  runs="$(wc -l <"$tmp/$1.runs")"
  awk -v w="$(st "$1" 1)" -v r="$(st "$1" 3)" -v n="$runs" \
    'BEGIN { printf "%.2f s, %.0f MB%s", w, r * 1024 / 1e6, (n > 1 ? sprintf(" (median of %d)", n) : "") }'
}

echo "== Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== baken: $baken"
echo "== $(dotnet --version | sed 's/^/.NET SDK /'); $("$python" -c 'import sys, sklearn, numpy, scipy, pandas; print(f"Python {sys.version.split()[0]}, scikit-learn {sklearn.__version__}, numpy {numpy.__version__}, scipy {scipy.__version__}, pandas {pandas.__version__}")')"

echo
echo "== Generating data in $tmp (seed 3)"
dotnet "$bench" stopwatch write-csv 1000000 "$tmp/p1m.csv"
dotnet "$bench" stopwatch write-csv 100000 "$tmp/p100k.csv"
if ((big_rows > 0)); then
  dotnet "$bench" stopwatch write-csv "$big_rows" "$tmp/big.csv"
fi
ls -l "$tmp"/*.csv | awk '{ printf "  %-60s %6.0f MB\n", $NF, $5 / 1e6 }'

# ---------------------------------------------------------------- 1. full metric set, 1M rows
echo
echo "== 1. Full metric set (no bootstrap), 1,000,000 rows, whole processes, ${repeats} interleaved runs each"
for ((r = 1; r <= repeats; r++)); do
  measure baken_sg "$tmp/baken_sg.log" dotnet "$baken" validate --predictions "$tmp/p1m.csv" --bootstrap 0 "${thresholds[@]}" "${subgroups[@]}" --output "$tmp/baken_sg.json"
  measure py_sg "$tmp/py_sg.log" "$python" "$pyval" "$tmp/p1m.csv" "${thresholds[@]}" "${subgroups[@]}" --output "$tmp/py_sg.json" --phases
  measure baken_plain "$tmp/baken_plain.log" dotnet "$baken" validate --predictions "$tmp/p1m.csv" --bootstrap 0 "${thresholds[@]}" --output "$tmp/baken_plain.json"
  measure py_plain "$tmp/py_plain.log" "$python" "$pyval" "$tmp/p1m.csv" "${thresholds[@]}" --output "$tmp/py_plain.json" --phases
  echo "  run $r: baken+subgroups $(sed -n "${r}p" "$tmp/baken_sg.runs" | cut -d' ' -f1) s, python+subgroups $(sed -n "${r}p" "$tmp/py_sg.runs" | cut -d' ' -f1) s, baken $(sed -n "${r}p" "$tmp/baken_plain.runs" | cut -d' ' -f1) s, python $(sed -n "${r}p" "$tmp/py_plain.runs" | cut -d' ' -f1) s"
done
echo "  where python's time goes (last run, with subgroups; the rest is interpreter start):"
cat "$tmp/py_sg.log"

# Agreement: AUROC overall and per subgroup value to 1e-9; the other scalar metrics for information.
agreement="$("$python" - "$tmp/baken_sg.json" "$tmp/py_sg.json" "$tmp/baken_plain.json" "$tmp/py_plain.json" <<'PY'
import json, sys
keys = ["auroc", "aurocSe", "auprc", "brier", "logLoss", "calibrationInTheLarge", "calibrationIntercept",
        "calibrationSlope", "observedExpectedRatio", "ece"]
auroc_diff, other = 0.0, {}
def sets(doc):
    yield "overall", doc["overall"]
    for column, values in doc["subgroups"].items():
        for value, metrics in values.items():
            yield f"{column}={value}", metrics
for b_path, p_path in [(sys.argv[1], sys.argv[2]), (sys.argv[3], sys.argv[4])]:
    baken, python = dict(sets(json.load(open(b_path)))), dict(sets(json.load(open(p_path))))
    assert baken.keys() == python.keys(), (baken.keys(), python.keys())
    for scope, b in baken.items():
        p = python[scope]
        if b.get("suppressed") or p.get("suppressed"):
            assert b.get("suppressed") == p.get("suppressed"), scope
            continue
        auroc_diff = max(auroc_diff, abs(b["auroc"] - p["auroc"]))
        for k in keys:
            other[k] = max(other.get(k, 0.0), abs(b[k] - p[k]))
        for tb, tp in zip(b["thresholds"], p["thresholds"]):
            assert (tb["tp"], tb["fp"], tb["fn"], tb["tn"]) == (tp["tp"], tp["fp"], tp["fn"], tp["tn"]), scope
        assert len(b["calibrationCurve"]["meanPredicted"]) == len(p["calibrationCurve"]["meanPredicted"]), scope
print(f"{auroc_diff:.1e}")
print("  largest |baken - python| over all metric sets: " + ", ".join(f"{k} {v:.0e}" for k, v in other.items()))
print(f"  overall AUROC: baken {baken['overall']['auroc']!r}, python {python['overall']['auroc']!r}; confusion matrices identical")
PY
)"
auroc_diff="$(echo "$agreement" | head -1)"
echo "$agreement" | tail -n +2

# ---------------------------------------------------------------- 2. bootstrap
echo
echo "== 2a. 1,000 bootstrap AUROC replicates on 100k rows, in process (engine stopwatch run; also times reading and metrics)"
wait_quiet
dotnet_out="$(dotnet "$bench" stopwatch 1000000)"
echo "$dotnet_out" | sed 's/^/  /'
dotnet_ms="$(echo "$dotnet_out" | grep '^1,000 bootstrap AUROC replicates, 100k rows  ' | awk '{print $(NF-1)}')"
wait_quiet
python_ms="$("$python" - "$replicates" <<'PY'
import sys, time
import numpy as np
from sklearn.metrics import roc_auc_score
n, reps = 100_000, int(sys.argv[1])
rng = np.random.default_rng(2)
y = (rng.random(n) < 0.3).astype(np.int8)
s = 1 / (1 + np.exp(-(rng.standard_normal(n) + y - 1)))
out = np.empty(reps)
start = time.perf_counter()
for r in range(reps):
    idx = rng.integers(0, n, n)
    out[r] = roc_auc_score(y[idx], s[idx])
print(f"{(time.perf_counter() - start) * 1000 * 1000 / reps:.1f}")
PY
)"
echo "  python: 1,000 bootstrap AUROC replicates, 100k rows (loop of roc_auc_score)  ${python_ms} ms (measured on ${replicates}, scaled to 1,000)"

echo
echo "== 2b. Whole processes: baken validate --bootstrap 1000 on a 100k-row CSV vs the python loop including its read"
measure baken_boot "$tmp/baken_boot.log" dotnet "$baken" validate --predictions "$tmp/p100k.csv" --bootstrap 1000 "${thresholds[@]}" --output "$tmp/baken_boot.json"
measure py_boot "$tmp/py_boot.log" "$python" "$pyboot" "$tmp/p100k.csv" --replicates 1000
echo "  baken  $(describe baken_boot), CPU $(st baken_boot 2) s; AUROC 95% bootstrap interval $("$python" -c 'import json,sys; print("[%.6f, %.6f]" % tuple(json.load(open(sys.argv[1]))["overall"]["bootstrap"]["aurocCi95"]))' "$tmp/baken_boot.json")"
echo "  python $(describe py_boot), CPU $(st py_boot 2) s; $(head -1 "$tmp/py_boot.log")"
if [[ "$all4" == 1 ]]; then
  measure py_boot4 "$tmp/py_boot4.log" "$python" "$pyboot" "$tmp/p100k.csv" --replicates 1000 --metrics all4
  echo "  python, the 4 metrics baken bootstraps (AUROC, AUPRC, Brier, calibration slope): $(describe py_boot4)"
fi

# ---------------------------------------------------------------- 3. memory at 10M rows
if ((big_rows > 0)); then
  echo
  echo "== 3. ${big_rows} rows ($(awk -v b="$(wc -c <"$tmp/big.csv")" 'BEGIN { printf "%.0f MB", b / 1e6 }')), whole baken validate process with 3 subgroup columns"
  measure big "$tmp/big.log" dotnet "$baken" validate --predictions "$tmp/big.csv" --bootstrap 0 "${thresholds[@]}" "${subgroups[@]}" --output "$tmp/big.json"
  echo "  no bootstrap: $(describe big), CPU (user+sys) $(st big 2) s"
  if ((big_bootstrap > 0)); then
    measure big_boot "$tmp/big_boot.log" dotnet "$baken" validate --predictions "$tmp/big.csv" --bootstrap "$big_bootstrap" "${thresholds[@]}" "${subgroups[@]}" --output "$tmp/big_boot.json"
    echo "  --bootstrap ${big_bootstrap}: $(describe big_boot), CPU (user+sys) $(st big_boot 2) s"
  fi
fi

# ---------------------------------------------------------------- summary
kill "$sampler" 2>/dev/null || true
sampler=""
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? (v >= t) : (v < t); print ok ? "PASS" : "FAIL" }'; }
cores_used() { awk -v c="$(st "$1" 2)" -v w="$(st "$1" 1)" 'BEGIN { printf "CPU/wall %.2f: %s", c / w, (c / w > 1.3 ? "both cores used" : "one core") }'; }
row() { printf "%-4s %-58s %-30s %-30s %-9s %-9s %s\n" "$@"; }

echo
echo "==================================================================== SUMMARY"
row "" "what" ".NET (baken / engine)" "Python (sklearn/numpy)" "ratio" "target" "result"
sg_ratio="$(awk -v p="$(st py_sg 1)" -v d="$(st baken_sg 1)" 'BEGIN { print p / d }')"
plain_ratio="$(awk -v p="$(st py_plain 1)" -v d="$(st baken_plain 1)" 'BEGIN { print p / d }')"
row 1 "full metric set, 1M rows + 3 subgroup cols (MAIN)" "$(describe baken_sg | sed 's/ (median.*//')" "$(describe py_sg | sed 's/ (median.*//')" \
  "$(ratio "$(st py_sg 1)" "$(st baken_sg 1)")" ">= 5x" "$(verdict "$sg_ratio" 5 '>=')"
row 1b "full metric set, 1M rows, no subgroups" "$(describe baken_plain | sed 's/ (median.*//')" "$(describe py_plain | sed 's/ (median.*//')" \
  "$(ratio "$(st py_plain 1)" "$(st baken_plain 1)")" ">= 5x" "$(verdict "$plain_ratio" 5 '>=')"
row 1c "same AUROC (overall + every subgroup), max |diff|" "$auroc_diff" "" "" "<= 1e-9" "$(verdict "$auroc_diff" 1e-9 '<')"
boot_ratio="$(awk -v p="$python_ms" -v d="$dotnet_ms" 'BEGIN { print p / d }')"
row 2 "1,000 bootstrap AUROC reps, 100k rows, in process" "${dotnet_ms} ms" "${python_ms} ms" "$(ratio "$python_ms" "$dotnet_ms")" ">= 30x" "$(verdict "$boot_ratio" 30 '>=')"
row 2b "whole process: validate --bootstrap 1000 vs loop+read" "$(describe baken_boot)" "$(describe py_boot)" \
  "$(ratio "$(st py_boot 1)" "$(st baken_boot 1)")" "-" "context"
if [[ "$all4" == 1 ]]; then
  row 2c "  same, python bootstrapping baken's 4 metrics" "$(describe baken_boot)" "$(describe py_boot4)" \
    "$(ratio "$(st py_boot4 1)" "$(st baken_boot 1)")" "-" "context"
fi
if ((big_rows > 0)); then
  big_mb="$(awk -v r="$(st big 3)" 'BEGIN { print r * 1024 / 1e6 }')"
  row 3 "${big_rows} rows + 3 subgroup cols: peak RSS, no bootstrap" "$(describe big)" "" "" "< 500 MB" "$(verdict "$big_mb" 500 '<')"
  row "" "  ($(st big 3) KiB; $(cores_used big))" "" "" "" "" ""
  if ((big_bootstrap > 0)); then
    bigb_mb="$(awk -v r="$(st big_boot 3)" 'BEGIN { print r * 1024 / 1e6 }')"
    row 3b "  same with --bootstrap ${big_bootstrap}" "$(describe big_boot)" "" "" "< 500 MB" "$(verdict "$bigb_mb" 500 '<')"
    row "" "  ($(st big_boot 3) KiB; $(cores_used big_boot))" "" "" "" "" ""
  fi
fi
echo
echo "Wall time and peak RSS of whole processes from /usr/bin/time (MB = 10^6 bytes); python = interpreter start +"
echo "imports + pandas.read_csv + metrics; baken = runtime start + read + metrics + JSON and HTML written."
echo "Rows 2b and 2c are context, not targets: the bootstrap target (row 2) compares the replicates themselves."
echo "Baken's --bootstrap computes 4 bootstrapped metrics per replicate (AUROC, AUPRC, Brier, calibration slope)"
echo "on top of the full metric set; the python loop of 2b computes AUROC only."
for key in baken_sg baken_plain; do echo "CPU/wall of $key: $(cores_used "$key")"; done
awk 'NR == 1 { min = $2; max = $2 } { s += $2; if ($2 < min) min = $2; if ($2 > max) max = $2 }
  END { printf "Machine load (1-min average, this script included) during the runs: min %.2f, mean %.2f, max %.2f over %d samples\n", min, s / NR, max, NR }' "$tmp/load.log"
cat "$tmp"/*.runs | awk '$4 > m { m = $4 } END { printf "CPU used by other processes in the second before each measured run: at most %.2f cores\n", m }'
[[ -f "$tmp/busy.log" ]] && echo "WARNING: some runs started while the machine was busy: $(wc -l <"$tmp/busy.log") times" || true
