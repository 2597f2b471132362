#!/usr/bin/env bash
# Speed of `baken validate-planning`, whole process (runtime start + reading + checking + result JSON
# + HTML report), with the agent as installed (README "Local validation": the ReadyToRun publish).
# Targets: under 1 s for
#   1. HHCRSP, 100 patients (the largest published instance class): the published E6 instance with its
#      BRKGA plan (hh-ext-03), and a generated 100-patient instance;
#   2. HHCRSP, a generated plan of 1,000 visits (777 patients, 100 staff) in the published format;
#   3. INRC-II, a generated 8-week, 120-nurse case shaped like n120w8, with and without the working-time rules.
# Inputs are generated in a temporary folder by benchmarks/python/generate_planning.py (seed 7) and
# removed at the end; the generated plans are feasible by construction, so the check runs its full path.
#
# Usage: scripts/bench-planning.sh
# Environment:
#   BENCH_REPEATS=5          runs of each case (the median is reported)
#   BENCH_BAKEN_DLL=path     time another build of the CLI instead of the ReadyToRun publish
#   BENCH_MAX_BUSY=0.3       before each run, wait (up to BENCH_WAIT=300 s) until others use less CPU than this (cores)
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${BENCH_REPEATS:-5}"
max_busy="${BENCH_MAX_BUSY:-0.3}"
max_wait="${BENCH_WAIT:-300}"
data=../shared/data/planning
python=/usr/bin/python3
[[ -x /usr/bin/time ]] || { echo "Missing /usr/bin/time: run 'sudo apt-get install time'." >&2; exit 1; }

rid="$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')"
baken="${BENCH_BAKEN_DLL:-artifacts/bench-agent/baken.dll}"
[[ -n "${BENCH_BAKEN_DLL:-}" ]] || nice -n 10 dotnet publish src/Baken.Cli -c Release -r "${rid:-linux-x64}" -o artifacts/bench-agent -v quiet -nologo >/dev/null

tmp="$(mktemp -d "${TMPDIR:-/tmp}/bench-planning.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# CPU used by everything over one second (/proc/stat), in cores: the load average would count our own runs.
busy_cores() {
  local a b
  a="$(head -1 /proc/stat)"
  sleep 1
  b="$(head -1 /proc/stat)"
  awk -v a="$a" -v b="$b" 'BEGIN { na = split(a, x, " "); split(b, y, " ")
    for (i = 2; i <= 9 && i <= na; i++) { d = y[i] - x[i]; total += d; if (i == 5 || i == 6) idle += d }
    printf "%.2f", (total > 0 ? (1 - idle / total) * '"$(nproc)"' : 0) }'
}
wait_quiet() {
  local waited=0 busy
  while :; do
    busy="$(busy_cores)"
    if awk -v o="$busy" -v m="$max_busy" 'BEGIN { exit !(o < m) }'; then break; fi
    if ((waited >= max_wait)); then
      echo "  (machine still busy after ${max_wait}s: ${busy} cores in use by others; measuring anyway)"
      break
    fi
    sleep 10
    waited=$((waited + 10))
  done
  last_busy="$busy"
}

