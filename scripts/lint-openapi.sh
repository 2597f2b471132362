#!/usr/bin/env bash
# Lints the running API's OpenAPI document with the Dutch API Design Rules 2.2 (Spectral, from npm).
# Starts the web host on a throw-away SQLite file without demo data; exits non-zero on any error.
# Usage: scripts/lint-openapi.sh [already-built Release output of Baken.Web, default: build it]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d /tmp/baken-lint.XXXXXX)
port=$((40000 + RANDOM % 20000))
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

tool=${SPECTRAL_PREFIX:-/tmp/baken-spectral}
if [ ! -x "$tool/node_modules/.bin/spectral" ]; then
  echo "Installing Spectral into $tool"
  npm install --silent --no-audit --no-fund --prefix "$tool" @stoplight/spectral-cli@6 >/dev/null
fi

dll="$root/src/Baken.Web/bin/Release/net10.0/Baken.Web.dll"
[ -f "$dll" ] || dotnet build src/Baken.Web -c Release -nologo -v quiet
ASPNETCORE_ENVIRONMENT=Production Baken__Demo=false Baken__Database__Path="$work/lint.db" \
  Baken__Mail__PickupDirectory="$work/mail" \
  dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/api/v1/openapi.json" -o "$work/openapi.json"
echo "Linting /api/v1/openapi.json with the Dutch API Design Rules 2.2"
"$tool/node_modules/.bin/spectral" lint "$work/openapi.json" -r "$root/scripts/adr-lint/linter.yaml" --fail-severity=error
