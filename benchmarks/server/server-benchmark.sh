#!/usr/bin/env bash
# flag-server against nginx on this machine: wrk drives both over loopback, nginx serving static JSON files of
# the same sizes as the server's answers (the practical limit of an HTTP server here). Prints a Markdown table.
#
#   benchmarks/server/server-benchmark.sh            # 10 s per case
#   DURATION=30s CONNECTIONS=64 benchmarks/server/server-benchmark.sh
#
# Installs wrk and nginx with apt-get when they are missing. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SERVER_PORT=${SERVER_PORT:-18181}
NGINX_PORT=${NGINX_PORT:-18182}

need() { command -v "$1" >/dev/null 2>&1 || { [ -x "/usr/sbin/$1" ] && return; echo "installing $2" >&2; \
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2") >/dev/null; }; }
need wrk wrk
need nginx nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

./mvnw -q -B -ntp -pl flag-server -am package -DskipTests
JAR=flag-server/target/flag-server.jar

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# ---- flags: N flags, the first a rule + rollout flag --------------------------------------------------------
flags_file() { # $1 = count, $2 = file
  {
    echo "flags:"
    echo "  bench-rollout:"
    echo "    owner: bench-team"
    echo "    created: 2026-01-01"
    echo "    expires: 2099-01-01"
    echo "    ticket: BENCH-1"
    echo "    rules:"
    echo "      - if: { plan: enterprise }"
    echo "        enabled: true"
    echo "    rollout: 10"
    for i in $(seq 2 "$1"); do
      echo "  flag-$i:"
      echo "    owner: team-$((i % 7))"
      echo "    created: 2026-01-01"
      echo "    expires: 2099-01-01"
      echo "    ticket: BENCH-$i"
      if [ $((i % 3)) -eq 0 ]; then
        echo "    rules:"
        echo "      - if: { country: [DE, AT, CH] }"
        echo "        enabled: true"
        echo "    rollout: $((i % 100))"
      else
        echo "    enabled: $([ $((i % 2)) -eq 0 ] && echo true || echo false)"
      fi
    done
  } > "$2"
}
flags_file 50 "$WORK/flags.yaml"
flags_file 1000 "$WORK/flags-1000.yaml"

TOKEN=bench-admin-token-0123456789
CONTEXT='{"context":{"targetingKey":"user-4711","plan":"free","country":"FR"}}'

start_server() { # $1 = flags file, $2... = extra JVM options
  local flags=$1; shift
  rm -rf "$WORK/data"
  FLAG_SERVER_TOKEN_BENCH=admin:$TOKEN java "$@" -jar "$JAR" --flags "$flags" --port "$SERVER_PORT" \
    --data "$WORK/data" --rate-limit 0 > /dev/null 2> "$WORK/server.log" &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$SERVER_PORT/healthz" >/dev/null 2>&1 && return
    sleep 0.2
  done
  echo "flag-server did not start:" >&2; cat "$WORK/server.log" >&2; exit 1
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

start_server "$WORK/flags.yaml"
BASE="http://127.0.0.1:$SERVER_PORT"
AUTH="Authorization: Bearer $TOKEN"

# ---- the answers, and static files of the same sizes for nginx -------------------------------------------
mkdir -p "$WORK/www" "$WORK/nginx"
curl -sf -H "$AUTH" -XPOST "$BASE/ofrep/v1/evaluate/flags/bench-rollout" -d "$CONTEXT" > "$WORK/single.json"
curl -sf -H "$AUTH" -XPOST "$BASE/ofrep/v1/evaluate/flags" -d "$CONTEXT" -D "$WORK/bulk.headers" > "$WORK/bulk.json"
curl -sf -H "$AUTH" "$BASE/flags/bench-rollout?user_id=user-4711&plan=free" > "$WORK/get.json"
ETAG=$(grep -i '^etag:' "$WORK/bulk.headers" | cut -d' ' -f2 | tr -d '\r')
[ "$(jq -r '.flags | length' "$WORK/bulk.json" 2>/dev/null || grep -o '"key"' "$WORK/bulk.json" | wc -l)" = 50 ] \
  || { echo "the bulk answer does not have 50 flags" >&2; exit 1; }
for f in single get; do head -c "$(stat -c %s "$WORK/$f.json")" /dev/zero | tr '\0' 'x' > "$WORK/www/$f.json"; done
head -c "$(stat -c %s "$WORK/bulk.json")" /dev/zero | tr '\0' 'x' > "$WORK/www/bulk.json"

cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    default_type application/json;
    etag on;
  }
}
NGINX
chmod 755 "$WORK" && chmod -R a+rX "$WORK/www" # nginx workers run as another user
"$NGINX" -c "$WORK/nginx/nginx.conf"
NBASE="http://127.0.0.1:$NGINX_PORT"
NGINX_ETAG=$(curl -sI "$NBASE/bulk.json" | grep -i '^etag:' | cut -d' ' -f2 | tr -d '\r')
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $NGINX_ETAG" "$NBASE/bulk.json")" = 304 ] \
  || { echo "nginx does not answer 304" >&2; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" -H "If-None-Match: $ETAG" -XPOST "$BASE/ofrep/v1/evaluate/flags" -d "$CONTEXT")" = 304 ] \
  || { echo "flag-server does not answer 304" >&2; exit 1; }

