#!/usr/bin/env bash
# THE test command: every test, on SQLite and on a real PostgreSQL server started here on loopback.
# Installs Debian's chromium and postgresql when they are missing and we run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# A throw-away PostgreSQL cluster on a free loopback port; PostgreSQL refuses to run as root,
# so the cluster belongs to the 'postgres' user the package created.
PGBIN=$(pg_bin)
pgdir=$(mktemp -d /tmp/baken-pg.XXXXXX)
pgport=$((20000 + RANDOM % 20000))
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pgdir"; fi
stop_pg() { run_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap stop_pg EXIT
run_pg "$PGBIN/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
  -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
export BAKEN_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Pooling=true"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$pgport"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Browser tests (tests/Baken.E2E, part of the SQLite pass) drive Debian's chromium; never a browser download.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 BAKEN_E2E_CHROMIUM="$(command -v chromium)"
dotnet build Baken.slnx -c Release -nologo -v quiet -clp:ErrorsOnly

log=$(mktemp)
status=0
echo "== OpenAPI document against the Dutch API Design Rules 2.2 =="
scripts/lint-openapi.sh || { echo "The OpenAPI document fails the API Design Rules linter." >&2; status=1; }
echo "== every test, SQLite =="
# Every test project in turn, the browser tests last and alone: beside the other projects on two
# cores, Playwright's waits for page loads raced and timed out now and then.
projects=$(find tests -mindepth 2 -maxdepth 2 -name '*.csproj' ! -name 'Baken.Testing.csproj' ! -name 'Baken.E2E.csproj' -printf '%h\n' | sort)
for project in $projects tests/Baken.E2E; do
  BAKEN_TEST_DB=sqlite dotnet test --project "$project" -c Release --no-build 2>&1 | tee -a "$log" || status=1
done
echo "== database suites again, PostgreSQL =="
for project in tests/Baken.Core.Tests tests/Baken.Demo.Tests tests/Baken.Web.Tests tests/Baken.Cli.Tests; do
  BAKEN_TEST_DB=postgres dotnet test --project "$project" -c Release --no-build 2>&1 | tee -a "$log" || status=1
done

passed=$(grep -E '^\s*succeeded: [0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -E '^\s*failed: [0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
[ "$failed" -eq 0 ] || status=1
[ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
