#!/usr/bin/env bash
# Start-up time and load against a real server on loopback, started as users start it (./setpoint
# serve: AOT bean definitions, unpacked jar, class-data archive); stops by itself.
# Usage (from the repository root, after ./mvnw -q -B -DskipTests package): bench/load.sh [LoadGenerator options]
# PIN=1 runs the server on core 0 and the generator on core 1 (taskset), so that they do not compete.
set -euo pipefail
port=18080
data=$(mktemp -d /tmp/sp-load.XXXXXX)
token=sp_$(set +o pipefail; LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 40)
server_cpu=() load_cpu=()
if [ "${PIN:-0}" = 1 ]; then server_cpu=(taskset -c 0) load_cpu=(taskset -c 1); fi
./setpoint --version >/dev/null # builds the jar and prepares the archive if needed: not part of the start-up time
uptime
start=$(date +%s%N)
SETPOINT_ADMIN_TOKEN=$token "${server_cpu[@]}" ./setpoint serve --port $port --data-dir "$data" >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server; wait $server || true; rm -rf "$data"' EXIT
until curl -sf http://127.0.0.1:$port/actuator/health/readiness | grep -q '"UP"'; do
  kill -0 $server || { cat "$data/server.log"; exit 1; }
  sleep 0.02
done
echo "ready after $(( ($(date +%s%N) - start) / 1000000 )) ms"
uptime
(while sleep 5; do uptime; done) &
sampler=$!
"${load_cpu[@]}" java -cp bench/target/benchmarks.jar dev.setpoint.bench.load.LoadGenerator \
  --url http://127.0.0.1:$port --token "$token" "$@"
kill $sampler
# one request at a time, after the load: the unloaded cost of each endpoint
for path in /actuator/health/liveness /api/presets/1 /api/presets?limit=50 '/api/presets?limit=50&offset=99950'; do
  curl -s -o /dev/null -H "Authorization: Bearer $token" -w "$path %{http_code} %{time_total} s\n" "http://127.0.0.1:$port$path"
  curl -s -o /dev/null -H "Authorization: Bearer $token" -w "$path %{http_code} %{time_total} s\n" "http://127.0.0.1:$port$path"
done
uptime
