#!/usr/bin/env bash
# A throw-away PostgreSQL server on 127.0.0.1 for tests, CI and trying out flag-server replicas.
#
#   scripts/throwaway-postgres.sh run [--] COMMAND...   start one, run COMMAND with the FLAGLINT_POSTGRES_*
#                                                       variables below, then stop it and remove its files
#   eval "$(scripts/throwaway-postgres.sh start)"      start one and export the variables; it keeps running
#   scripts/throwaway-postgres.sh stop "$FLAGLINT_POSTGRES_DIR"   stop it and remove its files
#   scripts/throwaway-postgres.sh down|up DIR          stop / start the server again, keeping its data (tests
#                                                       use it to take the database away)
#
# The variables: FLAGLINT_POSTGRES_URL (jdbc:postgresql://127.0.0.1:PORT/flaglint), FLAGLINT_POSTGRES_USER
# (flaglint, may create databases and roles), FLAGLINT_POSTGRES_PASSWORD_FILE, FLAGLINT_POSTGRES_DIR and
# FLAGLINT_POSTGRES_SCRIPT (this script, for down/up).
#
# Uses the Debian package's server (/usr/lib/postgresql/*/bin), installing `postgresql` with apt-get when it
# is missing (as root). PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
# Everything lives in one temporary directory; nothing else on the machine is touched.
set -euo pipefail

SCRIPT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
ROLE=flaglint

say() { echo "throwaway-postgres: $*" >&2; }
die() { say "$*"; exit 1; }

binaries() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$bin" ]]; then
    [[ "$(id -u)" == 0 ]] || die "PostgreSQL is not installed; install it (sudo apt-get install -y postgresql) or run this as root"
    say "installing the Debian package postgresql"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  echo "$bin"
}

# Runs a server program as the user that owns the server: `postgres` when we are root, else ourselves.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  die "found no free port"
}

server_up() {
  local dir="$1" bin port
  bin="$(cat "$dir/bin")"
  port="$(cat "$dir/port")"
  as_owner "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
    -o "-p $port -k $dir/pg -c listen_addresses=127.0.0.1" start >/dev/null
}

server_down() {
  local dir="$1"
  as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/pg/data" -m fast -w -t 60 stop >/dev/null
}

start() {
  local bin dir port password
  bin="$(binaries)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/flaglint-postgres.XXXXXX")"
  chmod 755 "$dir"
  mkdir "$dir/pg"
  if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || die "there is no 'postgres' user to run the server as; install the postgresql package"
    chown postgres "$dir/pg"
  fi
  echo "$bin" > "$dir/bin"
  password="$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
  (umask 077 && echo "$password" > "$dir/password")
  as_owner "$bin/initdb" -D "$dir/pg/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --no-sync -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  local started=""
  for _ in 1 2 3 4 5; do
    port="$(free_port)"
    echo "$port" > "$dir/port"
    if server_up "$dir" 2>>"$dir/start.log"; then
      started=yes
      break
    fi
  done
  [[ -n "$started" ]] || { cat "$dir/start.log" "$dir/pg/server.log" >&2 2>/dev/null; die "the server did not start"; }
  "$bin/psql" -h "$dir/pg" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >/dev/null <<SQL
CREATE ROLE $ROLE LOGIN CREATEDB CREATEROLE PASSWORD '$password';
GRANT pg_signal_backend TO $ROLE;
CREATE DATABASE $ROLE OWNER $ROLE;
SQL
  cat > "$dir/env" <<ENV
export FLAGLINT_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$port/$ROLE
export FLAGLINT_POSTGRES_USER=$ROLE
export FLAGLINT_POSTGRES_PASSWORD_FILE=$dir/password
export FLAGLINT_POSTGRES_DIR=$dir
export FLAGLINT_POSTGRES_SCRIPT=$SCRIPT
ENV
  say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, role $ROLE, files in $dir"
  echo "$dir"
}

stop() {
  local dir="$1"
  [[ -f "$dir/bin" ]] || die "$dir is not a directory this script made"
  server_down "$dir" 2>/dev/null || true
  rm -rf "$dir"
  say "stopped, and removed $dir"
}

case "${1:-}" in
  run)
    shift
    [[ "${1:-}" == "--" ]] && shift
    [[ $# -gt 0 ]] || die "usage: $0 run [--] COMMAND..."
    DIR="$(start)"
    trap 'stop "$DIR"' EXIT
    trap 'exit 130' INT TERM
    # shellcheck disable=SC1091
    source "$DIR/env"
    set +e
    "$@"
    status=$?
    set -e
    exit "$status"
    ;;
  start)
    DIR="$(start)"
    cat "$DIR/env"
    ;;
  stop)
    [[ -n "${2:-}" ]] || die "usage: $0 stop DIR"
    stop "$2"
    ;;
  down)
    [[ -n "${2:-}" ]] || die "usage: $0 down DIR"
    server_down "$2"
    ;;
  up)
    [[ -n "${2:-}" ]] || die "usage: $0 up DIR"
    server_up "$2"
    ;;
  *)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
