#!/usr/bin/env bash
# Cold start on SQLite with an existing database: the time from starting the built server
# (Production, no demo seeding) to its first 200 from GET /health, and to its first 200 from the
# register list/search (whose first request builds the in-memory index). Target: under 3 s.
# Loopback only.
#
# Usage: scripts/bench-coldstart.sh [products|all]   (default 400, the demo size; 'all' = 400 and 10000)
# Knobs (environment): RUNS=5 TARGET_MS=3000
#   QUERY='search=verslag&area=administrative&pageSize=20'
#   BENCH_CWD=app|repo  where the server runs: 'app' (default) = its output folder, so appsettings.json
#                       is its content root as in a deployment; 'repo' = the repository root, which
#                       loads no appsettings.json (all logging at Information).
#   QUIET_WAIT=0        seconds to wait, at most, before each start until the CPUs are <15% busy.
# The database is made once per size by a demo run of the same build (seeded, then stopped with
# SIGTERM); each timed start then opens it with Baken__Demo=false. The OS file cache is warm
# (the same files were just read), as on a restart. PASS/FAIL is judged on the median; the max is shown.
# Exit code: 0 when every target passes, 1 when one fails, 2 on a setup error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

arg="${1:-400}"
case "$arg" in
  all) sizes=(400 10000) ;;
  ''|*[!0-9]*) echo "usage: $0 [products|all]" >&2; exit 2 ;;
  *) sizes=("$arg") ;;
esac
runs="${RUNS:-5}"
target_ms="${TARGET_MS:-3000}"
query="${QUERY:-search=verslag&area=administrative&pageSize=20}"
bench_cwd="${BENCH_CWD:-app}"
quiet_wait="${QUIET_WAIT:-0}"
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "Building src/Baken.Web (Release)"
dotnet build src/Baken.Web -c Release -nologo -v quiet >/dev/null
app_dir="$root/src/Baken.Web/bin/Release/net10.0"
dll="$app_dir/Baken.Web.dll"
[ -f "$dll" ] || { echo "no $dll after the build" >&2; exit 2; }
case "$bench_cwd" in
  app) server_cwd="$app_dir" ;;
  repo) server_cwd="$root" ;;
  *) echo "BENCH_CWD is app or repo" >&2; exit 2 ;;
esac

tmp=$(mktemp -d /tmp/baken-coldstart.XXXXXX)
server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  [ -n "$server_pid" ] && { wait "$server_pid" 2>/dev/null || true; }
  server_pid=""
}
cleanup() { stop_server; rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free loopback port found" >&2
  return 1
}

machine_busy() {
  local a b
  a=($(head -n 1 /proc/stat)); sleep 1; b=($(head -n 1 /proc/stat))
  awk -v u="$(( b[1] + b[2] + b[3] + b[6] + b[7] + b[8] - a[1] - a[2] - a[3] - a[6] - a[7] - a[8] ))" \
      -v t="$(( b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + b[7] + b[8] - a[1] - a[2] - a[3] - a[4] - a[5] - a[6] - a[7] - a[8] ))" \
      'BEGIN { printf "%.0f", (t > 0 ? 100 * u / t : 0) }'
}
wait_quiet() {
  local busy waited=0
  busy=$(machine_busy)
  while [ "$busy" -ge 15 ] && [ "$waited" -lt "$quiet_wait" ]; do
    sleep 4; waited=$((waited + 5)); busy=$(machine_busy)
  done
  echo "$busy"
}

# start_server PORT DEMO PRODUCTS: the server in the background, as a deployment would run it.
start_server() {
  (
    cd "$server_cwd"
    exec env ASPNETCORE_ENVIRONMENT=Production Baken__Demo="$2" Baken__Demo__Products="$3" \
      Baken__Database__Path="$tmp/baken.db" dotnet "$dll" --urls "http://127.0.0.1:$1"
  ) >>"$tmp/server.log" 2>&1 &
  server_pid=$!
}

now_ns() { date +%s%N; }

# poll URL DEADLINE_NS: retries until a 200 (10 ms apart); prints the status it ended on.
poll() {
  local code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$1" 2>/dev/null || true)
    [ "$code" = 200 ] && { echo 200; return; }
    if ! kill -0 "$server_pid" 2>/dev/null || [ "$(now_ns)" -gt "$2" ]; then echo "${code:-000}"; return; fi
    sleep 0.01
  done
}

stats() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d %d %d\n", v[1], m, v[NR] }'; }

