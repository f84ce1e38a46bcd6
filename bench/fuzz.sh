#!/usr/bin/env bash
# The HTTP fuzz harness against a fresh server on loopback, started as users start it; stops by itself.
# Usage (from the repository root, after ./mvnw -q -B -DskipTests package):
#   bench/fuzz.sh [HttpFuzz options: --requests 100000 --seconds 900 --seed 1 --connections 4 --without exponents]
# PORT (default 18081) and SETPOINT_JAVA_OPTS are passed on. Exits 1 on any 5xx or an unhealthy server.
# Keeps every distinct 5xx and the server's log in bench/results/fuzz-<time>/ (ignored by git).
set -euo pipefail
port=${PORT:-18081}
data=$(mktemp -d /tmp/sp-fuzz.XXXXXX)
results=bench/results/fuzz-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$results"
token=sp_$(set +o pipefail; LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 40)
./setpoint --version >/dev/null # builds the jar if needed
SETPOINT_ADMIN_TOKEN=$token ./setpoint serve --port "$port" --data-dir "$data" >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server; wait $server || true; cp "$data/server.log" "$results/"; rm -rf "$data"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" | grep -q '"UP"'; do
  kill -0 $server || { cat "$data/server.log"; exit 1; }
  sleep 0.05
done
status=0
java -cp bench/target/benchmarks.jar dev.setpoint.bench.fuzz.HttpFuzz \
  --url "http://127.0.0.1:$port" --token "$token" --failures "$results/5xx.txt" "$@" || status=$?
echo "server log: $(grep -c ' ERROR ' "$data/server.log" || true) ERROR lines; the exceptions they name, by count:"
grep -A 1 ' ERROR ' "$data/server.log" | grep -E '^[a-z][a-zA-Z0-9_.$]*(Exception|Error)' | cut -c 1-160 \
  | sort | uniq -c | sort -rn | head -40 || true
exit $status
