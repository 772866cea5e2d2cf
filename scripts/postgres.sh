#!/usr/bin/env bash
# A PostgreSQL server of the project's own, for several backend replicas and
# the tests that run them: data, socket and log under .local-postgres/,
# listening on 127.0.0.1 only, on a free port chosen once and kept.
#
#   scripts/postgres.sh up       start it (initialising it the first time)
#   scripts/postgres.sh down     stop it
#   scripts/postgres.sh restart  stop and start again on the same port
#   scripts/postgres.sh status   print whether it runs, and its config file
#   scripts/postgres.sh drop PREFIX   drop the databases named PREFIX*
#   scripts/postgres.sh leftovers     list databases test runs left behind
#                                     (e2e_*, replicas_*, TestDatabases' db<hex>);
#                                     exits 1 when there are any
#
# `up` writes .local-postgres/app-config.postgres.yaml, the backend.database
# block for it. Uses the machine's PostgreSQL (Debian's `postgresql` package);
# when it is missing and we run as root, installs it with apt-get. The server
# refuses to run as root, so it then runs as the `postgres` system user.

set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_HOME="${CARTOGRAPHER_POSTGRES_DIR:-$REPO_ROOT/.local-postgres}"
DATA_DIR="$PG_HOME/data"
SOCKET_DIR="$PG_HOME/run"
LOG_FILE="$PG_HOME/postgres.log"
PORT_FILE="$PG_HOME/port"
PASSWORD_FILE="$PG_HOME/password"
CONFIG_FILE="$PG_HOME/app-config.postgres.yaml"
DB_USER=backstage

log() { echo "[postgres] $*" >&2; }

find_bin_dir() {
  if [ -n "${POSTGRES_BIN_DIR:-}" ]; then
    echo "$POSTGRES_BIN_DIR"
    return
  fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$dir" ] && command -v pg_ctl >/dev/null 2>&1; then
    dir="$(dirname "$(command -v pg_ctl)")"
  fi
  echo "$dir"
}

BIN_DIR="$(find_bin_dir)"
if [ -z "$BIN_DIR" ] || [ ! -x "$BIN_DIR/pg_ctl" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing Debian's postgresql package"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    BIN_DIR="$(find_bin_dir)"
  fi
  if [ -z "$BIN_DIR" ] || [ ! -x "$BIN_DIR/pg_ctl" ]; then
    log "PostgreSQL is missing: install Debian's 'postgresql' package (apt-get install postgresql)"
    log "or set POSTGRES_BIN_DIR to the folder holding initdb, pg_ctl and postgres"
    exit 1
  fi
fi

# The server refuses to run as root: as root, run it as `postgres`.
run_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      useradd --system --home-dir "$PG_HOME" --shell /usr/sbin/nologin postgres
    fi
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e '
    const s = require("net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });
  '
}

port_is_free() {
  node -e '
    const s = require("net").createServer();
    s.once("error", () => process.exit(1));
    s.listen(Number(process.argv[1]), "127.0.0.1", () => s.close(() => process.exit(0)));
  ' "$1"
}

is_running() {
  [ -f "$DATA_DIR/postmaster.pid" ] && run_as_owner "$BIN_DIR/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1
}

init_cluster() {
  log "initialising a new database cluster in $DATA_DIR"
  mkdir -p "$PG_HOME"
  if [ ! -f "$PASSWORD_FILE" ]; then
    node -e 'console.log(require("crypto").randomBytes(18).toString("base64url"))' >"$PASSWORD_FILE"
  fi
  mkdir -p "$DATA_DIR" "$SOCKET_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_HOME" "$DATA_DIR" "$SOCKET_DIR" "$PASSWORD_FILE"
  chmod 700 "$DATA_DIR"
  run_as_owner "$BIN_DIR/initdb" -D "$DATA_DIR" -U "$DB_USER" --pwfile="$PASSWORD_FILE" \
    --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$PG_HOME/initdb.log" 2>&1 || {
    cat "$PG_HOME/initdb.log" >&2
    exit 1
  }
}

write_config() {
  cat >"$CONFIG_FILE" <<EOF
# Written by scripts/postgres.sh: the project's local PostgreSQL.
backend:
  database:
    client: pg
    connection:
      host: 127.0.0.1
      port: $1
      user: $DB_USER
      password: $(cat "$PASSWORD_FILE")
EOF
}

up() {
  [ -f "$DATA_DIR/PG_VERSION" ] || init_cluster
  local port
  port="$(cat "$PORT_FILE" 2>/dev/null || true)"
  if is_running; then
    write_config "$port"
    status
    return
  fi
  if [ -z "$port" ] || ! port_is_free "$port"; then
    port="$(free_port)"
    echo "$port" >"$PORT_FILE"
  fi
  # Sized for a handful of replicas, each with a knex pool per plugin.
  run_as_owner "$BIN_DIR/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 \
    -o "-p $port -h 127.0.0.1 -k $SOCKET_DIR -c max_connections=300" start >/dev/null || {
    tail -20 "$LOG_FILE" >&2
    exit 1
  }
  write_config "$port"
  status
}

down() {
  if is_running; then
    run_as_owner "$BIN_DIR/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null
    log "stopped"
  fi
}

status() {
  if is_running; then
    echo "running on 127.0.0.1:$(cat "$PORT_FILE")"
    echo "CONFIG=$CONFIG_FILE"
  else
    echo "not running"
    return 1
  fi
}

sql() {
  PGPASSWORD="$(cat "$PASSWORD_FILE")" "$BIN_DIR/psql" -h 127.0.0.1 -p "$(cat "$PORT_FILE")" \
    -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 -qAtc "$1"
}

# Names created by the test tiers; a demo's own databases never match.
TEST_DATABASES="datname LIKE 'e2e\\_%' OR datname LIKE 'replicas\\_%' OR datname ~ '^db[0-9a-f]{32}\$'"

drop() {
  local prefix="${1:?drop needs a database name prefix}" name
  [[ "$prefix" =~ ^[a-z0-9_]+$ ]] || { log "bad prefix: $prefix"; return 2; }
  is_running || { log "not running"; return 1; }
  for name in $(sql "SELECT datname FROM pg_database WHERE starts_with(datname, '$prefix')"); do
    sql "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)"
  done
}

leftovers() {
  is_running || return 0
  local names
  names="$(sql "SELECT datname FROM pg_database WHERE $TEST_DATABASES ORDER BY 1")"
  [ -z "$names" ] && return 0
  echo "$names"
  return 1
}

case "${1:-}" in
  up) up ;;
  drop) drop "${2:-}" ;;
  leftovers) leftovers ;;
  down) down ;;
  restart) down && up ;;
  status) status ;;
  *)
    echo "usage: $0 up|down|restart|status|drop PREFIX|leftovers" >&2
    exit 2
    ;;
esac
