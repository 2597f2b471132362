#!/usr/bin/env bash
# Server render time of the register list page (/register, HTML) with many products: one request
# at a time over loopback, each URL different (search terms, filters, sort and page vary), so no
# cache answers; curl's time_total per request. Target: p50 < 30 ms and p99 < 100 ms at 10,000
# demo products.
#
# Usage: scripts/bench-pages.sh [products]   (default 10000)
# Knobs (environment): REQUESTS=600 (measured), WARMUP=100 (not measured), MAX_P50_MS=30, MAX_P99_MS=100
# Exit code: 0 when both targets hold, 1 when one fails, 2 on a setup error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
products="${1:-10000}"
requests="${REQUESTS:-600}"
warmup="${WARMUP:-100}"
max_p50="${MAX_P50_MS:-30}"
max_p99="${MAX_P99_MS:-100}"
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "Building src/Baken.Web (Release)"
dotnet build src/Baken.Web -c Release -nologo -v quiet >/dev/null
app_dir="$root/src/Baken.Web/bin/Release/net10.0"

tmp=$(mktemp -d /tmp/baken-bench-pages.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

port=$((20000 + RANDOM % 30000))
base="http://127.0.0.1:$port"
(
  cd "$app_dir"
  exec env ASPNETCORE_ENVIRONMENT=Production Baken__Demo=true Baken__Demo__Products="$products" \
    Baken__Database__Path="$tmp/baken.db" dotnet Baken.Web.dll --urls "$base"
) >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 1200); do
  curl -fs -o /dev/null --max-time 2 "$base/health" && break
  kill -0 "$server_pid" 2>/dev/null || { tail -n 40 "$tmp/server.log" >&2; exit 2; }
  sleep 0.15
done
curl -fs -o /dev/null "$base/health" || { echo "the server did not start" >&2; tail -n 40 "$tmp/server.log" >&2; exit 2; }
total=$(curl -fs "$base/register" | grep -o '<h2 id="results-title"[^<]*' | sed 's/.*>//')
echo "server on $base with $products demo products; /register says: $total"

# The URLs: a mix of what visitors do. Each gets a unique, harmless suffix on the search term
# (punctuation, which the search folds away), so every request runs the search and the render.
terms=(verslag ct long hart "" diabetes radiologie spraak "" triage)
areas=("" diagnostics administrative "" prevention-monitoring-support "")
sectors=("" hospital "" general-practice mental-health)
sorts=(name updated name)
url() {
  local i=$1
  local term=${terms[$((i % ${#terms[@]}))]}
  local marks="" n=$i
  while :; do case $((n % 4)) in 0) marks+="-";; 1) marks+=".";; 2) marks+="_";; 3) marks+="~";; esac; n=$((n / 4)); [ $n -eq 0 ] && break; done
  printf '%s/register?search=%s%s&area=%s&sector=%s&sort=%s&page=%d' "$base" "$term" "%20$marks" \
    "${areas[$((i % ${#areas[@]}))]}" "${sectors[$((i % ${#sectors[@]}))]}" "${sorts[$((i % ${#sorts[@]}))]}" $(( (i % 3) + 1 ))
}

echo "warming up ($warmup requests)"
for i in $(seq 1 "$warmup"); do curl -fs -o /dev/null "$(url $((i + 100000)))" || true; done

echo "measuring $requests requests, one at a time"
: >"$tmp/times"
errors=0
for i in $(seq 1 "$requests"); do
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$(url "$i")")
  code=${out%% *}
  [ "$code" = 200 ] || errors=$((errors + 1))
  echo "${out#* }" >>"$tmp/times"
done

sort -g "$tmp/times" | awk -v max50="$max_p50" -v max99="$max_p99" -v errors="$errors" '
  { t[NR] = $1 * 1000 }
  END {
    p50 = t[int(NR * 0.50) > 0 ? int(NR * 0.50) : 1]; p90 = t[int(NR * 0.90)]; p99 = t[int(NR * 0.99)]
    printf "register list page: n=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  non-200: %d\n", NR, p50, p90, p99, t[NR], errors
    ok = (p50 < max50 && p99 < max99 && errors == 0)
    printf "targets p50 < %d ms, p99 < %d ms, no errors: %s\n", max50, max99, ok ? "PASS" : "FAIL"
    exit ok ? 0 : 1
  }'
