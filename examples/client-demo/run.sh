#!/bin/sh
# Starts a flag server on examples/client-demo/flags.yaml (a free port on 127.0.0.1, a fresh token, its data in a
# temporary directory), runs ClientDemo.java against it with Java's source launcher, and stops the server.
# Builds and installs flag-runtime, flag-openfeature and flag-server into the local Maven repository first.
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -pl flag-openfeature,flag-server -am install -DskipTests -Dinvoker.skip
classpath=$(./mvnw -q -pl flag-openfeature dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=/dev/stdout)

work=$(mktemp -d)
token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
FLAG_SERVER_TOKEN_CLIENT_DEMO=sdk:$token java -jar flag-server/target/flag-server.jar \
    --flags examples/client-demo/flags.yaml --port 0 --data "$work/data" > "$work/access.log" 2> "$work/server.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
tries=0
until url=$(grep -o 'listening on http://[^ ]*' "$work/server.log" | cut -d' ' -f3) && [ -n "$url" ]; do
    tries=$((tries + 1))
    if [ $tries -gt 300 ] || ! kill -0 $server 2>/dev/null; then
        cat "$work/server.log" >&2
        exit 1
    fi
    sleep 0.2
done
FLAGS_URL=$url FLAGS_TOKEN=$token java -cp "flag-openfeature/target/classes:$classpath" examples/client-demo/ClientDemo.java
