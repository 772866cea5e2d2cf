#!/usr/bin/env bash
# Browser end-to-end tests: builds both demo frontends, starts the backends
# (which serve them) against the local control plane, and drives Debian's Chromium
# with Playwright. Screenshots land in test-results/e2e-screenshots.

set -uo pipefail
exec </dev/null
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
set +e
cd "$REPO_ROOT"
ensure_dependencies || exit 1

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[e2e] installing Debian's chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || exit 1
  else
    echo "[e2e] Chromium is missing: install Debian's 'chromium' package (or set CHROMIUM_PATH)" >&2
    exit 1
  fi
fi

yarn cluster:up >/dev/null || exit 1
cluster_config="$REPO_ROOT/.local-cluster/app-config.local-cluster.yaml"

# Both demo apps: packages/app (new frontend system) and packages/app-legacy
# (legacy frontend system), built side by side.
echo "[e2e] building the frontends"
build_app() {
  yarn workspace "$1" build >"/tmp/e2e-$1-build.log" 2>&1 || {
    tail -40 "/tmp/e2e-$1-build.log"
    return 1
  }
}
build_app app &
app_build=$!
build_app app-legacy &
legacy_build=$!
wait "$app_build" || { wait "$legacy_build"; exit 1; }
wait "$legacy_build" || exit 1

mkdir -p "$REPO_ROOT/test-results"
backend_pids=()
# Starts a backend serving the built frontend; extra configs layer on top.
start_backend() {
  local log="$1"
  shift
  (cd packages/backend && exec setsid yarn backstage-cli package start \
    --config "$REPO_ROOT/app-config.yaml" \
    --config "$cluster_config" \
    --config "$REPO_ROOT/app-config.e2e.yaml" "$@") >"$log" 2>&1 &
  backend_pids+=($!)
}
stop_backends() {
  local pid
  for pid in "${backend_pids[@]}"; do
    kill -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null
  done
}
trap stop_backends EXIT

wait_ready() {
  local port="$1" log="$2"
  for _ in $(seq 1 180); do
    curl -sf "http://localhost:$port/.backstage/health/v1/readiness" >/dev/null && return 0
    sleep 1
  done
  echo "[e2e] backend on port $port did not become ready; last log lines:"
  tail -40 "$log"
  return 1
}

# One backend for the operator (guest), one for a restricted developer.
# >>> E2E_REPLICAS=N: the operator's backend as N replicas on PostgreSQL
# behind the round-robin proxy of `start.sh --replicas` (scripts/replicas.mjs).
if [ "${E2E_REPLICAS:-1}" != 1 ]; then
  bash scripts/postgres.sh up >/dev/null || exit 1
  # A fresh set of databases per run: the tests expect the seeded state only.
  (exec setsid env APP_CONFIG_backend_database_prefix="e2e_$(date +%s)_" \
    node scripts/replicas.mjs --replicas "$E2E_REPLICAS" --proxy-port 7007 \
    --log-dir "$REPO_ROOT/test-results/e2e-replicas" \
    --config "$REPO_ROOT/app-config.yaml" --config "$cluster_config" \
    --config "$REPO_ROOT/app-config.e2e.yaml" \
    --config "$REPO_ROOT/.local-postgres/app-config.postgres.yaml") \
    >"$REPO_ROOT/test-results/e2e-backend.log" 2>&1 &
  backend_pids+=($!)
else
  start_backend "$REPO_ROOT/test-results/e2e-backend.log"
fi
# <<< E2E_REPLICAS
start_backend "$REPO_ROOT/test-results/e2e-backend-restricted.log" \
  --config "$REPO_ROOT/app-config.e2e-restricted.yaml"
# One serving the legacy-system app: the same scenarios run on both systems.
start_backend "$REPO_ROOT/test-results/e2e-backend-legacy.log" \
  --config "$REPO_ROOT/app-config.e2e-legacy.yaml"
wait_ready 7007 "$REPO_ROOT/test-results/e2e-backend.log" || exit 1
wait_ready 7008 "$REPO_ROOT/test-results/e2e-backend-restricted.log" || exit 1
wait_ready 7009 "$REPO_ROOT/test-results/e2e-backend-legacy.log" || exit 1
if [ "${E2E_REPLICAS:-1}" != 1 ]; then # E2E_REPLICAS: every replica, not just the first
  for _ in $(seq 1 240); do
    grep -q "replica(s) ready" "$REPO_ROOT/test-results/e2e-backend.log" && break
    sleep 1
  done
fi

yarn playwright test "$@"