overall=0
summary=()
for products in "${sizes[@]}"; do
  echo
  echo "=== cold start, SQLite database with ${products} demo products ==="
  rm -f "$tmp"/baken.db* "$tmp/server.log"
  port=$(free_port)
  echo "making the database: a demo run (Baken__Demo=true, Baken__Demo__Products=$products)"
  start_server "$port" true "$products"
  code=$(poll "http://127.0.0.1:$port/health" $(( $(now_ns) + 300000000000 )))
  [ "$code" = 200 ] || { echo "the demo run did not come up ($code); its log:" >&2; tail -n 40 "$tmp/server.log" >&2; exit 2; }
  body=$(curl -fs --max-time 60 "http://127.0.0.1:$port/api/v1/products?$query")
  total=$(printf '%s' "$body" | grep -o '"total":[0-9]*' | head -n 1 | cut -d: -f2)
  stop_server
  echo "database: $(du -sh "$tmp"/baken.db* | awk '{print $1, $2}' | sed "s|$tmp/||" | tr '\n' ' ')"
  echo "GET /api/v1/products?$query finds ${total:-?}"
  [ "${total:-0}" -gt 0 ] || { echo "the query finds nothing; pick one that does (QUERY=...)" >&2; exit 2; }

  echo "timed starts (Baken__Demo=false, ASPNETCORE_ENVIRONMENT=Production, cwd: $bench_cwd):"
  echo "  cd $server_cwd && ASPNETCORE_ENVIRONMENT=Production Baken__Demo=false Baken__Database__Path=<db> dotnet $dll --urls http://127.0.0.1:PORT"
  printf '  %-4s %16s %16s %22s %12s\n' run "to /health 200" "to list 200" "first list request" "other load"
  : >"$tmp/health.ms"; : >"$tmp/list.ms"; : >"$tmp/first.ms"
  for run in $(seq 1 "$runs"); do
    busy=$(wait_quiet)
    port=$(free_port)
    : >"$tmp/server.log"
    deadline=$(( $(now_ns) + 60000000000 ))
    t0=$(now_ns)
    start_server "$port" false 0
    code=$(poll "http://127.0.0.1:$port/health" "$deadline")
    t1=$(now_ns)
    [ "$code" = 200 ] || { echo "run $run: no 200 from /health ($code); log:" >&2; tail -n 40 "$tmp/server.log" >&2; exit 2; }
    code=$(poll "http://127.0.0.1:$port/api/v1/products?$query" "$deadline")
    t2=$(now_ns)
    [ "$code" = 200 ] || { echo "run $run: no 200 from the list ($code); log:" >&2; tail -n 40 "$tmp/server.log" >&2; exit 2; }
    stop_server
    h=$(( (t1 - t0) / 1000000 )); l=$(( (t2 - t0) / 1000000 )); f=$(( (t2 - t1) / 1000000 ))
    echo "$h" >>"$tmp/health.ms"; echo "$l" >>"$tmp/list.ms"; echo "$f" >>"$tmp/first.ms"
    printf '  %-4s %13s ms %13s ms %19s ms %10s%%\n' "$run" "$h" "$l" "$f" "$busy"
  done
  read -r hmin hmed hmax < <(stats <"$tmp/health.ms")
  read -r lmin lmed lmax < <(stats <"$tmp/list.ms")
  read -r fmin fmed fmax < <(stats <"$tmp/first.ms")
  echo "  min/median/max: /health ${hmin}/${hmed}/${hmax} ms, list ${lmin}/${lmed}/${lmax} ms, first list request alone ${fmin}/${fmed}/${fmax} ms"
  for what in health list; do
    if [ "$what" = health ]; then med=$hmed; max=$hmax; label="first 200 from /health"; else med=$lmed; max=$lmax; label="first 200 from the list"; fi
    verdict=PASS
    [ "$med" -lt "$target_ms" ] || { verdict=FAIL; overall=1; }
    note=""
    [ "$max" -lt "$target_ms" ] || note=" (the slowest run, $max ms, is over)"
    summary+=("$(printf '%5s products, %-24s: %s  median %s ms [< %s ms]%s; min %s, max %s ms over %s runs' \
      "$products" "$label" "$verdict" "$med" "$target_ms" "$note" \
      "$([ "$what" = health ] && echo "$hmin" || echo "$lmin")" "$max" "$runs")")
  done
done

echo
echo "=== summary ==="
for line in "${summary[@]}"; do echo "$line"; done
if [ "$overall" -eq 0 ]; then echo "ALL PASS"; else echo "SOME TARGETS FAILED"; fi
exit "$overall"