# ---- wrk ----------------------------------------------------------------------------------------------------
lua() { # $1 = method, $2 = body, $3.. = headers "Name: value"
  local method=$1 body=$2; shift 2
  echo "wrk.method = \"$method\""
  [ -n "$body" ] && printf 'wrk.body = "%s"\n' "$(printf '%s' "$body" | sed 's/\\/\\\\/g; s/"/\\"/g')"
  for h in "$@"; do echo "wrk.headers[\"${h%%: *}\"] = \"$(printf '%s' "${h#*: }" | sed 's/"/\\"/g')\""; done
}
run() { # $1 = name, $2 = url, $3 = lua file or "", extra args
  local out="$WORK/$1.wrk"
  if [ -n "$3" ]; then wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$3" "$2" > "$out"
  else wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$out"; fi
  if grep -q "Non-2xx or 3xx" "$out"; then echo "$1: errors in answers" >&2; cat "$out" >&2; exit 1; fi
}
rps() { grep '^Requests/sec' "$WORK/$1.wrk" | awk '{printf "%.0f", $2}'; }
pct() { grep -E "^ +$2%" "$WORK/$1.wrk" | awk '{print $2}'; }

lua POST "$CONTEXT" "$AUTH" "Content-Type: application/json" > "$WORK/single.lua"
lua POST "$CONTEXT" "$AUTH" "Content-Type: application/json" "If-None-Match: $ETAG" > "$WORK/bulk304.lua"
lua GET "" "$AUTH" > "$WORK/get.lua"
lua GET "" "If-None-Match: $NGINX_ETAG" > "$WORK/nginx304.lua"

# warm-up: let the JIT see every path
for s in single bulk304 get; do
  url="$BASE/ofrep/v1/evaluate/flags/bench-rollout"
  [ $s = bulk304 ] && url="$BASE/ofrep/v1/evaluate/flags"
  [ $s = get ] && url="$BASE/flags/bench-rollout?user_id=user-4711&plan=free"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$WORK/$s.lua" "$url" > /dev/null
done

run server-single "$BASE/ofrep/v1/evaluate/flags/bench-rollout" "$WORK/single.lua"
run nginx-single "$NBASE/single.json" ""
run server-bulk304 "$BASE/ofrep/v1/evaluate/flags" "$WORK/bulk304.lua"
run nginx-bulk304 "$NBASE/bulk.json" "$WORK/nginx304.lua"
run server-get "$BASE/flags/bench-rollout?user_id=user-4711&plan=free" "$WORK/get.lua"
run nginx-get "$NBASE/get.json" ""

# PUT: every one appends and fsyncs an audit line, then replaces the state file (fsync, rename, fsync dir)
cat > "$WORK/put.lua" <<LUA
wrk.method = "PUT"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.headers["Content-Type"] = "application/json"
counter = 0
request = function()
  counter = counter + 1
  local body = '{"rollout":' .. (counter % 100) .. '}'
  return wrk.format(nil, "/flags/flag-" .. (2 + counter % 49), nil, body)
end
LUA
wrk -t1 -c1 -d"$DURATION" --latency -s "$WORK/put.lua" "$BASE" > "$WORK/server-put1.wrk"
wrk -t1 -c4 -d"$DURATION" --latency -s "$WORK/put.lua" "$BASE" > "$WORK/server-put.wrk"
stop_server

# ---- heap with 1,000 flags ------------------------------------------------------------------------------------
start_server "$WORK/flags-1000.yaml" -Xmx96m
BULK_1000=$(curl -sf -H "$AUTH" -XPOST "$BASE/ofrep/v1/evaluate/flags" -d "$CONTEXT" | grep -o '"key"' | wc -l)
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$WORK/single.lua" "$BASE/ofrep/v1/evaluate/flags/bench-rollout" > /dev/null
for i in $(seq 1 20); do curl -sf -o /dev/null -H "$AUTH" -XPOST "$BASE/ofrep/v1/evaluate/flags" -d "$CONTEXT"; done
jcmd "$SERVER_PID" GC.run > /dev/null
HEAP=$(jcmd "$SERVER_PID" GC.heap_info | grep -Eo 'used [0-9]+K' | head -1 | grep -Eo '[0-9]+')
RSS=$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')
stop_server

# ---- the table ------------------------------------------------------------------------------------------------
ratio() { awk -v a="$(rps "$1")" -v b="$(rps "$2")" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%d), wrk -t$THREADS -c$CONNECTIONS -d$DURATION over loopback; nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///'), 2 workers"
echo
echo "| case | flag-server req/s | p50 | p99 | nginx req/s | p50 | p99 | ratio |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for c in "OFREP single evaluation (rule + rollout)|single|$(stat -c %s "$WORK/single.json") B" \
         "OFREP bulk, 50 flags, answered 304|bulk304|304, no body" \
         "simple GET /flags/{key}|get|$(stat -c %s "$WORK/get.json") B"; do
  IFS='|' read -r label key size <<< "$c"
  echo "| $label ($size) | $(rps server-$key) | $(pct server-$key 50) | $(pct server-$key 99) | $(rps nginx-$key) | $(pct nginx-$key 50) | $(pct nginx-$key 99) | $(ratio server-$key nginx-$key) |"
done
echo
echo "PUT /flags/{key} with fsync, one client (wrk -t1 -c1): $(rps server-put1) req/s, p50 $(pct server-put1 50), p99 $(pct server-put1 99)"
echo "PUT /flags/{key} with fsync, four clients (wrk -t1 -c4): $(rps server-put) req/s, p50 $(pct server-put 50), p99 $(pct server-put 99)"
echo "heap with 1,000 flags (-Xmx96m, after a bulk evaluation of all $BULK_1000 and a full GC): ${HEAP} KiB used; RSS $((RSS / 1024)) MiB"
