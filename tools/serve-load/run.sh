#!/usr/bin/env bash
# A bounded load run of `dossier serve` with the client in other processes: wrk (Debian's package)
# holds 50 keep-alive connections on one kind of page at a time, while a curl loop adds reports
# through POST /api/reports (JSON lines, 10 per request, each waiting for its job). Kinds: the
# event page, a report page, the event list, the search API, and a static file as the peer that
# shows what Jetty/Javalin itself costs at this concurrency. Prints p50/p99 per kind (wrk's
# --latency), the server's CPU time per request (its whole process, so the writer's work during
# that kind's run is included), the writer's rate and the load average before and after.
#
# Usage: tools/serve-load/run.sh [SECONDS_PER_KIND] [ANALYSIS]
#   SECONDS_PER_KIND  how long wrk runs on each kind (default 15; a 3 s warm-up precedes each)
#   ANALYSIS          the server's --analysis for the writer's reports: none (default) or stages
# Needs the app jar (dossier-app/target/dossier-app.jar), wrk and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_KIND=${1:-15}
ANALYSIS=${2:-none}
JAR=dossier-app/target/dossier-app.jar
CONNECTIONS=50
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "needs $JAR (mvn -B -q -o -pl dossier-core,dossier-io,dossier-app -am package -DskipTests)" >&2; exit 2; }
WORK=$(mktemp -d)
SERVER_PID=""
WRITER_PID=""
cleanup() {
  [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null || true
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The store: the five seed reports and their event, made by the analysis pipeline.
java -jar "$JAR" add examples/tinzaouaten --db "$WORK/load.db" >/dev/null
: >"$WORK/server.log"
java -Xmx1g -jar "$JAR" serve --db "$WORK/load.db" --port 0 --analysis "$ANALYSIS" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  PORT=$(sed -n 's|.*serving http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$WORK/server.log")
  [ -n "$PORT" ] && break
  sleep 0.5
done
[ -n "${PORT:-}" ] || { cat "$WORK/server.log" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"
EVENT=$(curl -sf "$BASE/api/events" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
REPORT=$(curl -sf "$BASE/api/reports?limit=1" | sed -n 's/.*"reports":\[{"id":"\([^"]*\)".*/\1/p')

# The writer: batches of 10 reports, one request at a time, each waiting until stored.
(
  n=0
  while true; do
    body=""
    for i in 0 1 2 3 4 5 6 7 8 9; do
      k=$((n * 10 + i))
      body+="{\"id\":\"load-$k\",\"title\":\"Load report $k\",\"text\":\"GAO - Armed men attacked a convoy near checkpoint $k on Friday, a local official said.\\n\\nThe army said it sent reinforcements to the area of post $k.\"}"$'\n'
    done
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/x-ndjson' \
      --data-binary "$body" "$BASE/api/reports?wait=true")
    if [ "$code" = 200 ]; then echo "ok $(date +%s.%N)"; else echo "error $code"; fi
    n=$((n + 1))
  done
) >"$WORK/writer.log" &
WRITER_PID=$!

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# CPU time of the server process so far, in ms (utime + stime from /proc, clock ticks of 10 ms)
server_cpu_ms() { awk '{ print ($14 + $15) * 10 }' "/proc/$SERVER_PID/stat"; }
printf '%-20s %9s %9s %9s %9s %11s %7s\n' kind requests req/s "p50 ms" "p99 ms" "cpu ms/req" errors
# name|path|Accept-Encoding (wrk sends none unless told; browsers send gzip)
for kind in "event page|/events/$EVENT|identity" "event page, gzip|/events/$EVENT|gzip" \
  "report page|/reports/$REPORT|identity" "event list|/|identity" \
  "search api|/api/search?q=wagner+fighters|identity" "static file (peer)|/static/app.css|identity"; do
  IFS='|' read -r name path encoding <<<"$kind"
  wrk -t2 -c"$CONNECTIONS" -d3s -H "Accept-Encoding: $encoding" "$BASE$path" >/dev/null
  cpu_before=$(server_cpu_ms)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_KIND}s" --timeout 10s --latency \
    -H "Accept-Encoding: $encoding" "$BASE$path")
  cpu_after=$(server_cpu_ms)
  ms() { # wrk prints latencies as 812.00us, 1.20ms or 1.02s
    awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0;
      else if (v ~ /m$/) print v * 60000; else print v * 1000 }'
  }
  p50=$(ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  p99=$(ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  rate=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ { s = s $0 "; " } END { print (s == "" ? 0 : s) }')
  cpu=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN { printf "%.3f", (b - a) / n }')
  printf '%-20s %9s %9s %9.1f %9.1f %11s %7s\n' "$name" "$requests" "$rate" "$p50" "$p99" "$cpu" "$errors"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
kill "$WRITER_PID" 2>/dev/null || true
wait "$WRITER_PID" 2>/dev/null || true
WRITER_PID=""
ok=$(grep -c '^ok' "$WORK/writer.log" || true)
bad=$(grep -c '^error' "$WORK/writer.log" || true)
first=$(grep '^ok' "$WORK/writer.log" | head -1 | cut -d' ' -f2)
last=$(grep '^ok' "$WORK/writer.log" | tail -1 | cut -d' ' -f2)
rate=$(awk -v n="$ok" -v a="$first" -v b="$last" 'BEGIN { if (n > 1 && b > a) printf "%.1f", (n - 1) * 10 / (b - a); else print "n/a" }')
echo "writer: $((ok * 10)) reports added in $ok requests ($rate reports/s, analysis $ANALYSIS), $bad failed requests"
curl -sf "$BASE/api/health"; echo
