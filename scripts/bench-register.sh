#!/usr/bin/env bash
# Register list/search throughput against the same server's GET /health, side by side with wrk,
# on loopback only. Target: the list/search (full-text query + filter, 20 per page) sustains
# >= 15% of /health's requests/s, with p99 < 50 ms and zero errors (non-2xx/3xx or socket errors),
# both as served from the output cache (same URL every time) and uncached (every request has a
# unique, ignored query parameter, which varies the output-cache key, so the in-memory search runs).
#
# Usage: scripts/bench-register.sh [products|all]   (default 400, the demo size; 'all' = 400 and 10000)
# Knobs (environment): DURATION=10s WARMUP=5s THREADS=2 CONNECTIONS=64 MIN_RATIO=15 MAX_P99_MS=50
#   QUERY='search=verslag&area=administrative&pageSize=20'
#   ROUNDS=1            rounds of (health, cached, uncached), alternated; the summary takes the median
#                       per endpoint, and of each round's ratio (use 3 on a machine that others share).
# Besides wrk's figures it prints the server's CPU time per request (from /proc; the number that
# other load skews least) and how much of the CPUs other processes took during each run.
#   QUIET_WAIT=0        seconds to wait, at most, before each round until the machine's CPUs are <15%
#                       busy (other processes' load skews every number; the busy % is printed anyway).
#   BENCH_CWD=app|repo  where the server runs: 'app' (default) = its output folder, so appsettings.json
#                       is its content root as in a deployment; 'repo' = the repository root, which
#                       loads no appsettings.json (all logging at Information).
#   UNCACHED=param|search  how the uncached run makes each URL unique (see uncached.lua below).
#   SERVER_LOG=1        print the server log's size per run (a log that grows per request costs throughput).
#   RAW=1               print wrk's own output of the last round.
# Exit code: 0 when every target passes, 1 when one fails, 2 on a setup error.
# wrk and the server share the machine's cores; that is expected.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

arg="${1:-400}"
case "$arg" in
  all) sizes=(400 10000) ;;
  ''|*[!0-9]*) echo "usage: $0 [products|all]" >&2; exit 2 ;;
  *) sizes=("$arg") ;;
esac
duration="${DURATION:-10s}"
warmup="${WARMUP:-5s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-64}"
min_ratio="${MIN_RATIO:-15}"
max_p99="${MAX_P99_MS:-50}"
query="${QUERY:-search=verslag&area=administrative&pageSize=20}"
bench_cwd="${BENCH_CWD:-app}"
rounds="${ROUNDS:-1}"
quiet_wait="${QUIET_WAIT:-0}"

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's wrk"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else
    echo "wrk is missing: sudo apt-get install -y wrk" >&2
    exit 2
  fi
fi
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

tmp=$(mktemp -d /tmp/baken-bench.XXXXXX)
server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
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

# wrk's own Lua for the uncached runs: every request has a unique URL, so each one misses the
# output cache (it varies by every query key) and runs the search.
#   UNCACHED=param  appends a unique, unused parameter: &nocache=T-N (now cached: the cache varies by known keys only)
#   UNCACHED=search (default) appends unique punctuation to the search term (search=verslag-.~(...), which
#                   the search folds away: the same hits and work, but a new cache key even if the
#                   cache should one day vary only by the known parameters.
uncached_mode="${UNCACHED:-search}"
cat >"$tmp/uncached.lua" <<LUA
local mode = "$uncached_mode"
LUA
cat >>"$tmp/uncached.lua" <<'LUA'
local counter, tid, threads = 0, 0, 0
local marks = { "-", ".", "_", "~", "!", "*", "(", ")" }
setup = function(thread) threads = threads + 1; thread:set("tid", threads) end
init = function(args) tid = wrk.thread:get("tid") or 0 end
local function punct(n)
  local s = ""
  repeat s = s .. marks[(n % 8) + 1]; n = math.floor(n / 8) until n == 0
  return s
