#!/usr/bin/env bash
# `scripts/start.sh --replicas N` lands here: the project's PostgreSQL
# (scripts/postgres.sh), N backend replicas behind a round-robin proxy on
# :7007 (scripts/replicas.mjs) and the frontend on :3000. Arguments: N, then
# the --config options start.sh collected. Ctrl-C stops everything it
# started, PostgreSQL included when it was not running before.

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

replicas="$1"
shift
configs=("$@")

started_postgres=0
bash scripts/postgres.sh status >/dev/null 2>&1 || started_postgres=1
bash scripts/postgres.sh up
configs+=(--config "$REPO_ROOT/.local-postgres/app-config.postgres.yaml")

pids=()
stop_replicas() {
  trap - INT TERM EXIT
  local pid
  for pid in "${pids[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$started_postgres" = 1 ]; then
    echo "[start] stopping PostgreSQL"
    bash scripts/postgres.sh down || true
  fi
}
trap stop_replicas INT TERM EXIT

echo "[start] $replicas backend replicas on PostgreSQL behind http://localhost:7007; frontend http://localhost:3000"
setsid node scripts/replicas.mjs --replicas "$replicas" --proxy-port 7007 "${configs[@]}" &
pids+=($!)
# APP_PACKAGE: app (default) or app-legacy (start.sh --legacy-app).
(cd "packages/${APP_PACKAGE:-app}" && exec setsid yarn backstage-cli package start "${configs[@]}") &
pids+=($!)
# Whichever ends first (a crash, or Ctrl-C) ends the demo.
wait -n "${pids[@]}" || true