# measure KEY command...: one run under /usr/bin/time; appends "wall cpu maxrss-KiB others-cores" to $tmp/KEY.runs.
measure() {
  local key="$1"
  shift
  wait_quiet
  if ! /usr/bin/time -f '%e %U %S %M' -o "$tmp/time.txt" "$@" >"$tmp/$key.log" 2>&1; then
    echo "FAILED: $*" >&2
    cat "$tmp/$key.log" >&2
    exit 1
  fi
  awk -v o="$last_busy" '{ printf "%s %.2f %s %s\n", $1, $2 + $3, $4, o }' "$tmp/time.txt" >>"$tmp/$key.runs"
}
median() { awk '{ print $1 }' "$tmp/$1.runs" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_max() { awk -v f="$2" '$f > m { m = $f } END { print m + 0 }' "$tmp/$1.runs"; }

echo "== Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== baken: $baken ($(dotnet --version | sed 's/^/.NET SDK /'))"
echo "== Generating inputs in $tmp"
"$python" benchmarks/python/generate_planning.py hhcrsp "$tmp/h100" 100 20
"$python" benchmarks/python/generate_planning.py hhcrsp "$tmp/h1000" 0 100 1000
"$python" benchmarks/python/generate_planning.py inrc2 "$tmp/n120w8" 120 8
ls -l "$tmp"/h1000/instance.txt | awk '{ printf "  1,000-visit instance: %.1f MB\n", $5 / 1e6 }'

n=n120w8
weeks=("$tmp/$n"/WD-$n-{0..7}.txt)
sols=()
for w in {0..7}; do sols+=("$tmp/$n/Sol-$n-$w-$w.txt"); done
times="Early=06:00-14:00,Day=08:00-16:00,Late=14:00-22:00,Night=22:00-07:00"

echo "== ${repeats} interleaved runs of each case"
for ((r = 1; r <= repeats; r++)); do
  measure e6 dotnet "$baken" validate-planning hhcrsp --instance "$data/hhcrsp/instances/InstanzVNS_HCSRP_100_6.txt" \
    --plan "$data/hhcrsp/plans/hh-ext-03_E6_brkga.csv" --output "$tmp/e6.json"
  measure h100 dotnet "$baken" validate-planning hhcrsp --instance "$tmp/h100/instance.txt" --plan "$tmp/h100/plan.csv" --output "$tmp/h100.json"
  measure h1000 dotnet "$baken" validate-planning hhcrsp --instance "$tmp/h1000/instance.txt" --plan "$tmp/h1000/plan.csv" --working-time --output "$tmp/h1000.json"
  measure inrc dotnet "$baken" validate-planning inrc2 --scenario "$tmp/$n/Sc-$n.txt" --history "$tmp/$n/H0-$n-0.txt" \
    --weeks "${weeks[@]}" --solutions "${sols[@]}" --output "$tmp/inrc.json"
  measure inrc_wt dotnet "$baken" validate-planning inrc2 --scenario "$tmp/$n/Sc-$n.txt" --history "$tmp/$n/H0-$n-0.txt" \
    --weeks "${weeks[@]}" --solutions "${sols[@]}" --shift-times "$times" --output "$tmp/inrc_wt.json"
  echo "  run $r: E6 $(sed -n "${r}p" "$tmp/e6.runs" | cut -d' ' -f1) s, 100 patients $(sed -n "${r}p" "$tmp/h100.runs" | cut -d' ' -f1) s," \
    "1,000 visits $(sed -n "${r}p" "$tmp/h1000.runs" | cut -d' ' -f1) s, n120w8 $(sed -n "${r}p" "$tmp/inrc.runs" | cut -d' ' -f1) s," \
    "n120w8 + working time $(sed -n "${r}p" "$tmp/inrc_wt.runs" | cut -d' ' -f1) s"
done

"$python" - "$tmp/e6.json" "$tmp/h1000.json" "$tmp/inrc_wt.json" <<'PY'
import json, sys
e6, h1000, inrc = (json.load(open(p)) for p in sys.argv[1:])
print(f"  checks: E6 objective {e6['overall']['objective']:.6f} (golden 790.467507), feasible {e6['overall']['feasible']};"
      f" 1,000 visits: {h1000['overall']['visits']} visits, feasible {h1000['overall']['feasible']};"
      f" n120w8: total cost {inrc['overall']['totalCost']}, working-time violations {inrc['workingTime']['violations']}")
PY

row() { printf "%-62s %-12s %-10s %-9s %s\n" "$@"; }
verdict() { awk -v v="$1" 'BEGIN { print (v < 1.0) ? "PASS" : "FAIL" }'; }
echo
echo "==================================================================== SUMMARY (median wall time, whole process)"
row "case" "wall" "peak RSS" "target" "result"
for key in e6 h100 h1000 inrc inrc_wt; do
  case "$key" in
    e6) what="HHCRSP published E6 (100 patients, 20 staff) + hh-ext-03 plan" ;;
    h100) what="HHCRSP generated, 100 patients, 20 staff" ;;
    h1000) what="HHCRSP generated, 1,000 visits (777 patients, 100 staff) + working time" ;;
    inrc) what="INRC-II generated n120w8 (120 nurses, 8 weeks)" ;;
    inrc_wt) what="INRC-II n120w8 + working-time rules (--shift-times)" ;;
  esac
  row "$what" "$(median "$key") s" "$(awk -v k="$(column_max "$key" 3)" 'BEGIN { printf "%.0f MB", k * 1024 / 1e6 }')" "< 1 s" "$(verdict "$(median "$key")")"
done
echo
echo "CPU used by other processes in the second before each run: at most $(cat "$tmp"/*.runs | awk '$4 > m { m = $4 } END { printf "%.2f", m }') cores; load now $(cut -d' ' -f1-3 /proc/loadavg)."