end
request = function()
  counter = counter + 1
  local path = wrk.path
  if mode == "search" and string.find(path, "search=", 1, true) then
    -- tid and counter as punctuation, separated by a space (%20): folded away by the search
    path = string.gsub(path, "(search=[^&]*)", "%1" .. punct(tid) .. "%%20" .. punct(counter), 1)
  else
    local sep = string.find(path, "?", 1, true) and "&" or "?"
    path = path .. sep .. "nocache=" .. tid .. "-" .. counter
  end
  return wrk.format("GET", path)
end
LUA

# Latency as wrk prints it (850.00us, 1.20ms, 2.01s) to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.2f", v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else { printf "nan" } }'
}

# CPU time (user+system, in clock ticks) the server process has used so far.
server_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat" 2>/dev/null || echo 0; }
clk_tck=$(getconf CLK_TCK 2>/dev/null || echo 100)

# Busy % of all CPUs over one second (the server is idle then, so this is other processes' load).
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

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run_wrk NAME URL [lua]: runs wrk --latency once and appends "rps p50 p99 errors non2xx socket cpu_us"
# to $tmp/NAME.results, where cpu_us is the server's CPU time per request in microseconds.
run_wrk() {
  local name=$1 url=$2 script=${3:-} out
  local args=(-t"$threads" -c"$connections" -d"$duration" --latency --timeout 5s)
  [ -n "$script" ] && args+=(-s "$script")
  out="$tmp/wrk-$name.txt"
  local t0 t1 c0 c1 wrk_s
  t0=$(server_ticks); c0=($(head -n 1 /proc/stat))
  wrk_s=$( { TIMEFORMAT='%U %S'; time wrk "${args[@]}" "$url" >"$out" 2>&1 || true; } 2>&1 | awk '{ print $1 + $2 }')
  t1=$(server_ticks); c1=($(head -n 1 /proc/stat))
  # What neither the server nor wrk used of the machine's CPUs during the run: other processes.
  # (user + nice + system + steal; interrupt time, mostly loopback networking, is left out.)
  local busy_ticks all_ticks others
  busy_ticks=$(( c1[1] + c1[2] + c1[3] + c1[8] - c0[1] - c0[2] - c0[3] - c0[8] ))
  all_ticks=$(( c1[1] + c1[2] + c1[3] + c1[4] + c1[5] + c1[6] + c1[7] + c1[8] - c0[1] - c0[2] - c0[3] - c0[4] - c0[5] - c0[6] - c0[7] - c0[8] ))
  others=$(awk -v b="$busy_ticks" -v a="$all_ticks" -v s="$(( t1 - t0 ))" -v w="$wrk_s" -v hz="$clk_tck" \
    'BEGIN { o = (a > 0 ? 100 * (b - s - w * hz) / a : 0); printf "%.0f", (o < 0 ? 0 : o) }')
  local rps p50 p99 non2xx sock reqs
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  reqs=$(awk '/requests in/ {print $1}' "$out")
  p50=$(awk '$1 == "50%" {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
  sock=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")
  if [ -z "$rps" ]; then echo "wrk printed no result for $name:" >&2; cat "$out" >&2; fi
  local cpu_us
  cpu_us=$(awk -v d="$(( t1 - t0 ))" -v hz="$clk_tck" -v n="${reqs:-0}" 'BEGIN { printf "%.0f", (n > 0 ? d / hz * 1e6 / n : 0) }')
  echo "${rps:-0} $(to_ms "${p50:-nan}") $(to_ms "${p99:-nan}") $(( ${non2xx:-0} + ${sock:-0} )) ${non2xx:-0} ${sock:-0} $cpu_us $others" >>"$tmp/$name.results"
  awk -v n="$name" '{ printf "    %-9s %10s req/s  p50 %7s ms  p99 %7s ms  errors %s  server CPU %s us/request  (other processes: %s%% of the CPUs)\n", n, $1, $2, $3, $4, $7, $8 }' <(tail -n 1 "$tmp/$name.results")
  if [ "$others" -ge 10 ]; then echo "      WARNING: other processes used ${others}% of the CPUs during this run; its figures are skewed"; fi
}
# ratios NAME: per round, NAME's requests/s as a % of /health's in the same round.
ratios() {
  paste -d ' ' <(awk '{ print $1 }' "$tmp/$1.results") <(awk '{ print $1 }' "$tmp/health.results") |
    awk '{ printf "%.1f\n", ($2 > 0 ? 100 * $1 / $2 : 0) }'
}
# agg NAME FIELD: median over the rounds of one column (1 rps, 2 p50, 3 p99, 7 cpu); sum for errors (4-6).
agg() {
  case "$2" in
    4|5|6) awk -v f="$2" '{ s += $f } END { print s + 0 }' "$tmp/$1.results" ;;
    *) awk -v f="$2" '{ print $f }' "$tmp/$1.results" | median ;;
  esac
}

log_size() { wc -c <"$tmp/server.log" | tr -d ' '; }

overall=0
summary=()
for products in "${sizes[@]}"; do
  echo
  echo "=== ${products} demo products ==="
  port=$(free_port)
  base="http://127.0.0.1:$port"
  rm -f "$tmp"/baken.db*
  start=$(date +%s%N)
  (
    cd "$server_cwd"
    exec env ASPNETCORE_ENVIRONMENT=Production Baken__Demo=true Baken__Demo__Products="$products" \
      Baken__Database__Path="$tmp/baken.db" dotnet "$dll" --urls "$base"
  ) >"$tmp/server.log" 2>&1 &
  server_pid=$!
  ready=""
  for _ in $(seq 1 1200); do   # at most ~3 minutes (seeding 10,000 products takes ~10 s)
    if curl -fs -o /dev/null --max-time 2 "$base/health"; then ready=1; break; fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.15
  done
  if [ -z "$ready" ]; then
    echo "the server did not answer /health; its log:" >&2
    tail -n 40 "$tmp/server.log" >&2
    exit 2
  fi
  echo "server pid $server_pid on $base (cwd: $bench_cwd), up after $(( ($(date +%s%N) - start) / 1000000 )) ms with seeding"

  list="$base/api/v1/products?$query"
  body=$(curl -fs --max-time 60 "$list") || { echo "GET $list failed" >&2; exit 2; }
  total=$(printf '%s' "$body" | grep -o '"total":[0-9]*' | head -n 1 | cut -d: -f2)
  items=$(printf '%s' "$body" | grep -o '"slug":' | wc -l | tr -d ' ')
  echo "GET /api/v1/products?$query -> total ${total:-?}, ${items} on this page, $(printf '%s' "$body" | wc -c | tr -d ' ') bytes"
  if [ "${total:-0}" -eq 0 ]; then
    echo "the query finds nothing; pick one that does (QUERY=...)" >&2
    exit 2
  fi

  echo "warming up ($warmup per endpoint)"
  wrk -t"$threads" -c"$connections" -d"$warmup" "$base/health" >/dev/null 2>&1 || true
  wrk -t"$threads" -c"$connections" -d"$warmup" "$list" >/dev/null 2>&1 || true
  wrk -t"$threads" -c"$connections" -d"$warmup" -s "$tmp/uncached.lua" "$list" >/dev/null 2>&1 || true

  # The output cache marks what it serves with an Age header: the cached URL must get one, and a
  # URL as the uncached run makes it must not (or that run would measure the cache).
  probe="$list&nocache=probe-$RANDOM"
  [ "$uncached_mode" = search ] && probe="${list/search=/search=()~%20}"
  probe_age=$(curl -s -D - -o /dev/null "$probe" | grep -ci '^age:' || true)
  curl -s -o /dev/null "$list"
  list_age=$(curl -s -D - -o /dev/null "$list" | grep -ci '^age:' || true)
  echo "output cache check: repeated URL served from cache: $([ "$list_age" -gt 0 ] && echo yes || echo no); uncached-run URL served from cache: $([ "$probe_age" -gt 0 ] && echo "YES (the uncached run would be cached)" || echo no)"
  if [ "$probe_age" -gt 0 ]; then echo "the uncached run would not miss the cache; try UNCACHED=search" >&2; exit 2; fi

  rm -f "$tmp"/*.results
  for round in $(seq 1 "$rounds"); do
    busy=$(wait_quiet)
    echo "round $round/$rounds (other load before it: CPUs ${busy}% busy)"
    [ "$busy" -ge 15 ] && echo "  WARNING: other processes keep the machine ${busy}% busy; the figures are skewed"
    log0=$(log_size)
    [ "$round" = 1 ] && echo "  wrk -t$threads -c$connections -d$duration --latency --timeout 5s $base/health"
    run_wrk health "$base/health"
    log1=$(log_size)
    [ "$round" = 1 ] && echo "  wrk -t$threads -c$connections -d$duration --latency --timeout 5s '$list'"
    run_wrk cached "$list"
    log2=$(log_size)
    [ "$round" = 1 ] && echo "  wrk -t$threads -c$connections -d$duration --latency --timeout 5s -s uncached.lua '$list'   (UNCACHED=$uncached_mode: a unique URL per request)"
    run_wrk uncached "$list" "$tmp/uncached.lua"
    log3=$(log_size)
    echo "    this round: cached $(ratios cached | tail -n 1)%, uncached $(ratios uncached | tail -n 1)% of /health"
    if [ -n "${SERVER_LOG:-}" ]; then
      echo "  server log growth: /health run $(( log1 - log0 )) B, cached $(( log2 - log1 )) B, uncached $(( log3 - log2 )) B"
    fi
  done
  rss_kb=$(ps -o rss= -p "$server_pid" | tr -d ' ')

  echo
  echo "--- ${products} products: results (median of $rounds round(s), the ratio as the median of each round's; wrk -t$threads -c$connections -d$duration, loopback; server and wrk share $(nproc) cores) ---"
  printf '%-30s %11s %7s %8s %8s %7s %14s\n' endpoint "requests/s" ratio "p50 ms" "p99 ms" errors "server CPU/req"
  rps_health=$(agg health 1)
  printf '%-30s %11s %7s %8s %8s %7s %11s us\n' "GET /health" "$rps_health" "100%" "$(agg health 2)" "$(agg health 3)" "$(agg health 4)" "$(agg health 7)"
  for kind in cached uncached; do
    rps=$(agg "$kind" 1); p99=$(agg "$kind" 3); errors=$(agg "$kind" 4)
    ratio=$(ratios "$kind" | median)
    printf '%-30s %11s %6s%% %8s %8s %7s %11s us\n' "GET list/search ($kind)" "$rps" "$ratio" "$(agg "$kind" 2)" "$p99" "$errors" "$(agg "$kind" 7)"
    ratio_ok=$(awk -v r="$ratio" -v m="$min_ratio" 'BEGIN { print (r >= m) ? 1 : 0 }')
    p99_ok=$(awk -v p="$p99" -v m="$max_p99" 'BEGIN { print (p != "nan" && p + 0 < m) ? 1 : 0 }')
    err_ok=$([ "$errors" -eq 0 ] && echo 1 || echo 0)
    verdict=PASS
    [ "$ratio_ok$p99_ok$err_ok" = 111 ] || { verdict=FAIL; overall=1; }
    line=$(printf '%5s products, %-8s: %s  (throughput %s%% of /health [>= %s%%: %s], p99 %s ms [< %s ms: %s], errors %s [non-2xx/3xx %s, socket %s: %s])' \
      "$products" "$kind" "$verdict" "$ratio" "$min_ratio" "$([ "$ratio_ok" = 1 ] && echo ok || echo MISS)" \
      "$p99" "$max_p99" "$([ "$p99_ok" = 1 ] && echo ok || echo MISS)" "$errors" "$(agg "$kind" 5)" "$(agg "$kind" 6)" \
      "$([ "$err_ok" = 1 ] && echo ok || echo MISS)")
    summary+=("$line")
  done
  if [ "$(agg health 4)" -ne 0 ]; then
    summary+=("$(printf '%5s products, /health : %s errors' "$products" "$(agg health 4)")")
  fi
  echo "server RSS after the runs: $(( ${rss_kb:-0} / 1024 )) MiB"
  if [ -n "${RAW:-}" ]; then
    for name in health cached uncached; do
      echo "  raw wrk output of the last round ($name):"; sed 's/^/    /' "$tmp/wrk-$name.txt"
    done
  fi
  stop_server
done

echo
echo "=== summary ==="
for line in "${summary[@]}"; do echo "$line"; done
if [ "$overall" -eq 0 ]; then echo "ALL PASS"; else echo "SOME TARGETS FAILED"; fi
exit "$overall"
